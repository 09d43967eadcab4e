/** Applies versioned plain-SQL migrations (migrations/NNNN_name.sql), each in its own transaction. */
import type { SqlDb } from './sql-db.js';

export interface Migration {
  /** File name, e.g. "0001_init.sql"; the leading number is the version. */
  name: string;
  sql: string;
}

export function migrationVersion(name: string): number {
  const match = /^(\d+)_/.exec(name);
  if (!match?.[1]) throw new Error(`migration file "${name}" must start with a version number, e.g. 0001_init.sql`);
  return Number(match[1]);
}

export async function applyMigrations(db: SqlDb, migrations: Migration[], now: () => Date = () => new Date()): Promise<number[]> {
  await db.execScript(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);',
  );
  const applied = new Set((await db.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version));
  const pending = [...migrations]
    .map((migration) => ({ ...migration, version: migrationVersion(migration.name) }))
    .filter((migration) => !applied.has(migration.version))
    .sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    const record = `INSERT INTO schema_migrations (version, name, applied_at) VALUES (${migration.version}, '${migration.name.replace(/'/g, "''")}', '${now().toISOString()}');`;
    await db.execScript(`${migration.sql}\n;${record}`);
  }
  return pending.map((migration) => migration.version);
}
