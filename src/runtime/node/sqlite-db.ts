/**
 * SqlDb on the `sqlite3` package: the only file that imports it. One connection, WAL mode.
 * Writes are group-committed: every batch queued while a transaction runs goes into the next
 * one, each under its own SAVEPOINT so one failing batch does not fail its neighbours. A
 * batch's promise resolves only after COMMIT, so whatever a caller acknowledges is on disk.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import type { RunResult, SqlDb, SqlStatement, SqlValue } from '../../store/sql-db.js';

export interface SqliteOptions {
  /** File path or ":memory:". */
  path: string;
  busyTimeoutMs?: number;
}

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

  const run = (sql: string, params: SqlValue[] = []): Promise<RunResult> =>
    new Promise((resolve, reject) => {
      db.run(sql, params, function onRun(this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve({ changes: this.changes });
      });
    });
  const exec = (sql: string): Promise<void> => new Promise((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));

  await exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');

  let queue: QueuedBatch[] = [];
  let writing: Promise<void> | null = null;
  let closed = false;

  async function writeGroup(group: QueuedBatch[]): Promise<void> {
    const done: Array<{ batch: QueuedBatch; results: RunResult[] }> = [];
    const failed: Array<{ batch: QueuedBatch; error: unknown }> = [];
    try {
      await exec('BEGIN IMMEDIATE');
    } catch (error) {
      for (const batch of group) batch.reject(error);
      return;
    }
    for (const batch of group) {
      await exec('SAVEPOINT batch');
      try {
        const results: RunResult[] = [];
        for (const statement of batch.statements) results.push(await run(statement.sql, statement.params));
        await exec('RELEASE batch');
        done.push({ batch, results });
      } catch (error) {
        await exec('ROLLBACK TO batch; RELEASE batch');
        failed.push({ batch, error });
      }
    }
    try {
      await exec('COMMIT');
    } catch (error) {
      await exec('ROLLBACK').catch(() => undefined);
      for (const { batch } of done) batch.reject(error);
      for (const { batch, error: own } of failed) batch.reject(own);
      return;
    }
    for (const { batch, results } of done) batch.resolve(results);
    for (const { batch, error } of failed) batch.reject(error);
  }

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
      return new Promise<T[]>((resolve, reject) => db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
    },
    first<T extends object>(sql: string, params: SqlValue[] = []) {
      return new Promise<T | null>((resolve, reject) =>
        db.get(sql, params, (error, row) => (error ? reject(error) : resolve((row as T | undefined) ?? null))),
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
      while (writing || queue.length > 0) {
        drain();
        await writing;
      }
      await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
