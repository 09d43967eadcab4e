/** The one error handler: AppErrors become JSON with code, field and reason; anything else a plain 500, never a stack trace. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError } from '../core/app-error.js';
import { isStoreUnavailable } from '../store/store-errors.js';
import type { Logger } from './logger.js';

export function createOnError(logger: Logger) {
  return (error: Error, c: Context): Response => {
    if (error instanceof AppError) {
      if (error.status >= 500) logger.error('request_failed', { requestId: c.get('requestId'), code: error.code, cause: describe(error.cause) });
      return c.json(error.toJSON(), error.status, error.headers);
    }
    if (error instanceof HTTPException) {
      const status = error.status;
      return c.json({ error: { code: status === 413 ? 'body_too_large' : 'http_error', reason: error.message || 'Request failed.' } }, status);
    }
    if (isStoreUnavailable(error)) {
      logger.error('store_unavailable', { requestId: c.get('requestId'), error: describe(error) });
      return c.json({ error: { code: 'store_unavailable', reason: 'The database is unavailable. Please try again in a few minutes.' } }, 503, { 'Retry-After': '30' });
    }
    logger.error('unhandled_error', { requestId: c.get('requestId'), error: describe(error) });
    return c.json({ error: { code: 'internal_error', reason: 'Something went wrong on our side. Please try again.' } }, 500);
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
