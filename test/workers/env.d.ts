/**
 * The parts of the `cloudflare:test` module these tests use. The package's own declaration file
 * needs @cloudflare/workers-types globally, which would clash with the DOM types the rest of the
 * project compiles against.
 */
declare module 'cloudflare:test' {
  import type { D1Migration } from '@cloudflare/vitest-pool-workers';
  import type { D1DatabaseLike } from '../../src/runtime/workers/d1-db.js';

  export const env: { DB: D1DatabaseLike; TEST_MIGRATIONS: D1Migration[]; [binding: string]: unknown };
  export function applyD1Migrations(db: D1DatabaseLike, migrations: D1Migration[], migrationsTableName?: string): Promise<void>;
}
