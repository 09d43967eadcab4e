/** The same store conformance suites as sqlite3, run inside workerd against a local D1 database. */
import { applyD1Migrations, env } from 'cloudflare:test';
import { createD1Db } from '../../src/runtime/workers/d1-db.js';
import { createSqlStore } from '../../src/store/sql-store.js';
import { describeAppointmentWriteConformance } from '../store/appointment-conformance.js';
import { describeContentVersionConformance } from '../store/content-versions-conformance.js';
import { describeStoreConformance } from '../store/store-conformance.js';

const d1 = {
  async open() {
    await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
    return createSqlStore(createD1Db(env.DB));
  },
};

describeStoreConformance('Cloudflare D1 (Miniflare)', d1);
describeContentVersionConformance('Cloudflare D1 (Miniflare)', d1);
describeAppointmentWriteConformance('Cloudflare D1 (Miniflare)', d1);
