import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { describeAppointmentWriteConformance } from './appointment-conformance.js';
import { describeContentVersionConformance } from './content-versions-conformance.js';
import { describeStoreConformance } from './store-conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

describeStoreConformance('sqlite3 :memory:', { open: () => openSqliteStore(':memory:') });
describeAppointmentWriteConformance('sqlite3 :memory:', { open: () => openSqliteStore(':memory:') });

describeStoreConformance('sqlite3 file', {
  open: () => openSqliteStore(join(dir, `store-${++counter}.sqlite`)),
  reopen: async (store) => {
    const path = join(dir, `store-${counter}.sqlite`);
    await store.close();
    return openSqliteStore(path);
  },
});

describe('sqlite3 migrations', () => {
  it('are recorded once and not applied twice when the database is reopened', async () => {
    const path = join(dir, 'migrations.sqlite');
    const first = await openSqliteStore(path);
    await first.close();
    const second = await openSqliteStore(path);
    const rows = await second.db.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.version)).size).toBe(rows.length);
    await second.close();
  });

  it('turn on WAL mode and foreign keys', async () => {
    const store = await openSqliteStore(join(dir, 'pragmas.sqlite'));
    expect(await store.db.first<{ journal_mode: string }>('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await store.db.first<{ foreign_keys: number }>('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    await store.close();
  });

  it('roll back a failing migration completely', async () => {
    const { openSqliteDb } = await import('../../src/runtime/node/sqlite-db.js');
    const { applyMigrations } = await import('../../src/store/migrate.js');
    const db = await openSqliteDb({ path: ':memory:' });
    await expect(applyMigrations(db, [{ name: '0001_bad.sql', sql: 'CREATE TABLE a (x INTEGER); INSERT INTO nowhere VALUES (1);' }])).rejects.toThrow(/nowhere/);
    expect(await db.first("SELECT name FROM sqlite_master WHERE name = 'a'")).toBeNull();
    expect(await db.all('SELECT * FROM schema_migrations')).toEqual([]);
    await db.close();
  });
});

describe('sqlite3 erasure on disk (report j-3)', () => {
  const MARKER = 'Quellenbrink-DE02120300000000202051';
  const occurrences = (file: string) => (existsSync(file) ? readFileSync(file).toString('latin1').split(MARKER).length - 1 : 0);

  it('leaves no trace of a deleted row in the database file (secure_delete)', async () => {
    const { openSqliteDb } = await import('../../src/runtime/node/sqlite-db.js');
    const path = join(dir, 'secure-delete.sqlite');
    const db = await openSqliteDb({ path, walTruncateEveryMs: 0 });
    expect(await db.first<{ secure_delete: number }>('PRAGMA secure_delete')).toEqual({ secure_delete: 1 });
    await db.batch([{ sql: 'CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT)' }]);
    await db.batch([{ sql: 'INSERT INTO t (payload) VALUES (?)', params: [`{"owner":"${MARKER}"}`] }, { sql: 'INSERT INTO t (payload) VALUES (?)', params: ['{"owner":"keep"}'] }]);
    await db.batch([{ sql: 'DELETE FROM t WHERE payload LIKE ?', params: [`%${MARKER}%`] }]);
    await db.close();
    expect(occurrences(path)).toBe(0);
    expect(readFileSync(path).toString('latin1')).toContain('keep');
  });

  it('empties the write-ahead log regularly, so erased rows do not stay in old log frames', async () => {
    const { openSqliteDb } = await import('../../src/runtime/node/sqlite-db.js');
    const path = join(dir, 'wal-truncate.sqlite');
    const db = await openSqliteDb({ path, walTruncateEveryMs: 50 });
    await db.batch([{ sql: 'CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT)' }]);
    await db.batch([{ sql: 'INSERT INTO t (payload) VALUES (?)', params: [MARKER] }]);
    await db.batch([{ sql: 'DELETE FROM t' }]);
    expect(occurrences(`${path}-wal`)).toBeGreaterThan(0);
    await expect.poll(() => occurrences(`${path}-wal`), { timeout: 2000, interval: 50 }).toBe(0);
    expect(occurrences(path)).toBe(0);
    await db.close();
  });
});

describeContentVersionConformance('sqlite3 :memory:', { open: () => openSqliteStore(':memory:') });
