/**
 * The Worker does not apply migrations (D1 has no place for that at request time; `wrangler d1 migrations apply`
 * does it and records each file in `d1_migrations`, wrangler's default migrations_table). It checks once per
 * isolate that every migration bundled with the code is applied: after an update without `migrations apply`,
 * every chat turn failed with "no such column" while /health said ok.
 */
import type { SqlDb } from '../../store/sql-db.js';

/** wrangler's default `migrations_table` (wrangler.toml sets no other). */
export const MIGRATIONS_TABLE = 'd1_migrations';

/** How soon an isolate that found migrations missing looks again (applying them heals it without a deploy). */
export const MIGRATIONS_RECHECK_MS = 10_000;

export class MissingMigrationsError extends Error {
  override readonly name = 'MissingMigrationsError';
  constructor(readonly missing: string[]) {
    super(`${missing.length} migration(s) not applied to D1: ${missing.join(', ')}. Run: npx wrangler d1 migrations apply DB --remote`);
  }
}

/** The bundled migrations that `d1_migrations` does not list (all of them when the table does not exist). */
export async function missingMigrations(db: SqlDb, bundled: readonly string[]): Promise<string[]> {
  let applied: Set<string>;
  try {
    applied = new Set((await db.all<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE}`)).map((row) => row.name));
  } catch (error) {
    if (error instanceof Error && /no such table/i.test(error.message)) return [...bundled];
    throw error;
  }
  return bundled.filter((name) => !applied.has(name));
}

export async function assertMigrated(db: SqlDb, bundled: readonly string[]): Promise<void> {
  const missing = await missingMigrations(db, bundled);
  if (missing.length > 0) throw new MissingMigrationsError(missing);
}
