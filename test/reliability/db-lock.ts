/** Holds SQLite's write lock on a database file from outside the server, as a stuck backup or admin session would. */
import sqlite3 from 'sqlite3';

export interface DbLock {
  release(): Promise<void>;
}

export async function lockDatabase(path: string): Promise<DbLock> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(path, (error) => (error ? reject(error) : resolve(opened)));
  });
  const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
  await exec('BEGIN EXCLUSIVE');
  return {
    async release() {
      await exec('ROLLBACK');
      await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
