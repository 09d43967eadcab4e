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
      throw new AppError(429, 'rate_limited', `Too many requests. Please wait ${retryAfter} ${retryAfter === 1 ? 'second' : 'seconds'}.`, { headers: { 'Retry-After': String(retryAfter) } });
    }
    bucket.tokens -= 1;
    await next();
  };
}

/**
 * The citizen-facing POST routes that get the chat's limit, each with a bucket of its own (rating an answer
 * does not use up the turns): the chat, feedback (it feeds the staff analytics), the NLU parse (the most
 * CPU-heavy request) and the Wohngeld estimate.
 */
export const CHAT_RULE_ROUTES = ['/api/chat', '/api/feedback', '/api/nlu/parse', '/api/wohngeld/estimate'] as const;

/** The chat rule from CHAT_RATE_LIMIT_PER_MINUTE: sustained per minute, burst a third of it (at least 10). */
export function chatRule(perMinute: number): RateLimitRule {
  return { perMinute, burst: Math.max(10, Math.round(perMinute / 3)) };
}

/** Middleware applying `rule` to each of CHAT_RULE_ROUTES (OPTIONS preflights pass); null for other paths. */
export function chatRouteLimits(rule: RateLimitRule, clientKey: (c: Context) => string): { limits(path: string): MiddlewareHandler | null } {
  const byPath = new Map<string, MiddlewareHandler>(CHAT_RULE_ROUTES.map((path) => [path, rateLimit({ rule, clientKey })]));
  return { limits: (path) => byPath.get(path) ?? null };
}
