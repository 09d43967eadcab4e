/**
 * SqlDb on Cloudflare D1. D1 has no interactive transactions; `batch` is atomic, which is
 * exactly the contract the repositories are written against.
 */
import type { RunResult, SqlDb, SqlStatement, SqlValue } from '../../store/sql-db.js';

/** The part of the D1 binding we use (structural, so the core needs no Workers type package). */
export interface D1PreparedStatementLike {
  bind(...values: unknown[]): D1PreparedStatementLike;
  all<T = unknown>(): Promise<{ results: T[] }>;
  first<T = unknown>(): Promise<T | null>;
  run(): Promise<{ meta: { changes?: number } }>;
}

export interface D1DatabaseLike {
  prepare(sql: string): D1PreparedStatementLike;
  batch(statements: D1PreparedStatementLike[]): Promise<Array<{ meta: { changes?: number } }>>;
  exec(sql: string): Promise<unknown>;
}

export function createD1Db(d1: D1DatabaseLike): SqlDb {
  const prepare = (sql: string, params: SqlValue[] = []) => (params.length > 0 ? d1.prepare(sql).bind(...params) : d1.prepare(sql));
  return {
    async all<T extends object>(sql: string, params?: SqlValue[]) {
      return (await prepare(sql, params).all<T>()).results;
    },
    async first<T extends object>(sql: string, params?: SqlValue[]) {
      return prepare(sql, params).first<T>();
    },
    async batch(statements: SqlStatement[]): Promise<RunResult[]> {
      if (statements.length === 0) return [];
      const results = await d1.batch(statements.map((s) => prepare(s.sql, s.params)));
      return results.map((r) => ({ changes: r.meta.changes ?? 0 }));
    },
    async execScript(sql: string) {
      // D1's exec takes one statement per line; collapse each statement onto its own line first.
      const statements = sql
        .replace(/--[^\n]*/g, '')
        .split(';')
        .map((s) => s.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      await d1.batch(statements.map((s) => d1.prepare(s)));
    },
    async close() {
      // The binding belongs to the runtime; nothing to close.
    },
  };
}
