/** The same store conformance suite as sqlite3, run inside workerd against a local D1 database. */
import { applyD1Migrations, env } from 'cloudflare:test';
import { createD1Db } from '../../src/runtime/workers/d1-db.js';
import { createSqlStore } from '../../src/store/sql-store.js';
import { describeStoreConformance } from '../store/store-conformance.js';

describeStoreConformance('Cloudflare D1 (Miniflare)', {
  async open() {
    await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
    return createSqlStore(createD1Db(env.DB));
  },
});
