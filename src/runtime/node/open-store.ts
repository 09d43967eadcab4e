/** Opens the SQLite store and brings its schema up to date. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations } from '../../store/migrate.js';
import { createSqlStore, type SqlStore } from '../../store/sql-store.js';
import { readMigrations } from './migrations-fs.js';
import { openSqliteDb } from './sqlite-db.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function openSqliteStore(path: string, migrationsDir = join(PROJECT_ROOT, 'migrations')): Promise<SqlStore> {
  const db = await openSqliteDb({ path });
  try {
    await applyMigrations(db, await readMigrations(migrationsDir));
  } catch (error) {
    await db.close();
    throw error;
  }
  return createSqlStore(db);
}
