/** The one typed error of the HTTP API: status, machine-readable code, the offending field and a reason. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 502 | 503;

export interface AppErrorOptions {
  field?: string;
  cause?: unknown;
  /** Extra response headers, e.g. Retry-After. */
  headers?: Record<string, string>;
}

export class AppError extends Error {
  readonly status: ErrorStatus;
  readonly code: string;
  readonly field: string | undefined;
  readonly headers: Record<string, string>;

  constructor(status: ErrorStatus, code: string, reason: string, options: AppErrorOptions = {}) {
    super(reason, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.status = status;
    this.code = code;
    this.field = options.field;
    this.headers = options.headers ?? {};
  }

  toJSON(): { error: { code: string; field?: string; reason: string } } {
    return { error: { code: this.code, ...(this.field ? { field: this.field } : {}), reason: this.message } };
  }
}
