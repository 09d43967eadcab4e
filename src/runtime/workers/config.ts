/** The Worker's bindings and vars (wrangler.toml [vars], `wrangler secret put`), checked once per isolate. */
import { DEFAULT_VOICE_RATE_LIMIT_PER_MINUTE } from '../../channels/voice/voice-rate-limit.js';
import { ConfigError, integerValue, originsValue, regressionValue, webhookValue } from '../env-values.js';
import type { D1DatabaseLike } from './d1-db.js';

export interface WorkersEnv {
  DB: D1DatabaseLike;
  CITY_PROFILE?: string;
  CONVERSATION_RETENTION_DAYS?: string;
  ALLOWED_ORIGINS?: string;
  CHAT_RATE_LIMIT_PER_MINUTE?: string;
  /** Turns per minute to /api/voice/turn per address (default 600); per conversation the chat limit applies. */
  VOICE_RATE_LIMIT_PER_MINUTE?: string;
  /** How often an isolate looks for content another isolate published (seconds, default 15). */
  CONTENT_SYNC_SECONDS?: string;
  STAFF_MAX_REGRESSION?: string;
  SUBMISSION_WEBHOOK_URL?: string;
  /** Secret: `wrangler secret put SUBMISSION_WEBHOOK_SECRET`. */
  SUBMISSION_WEBHOOK_SECRET?: string;
  /** Secret: `wrangler secret put DIRECTLINE_SECRET`; without it there is no Direct Line. */
  DIRECTLINE_SECRET?: string;
  DIRECTLINE_TOKEN_TTL_SECONDS?: string;
  /**
   * Secret, optional: `wrangler secret put CONVERSATION_ID_SECRET`; keys Direct Line's conversation ids (default:
   * DIRECTLINE_SECRET) and the hashed client keys of the staff login brake, the same in every isolate.
   */
  CONVERSATION_ID_SECRET?: string;
}

export interface WorkersConfig {
  cityProfile: string;
  conversationRetentionDays: number;
  allowedOrigins: string[];
  chatRateLimitPerMinute: number;
  voiceRateLimitPerMinute: number;
  contentSyncMs: number;
  staffMaxRegressionPoints: number;
  submissionWebhook: { url: string; secret: string } | null;
  directLine: { secret: string; tokenTtlSeconds: number; conversationIdSecret?: string } | null;
  /** CONVERSATION_ID_SECRET for the client-key hashes (src/dialogs/secrets.ts); null: a random key per isolate. */
  clientHashSecret: string | null;
}

/** Configuration errors of the Worker: the same class and wording as on Node. */
export { ConfigError as WorkersConfigError };

const integer = integerValue;

function webhook(env: WorkersEnv): WorkersConfig['submissionWebhook'] {
  return webhookValue(env.SUBMISSION_WEBHOOK_URL || undefined, env.SUBMISSION_WEBHOOK_SECRET, ': wrangler secret put SUBMISSION_WEBHOOK_SECRET');
}

function conversationIdSecret(env: WorkersEnv): string {
  const idSecret = env.CONVERSATION_ID_SECRET || '';
  if (idSecret && idSecret.length < 32) throw new ConfigError(`CONVERSATION_ID_SECRET: must be at least 32 characters (e.g. \`openssl rand -base64 48\`), got ${idSecret.length} characters`);
  return idSecret;
}

function directLine(env: WorkersEnv): WorkersConfig['directLine'] {
  const secret = env.DIRECTLINE_SECRET || '';
  if (!secret) return null;
  if (secret.length < 32) throw new ConfigError(`DIRECTLINE_SECRET: must be at least 32 characters (e.g. \`openssl rand -base64 48\`), got ${secret.length} characters`);
  const idSecret = conversationIdSecret(env);
  return { secret, tokenTtlSeconds: integer(env.DIRECTLINE_TOKEN_TTL_SECONDS, 'DIRECTLINE_TOKEN_TTL_SECONDS', 3600, 60, 86_400), ...(idSecret ? { conversationIdSecret: idSecret } : {}) };
}

export function readWorkersConfig(env: WorkersEnv): WorkersConfig {
  if (!env.DB) throw new ConfigError('DB: the D1 binding is missing: see [[d1_databases]] in wrangler.toml');
  return {
    cityProfile: env.CITY_PROFILE || 'dueren',
    conversationRetentionDays: integer(env.CONVERSATION_RETENTION_DAYS, 'CONVERSATION_RETENTION_DAYS', 30, 1, 3650),
    allowedOrigins: originsValue(env.ALLOWED_ORIGINS),
    chatRateLimitPerMinute: integer(env.CHAT_RATE_LIMIT_PER_MINUTE, 'CHAT_RATE_LIMIT_PER_MINUTE', 120, 1, 10_000_000),
    voiceRateLimitPerMinute: integer(env.VOICE_RATE_LIMIT_PER_MINUTE, 'VOICE_RATE_LIMIT_PER_MINUTE', DEFAULT_VOICE_RATE_LIMIT_PER_MINUTE, 1, 10_000_000),
    contentSyncMs: integer(env.CONTENT_SYNC_SECONDS, 'CONTENT_SYNC_SECONDS', 15, 1, 86_400) * 1000,
    staffMaxRegressionPoints: regressionValue(env.STAFF_MAX_REGRESSION),
    submissionWebhook: webhook(env),
    directLine: directLine(env),
    clientHashSecret: conversationIdSecret(env) || null,
  };
}
