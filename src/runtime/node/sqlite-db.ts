/**
 * SqlDb on the `sqlite3` package: the only file that imports it. WAL mode, one writer and one reader connection.
 * Writes are group-committed: every batch queued while a transaction runs goes into the next
 * one, pipelined on the connection; if a statement fails, the group is rolled back and retried
 * batch by batch, so one failing batch does not fail its neighbours. A batch's promise resolves
 * only after COMMIT, so whatever a caller acknowledges is on disk.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import type { RunResult, SqlDb, SqlStatement, SqlValue } from '../../store/sql-db.js';

export interface SqliteOptions {
  /** File path or ":memory:". */
  path: string;
  busyTimeoutMs?: number;
  /**
   * How often the write-ahead log is copied into the database file and emptied (TRUNCATE checkpoint). Until
   * then, erased rows still sit in older WAL frames. Default 10 minutes; 0 turns it off (tests).
   */
  walTruncateEveryMs?: number;
}

export const WAL_TRUNCATE_EVERY_MS = 10 * 60_000;

interface QueuedBatch {
  statements: SqlStatement[];
  resolve: (results: RunResult[]) => void;
  reject: (error: unknown) => void;
}

function open(path: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (error) => (error ? reject(error) : resolve(db)));
  });
}

export async function openSqliteDb(options: SqliteOptions): Promise<SqlDb> {
  if (options.path !== ':memory:' && !options.path.startsWith('file:')) mkdirSync(dirname(options.path), { recursive: true });
  const db = await open(options.path);
  db.configure('busyTimeout', options.busyTimeoutMs ?? 5000);

  const exec = (sql: string): Promise<void> => new Promise((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));

  // secure_delete: an erased row (a citizen's "löschen", the retention purge) is overwritten with zeros in the
  // file instead of staying readable in a free page until SQLite reuses it (report j-3). Costs a little extra
  // writing on deletes (docs/DEPLOY.md).
  await exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;');
  // A second connection for reads: in WAL mode readers never wait for the writer, so a turn's
  // conversation lookup does not queue behind group commits. An in-memory database has one connection.
  const reader = options.path === ':memory:' ? db : await open(options.path);
  if (reader !== db) {
    reader.configure('busyTimeout', options.busyTimeoutMs ?? 5000);
    await new Promise<void>((resolve, reject) => reader.exec('PRAGMA foreign_keys = ON; PRAGMA query_only = ON; PRAGMA secure_delete = ON;', (error) => (error ? reject(error) : resolve())));
  }

  let queue: QueuedBatch[] = [];
  let writing: Promise<void> | null = null;
  let closed = false;

  /**
   * Queues statements back to back on the connection (serialize mode keeps their order) and waits
   * once: the event loop is not re-entered between statements, so a busy server does not stretch
   * a transaction over hundreds of turns of other requests.
   */
  function pipeline(statements: SqlStatement[]): Promise<Array<RunResult | Error>> {
    return new Promise((resolve) => {
      const results = new Array<RunResult | Error>(statements.length);
      let left = statements.length;
      if (left === 0) return resolve(results);
      db.serialize(() => {
        statements.forEach((statement, index) => {
          db.run(statement.sql, statement.params ?? [], function onRun(this: sqlite3.RunResult, error: Error | null) {
            results[index] = error ?? { changes: this.changes };
            if (--left === 0) resolve(results);
          });
        });
      });
    });
  }

  async function writeGroup(group: QueuedBatch[]): Promise<void> {
    // BEGIN is awaited on its own: if it fails (locked), nothing else may run in autocommit mode.
    const [begun] = await pipeline([{ sql: 'BEGIN IMMEDIATE' }]);
    if (begun instanceof Error) {
      for (const batch of group) batch.reject(begun);
      return;
    }
    const results = await pipeline(group.flatMap((batch) => batch.statements));
    const failure = results.find((result): result is Error => result instanceof Error);
    if (!failure) {
      const [committed] = await pipeline([{ sql: 'COMMIT' }]);
      if (!(committed instanceof Error)) {
        let offset = 0;
        for (const batch of group) {
          batch.resolve(results.slice(offset, offset + batch.statements.length) as RunResult[]);
          offset += batch.statements.length;
        }
        return;
      }
      await exec('ROLLBACK').catch(() => undefined);
      for (const batch of group) batch.reject(committed);
      return;
    }
    await exec('ROLLBACK').catch(() => undefined);
    if (group.length === 1) {
      group[0]?.reject(failure);
      return;
    }
    // Slow path, only when a statement failed (e.g. a slot already booked): one transaction per
    // batch, so only the offending batch fails and its neighbours still commit.
    for (const batch of group) await writeGroup([batch]);
  }

  /** Runs between write groups, never inside one: `writing` keeps new groups waiting until it is done. */
  function truncateWal(): void {
    if (writing || closed) return;
    writing = exec('PRAGMA wal_checkpoint(TRUNCATE)')
      .catch(() => undefined)
      .finally(() => {
        writing = null;
        drain();
      });
  }
  const walEvery = options.path === ':memory:' ? 0 : (options.walTruncateEveryMs ?? WAL_TRUNCATE_EVERY_MS);
  const walTimer = walEvery > 0 ? setInterval(truncateWal, walEvery) : null;
  walTimer?.unref();

  function drain(): void {
    if (writing || queue.length === 0) return;
    const group = queue;
    queue = [];
    writing = writeGroup(group).finally(() => {
      writing = null;
      drain();
    });
  }

  return {
    all<T extends object>(sql: string, params: SqlValue[] = []) {
      return new Promise<T[]>((resolve, reject) => reader.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
    },
    first<T extends object>(sql: string, params: SqlValue[] = []) {
      return new Promise<T | null>((resolve, reject) =>
        reader.get(sql, params, (error, row) => (error ? reject(error) : resolve((row as T | undefined) ?? null))),
      );
    },
    batch(statements) {
      if (closed) return Promise.reject(new Error('database is closed'));
      return new Promise<RunResult[]>((resolve, reject) => {
        queue.push({ statements, resolve, reject });
        drain();
      });
    },
    async execScript(sql) {
      // Migrations run before any traffic, so they need not queue behind group commits.
      await writing;
      await exec('BEGIN IMMEDIATE');
      try {
        await exec(sql);
        await exec('COMMIT');
      } catch (error) {
        await exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      if (walTimer) clearInterval(walTimer);
      while (writing || queue.length > 0) {
        drain();
        await writing;
      }
      if (reader !== db) await new Promise<void>((resolve, reject) => reader.close((error) => (error ? reject(error) : resolve())));
      await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
