/**
 * Per-client rate limits (token bucket). The key comes from the runtime (the Node adapter uses the
 * socket address; Workers use CF-Connecting-IP), so nothing here trusts a spoofable header by itself.
 * State is per process (per isolate on Workers): a limit against floods, not an accounting system.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../../core/app-error.js';

export interface RateLimitRule {
  /** Requests allowed in a burst. */
  burst: number;
  /** Sustained requests per minute. */
  perMinute: number;
}

export interface RateLimitOptions {
  rule: RateLimitRule;
  clientKey: (c: Context) => string;
  now?: () => number;
  /** Buckets kept at most; the oldest are dropped first, so memory stays bounded under a spoofed-address flood. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? (() => Date.now());
  const maxClients = options.maxClients ?? 50_000;
  const buckets = new Map<string, Bucket>();
  const refillPerMs = options.rule.perMinute / 60_000;

  return async (c, next) => {
    const key = options.clientKey(c);
    const at = now();
    const bucket = buckets.get(key) ?? { tokens: options.rule.burst, updated: at };
    bucket.tokens = Math.min(options.rule.burst, bucket.tokens + (at - bucket.updated) * refillPerMs);
    bucket.updated = at;
    buckets.delete(key);
    buckets.set(key, bucket);
    if (buckets.size > maxClients) {
      const oldest = buckets.keys().next().value;
      if (oldest !== undefined) buckets.delete(oldest);
    }
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
      throw new AppError(429, 'rate_limited', `Too many requests. Please wait ${retryAfter} seconds.`, { headers: { 'Retry-After': String(retryAfter) } });
    }
    bucket.tokens -= 1;
    await next();
  };
}
