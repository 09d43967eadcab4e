/**
 * Lookups by a secret-ish value over HTTP (a resume code, an appointment code, a submission reference): wrong
 * values are counted per client and overall (dialogs/attempt-limiter.ts), so values cannot be tried at the /api
 * rate. A client over its limit gets 429 before its lookup runs; only values that do not exist count.
 */
import type { Context } from 'hono';
import { AppError } from '../core/app-error.js';
import { createAttemptLimiter, type AttemptLimiter } from '../dialogs/attempt-limiter.js';

export interface GuessingGuardOptions {
  /** The runtime's client key (the rate limits' one); without it, Cloudflare's header or one shared key. */
  clientKey?: (c: Context) => string;
  limiter?: AttemptLimiter;
}

const WINDOW_MS = 15 * 60_000;

export interface GuessingGuard {
  /** Throws 429 when the client (or everyone) failed too often; returns what records this lookup as a miss. */
  check(c: Context, now: number): { miss(): void };
}

export function guessingGuard(options: GuessingGuardOptions, limits: { perKey: number; overall: number }, refusal: { field: string; reason: string }): GuessingGuard {
  const clientKey = options.clientKey ?? ((c: Context) => c.req.header('cf-connecting-ip') ?? 'client');
  const limiter = options.limiter ?? createAttemptLimiter({ ...limits, windowMs: WINDOW_MS });
  return {
    check(c, now) {
      const key = clientKey(c);
      if (!limiter.allowed(key, now)) throw new AppError(429, 'rate_limited', refusal.reason, { field: refusal.field, headers: { 'Retry-After': String(WINDOW_MS / 1000) } });
      return { miss: () => limiter.recordFailure(key, now) };
    },
  };
}
