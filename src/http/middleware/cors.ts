/**
 * CORS for /api/*: the city website that embeds the widget calls the API from its own origin.
 * Only configured origins (ALLOWED_ORIGINS) and the app's own origin are allowed; no cookies are
 * used, so credentials stay off.
 */
import type { MiddlewareHandler } from 'hono';
import { cors as honoCors } from 'hono/cors';

export interface CorsOptions {
  /** Exact origins ("https://www.dueren.de"), as configured. */
  allowedOrigins: readonly string[];
  /** Path prefix the policy applies to. Default "/api/". */
  pathPrefix?: string;
}

/** Normalizes "https://www.Dueren.de/" to "https://www.dueren.de"; rejects anything that is not an http(s) origin. */
export function normalizeOrigin(value: string): string {
  const url = new URL(value.trim());
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`not an http(s) origin: "${value}"`);
  if (url.pathname !== '/' || url.search || url.hash || url.username) throw new Error(`an origin has no path, query or credentials: "${value}"`);
  return url.origin;
}

export function cors(options: CorsOptions): MiddlewareHandler {
  const allowed = new Set(options.allowedOrigins.map(normalizeOrigin));
  const prefix = options.pathPrefix ?? '/api/';
  const handler = honoCors({
    origin: (origin, c) => (origin && (allowed.has(origin) || origin === new URL(c.req.url).origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type'],
    exposeHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
  return async (c, next) => {
    if (!new URL(c.req.url).pathname.startsWith(prefix)) return next();
    return handler(c, next);
  };
}
