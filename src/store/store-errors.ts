/**
 * Which store failures mean "the database is unavailable right now" (locked, closed, disk full or
 * gone) as opposed to a bug or a constraint the caller handles. Those become a 503 with a friendly
 * answer instead of a 500, and a store call that does not settle in time counts as one of them.
 */

/** sqlite3 error codes (also in D1's messages) that say the database cannot serve requests at the moment. */
const UNAVAILABLE = /\b(SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|CORRUPT|NOTADB|PROTOCOL)\w*)\b|database is (closed|locked)|D1_ERROR: (Network|internal)|storage.*(unavailable|overloaded)/i;

export class StoreTimeoutError extends Error {
  override readonly name = 'StoreTimeoutError';
  constructor(ms: number) {
    super(`store did not answer within ${ms} ms`);
  }
}

export function isStoreUnavailable(error: unknown): boolean {
  if (error instanceof StoreTimeoutError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return UNAVAILABLE.test(`${typeof code === 'string' ? code : ''} ${error.message}`);
}

/** Rejects with StoreTimeoutError after `ms`; the underlying call keeps running (it cannot be cancelled) but nobody waits for it. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
