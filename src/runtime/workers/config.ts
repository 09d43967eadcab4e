/** The Worker's bindings and vars (wrangler.toml [vars], `wrangler secret put`), checked once per isolate. */
import { normalizeOrigin } from '../../http/middleware/cors.js';
import type { D1DatabaseLike } from './d1-db.js';

export interface WorkersEnv {
  DB: D1DatabaseLike;
  CITY_PROFILE?: string;
  CONVERSATION_RETENTION_DAYS?: string;
  ALLOWED_ORIGINS?: string;
  CHAT_RATE_LIMIT_PER_MINUTE?: string;
  /** How often an isolate looks for content another isolate published (seconds, default 15). */
  CONTENT_SYNC_SECONDS?: string;
  STAFF_MAX_REGRESSION?: string;
  SUBMISSION_WEBHOOK_URL?: string;
  /** Secret: `wrangler secret put SUBMISSION_WEBHOOK_SECRET`. */
  SUBMISSION_WEBHOOK_SECRET?: string;
  /** Secret: `wrangler secret put DIRECTLINE_SECRET`; without it there is no Direct Line. */
  DIRECTLINE_SECRET?: string;
  DIRECTLINE_TOKEN_TTL_SECONDS?: string;
}

export interface WorkersConfig {
  cityProfile: string;
  conversationRetentionDays: number;
  allowedOrigins: string[];
  chatRateLimitPerMinute: number;
  contentSyncMs: number;
  staffMaxRegressionPoints: number;
  submissionWebhook: { url: string; secret: string } | null;
  directLine: { secret: string; tokenTtlSeconds: number } | null;
}

export class WorkersConfigError extends Error {
  override readonly name = 'WorkersConfigError';
}

function integer(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new WorkersConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  return value;
}

function origins(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => {
      try {
        return normalizeOrigin(value);
      } catch (error) {
        throw new WorkersConfigError(`ALLOWED_ORIGINS: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
}

function webhook(env: WorkersEnv): WorkersConfig['submissionWebhook'] {
  const url = env.SUBMISSION_WEBHOOK_URL || '';
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WorkersConfigError(`SUBMISSION_WEBHOOK_URL must be an absolute http(s) URL, got "${url}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new WorkersConfigError('SUBMISSION_WEBHOOK_URL must use http or https');
  const secret = env.SUBMISSION_WEBHOOK_SECRET ?? '';
  if (secret.length < 16) throw new WorkersConfigError('SUBMISSION_WEBHOOK_SECRET must be set (at least 16 characters) when SUBMISSION_WEBHOOK_URL is set: wrangler secret put SUBMISSION_WEBHOOK_SECRET');
  return { url, secret };
}

function directLine(env: WorkersEnv): WorkersConfig['directLine'] {
  const secret = env.DIRECTLINE_SECRET || '';
  if (!secret) return null;
  if (secret.length < 32) throw new WorkersConfigError('DIRECTLINE_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`)');
  return { secret, tokenTtlSeconds: integer(env.DIRECTLINE_TOKEN_TTL_SECONDS, 'DIRECTLINE_TOKEN_TTL_SECONDS', 3600, 60, 86_400) };
}

export function readWorkersConfig(env: WorkersEnv): WorkersConfig {
  if (!env.DB) throw new WorkersConfigError('the D1 binding "DB" is missing: see [[d1_databases]] in wrangler.toml');
  const regression = env.STAFF_MAX_REGRESSION ? Number(env.STAFF_MAX_REGRESSION) : 2;
  if (!Number.isFinite(regression) || regression < 0 || regression > 100) throw new WorkersConfigError(`STAFF_MAX_REGRESSION must be a number of percentage points between 0 and 100, got "${env.STAFF_MAX_REGRESSION}"`);
  return {
    cityProfile: env.CITY_PROFILE || 'dueren',
    conversationRetentionDays: integer(env.CONVERSATION_RETENTION_DAYS, 'CONVERSATION_RETENTION_DAYS', 30, 1, 3650),
    allowedOrigins: origins(env.ALLOWED_ORIGINS),
    chatRateLimitPerMinute: integer(env.CHAT_RATE_LIMIT_PER_MINUTE, 'CHAT_RATE_LIMIT_PER_MINUTE', 120, 1, 10_000_000),
    contentSyncMs: integer(env.CONTENT_SYNC_SECONDS, 'CONTENT_SYNC_SECONDS', 15, 1, 86_400) * 1000,
    staffMaxRegressionPoints: regression,
    submissionWebhook: webhook(env),
    directLine: directLine(env),
  };
}
