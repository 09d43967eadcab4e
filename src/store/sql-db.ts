/**
 * The small SQL surface every store is written against. sqlite3 (Node) and D1 (Workers) each
 * implement it once; all repositories and the conformance suite are shared. Writes go through
 * `batch` because D1 has no interactive transactions: a batch is atomic.
 */
export type SqlValue = string | number | null;

export interface SqlStatement {
  sql: string;
  params?: SqlValue[];
}

export interface RunResult {
  changes: number;
}

export interface SqlDb {
  all<T extends object>(sql: string, params?: SqlValue[]): Promise<T[]>;
  first<T extends object>(sql: string, params?: SqlValue[]): Promise<T | null>;
  /** Runs the statements atomically (all or nothing) and returns one result per statement. */
  batch(statements: SqlStatement[]): Promise<RunResult[]>;
  /** Runs a multi-statement script (migrations) inside one transaction. */
  execScript(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** True when a write failed on a UNIQUE or PRIMARY KEY constraint (same wording in sqlite3 and D1). */
export function isUniqueViolation(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /UNIQUE constraint failed|PRIMARY KEY constraint failed|SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)/i.test(message);
}
