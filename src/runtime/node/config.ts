/** Configuration from environment variables, checked once at start-up. */
import { resolve } from 'node:path';
import { booleanValue, ConfigError, configProblem, integerValue, originsValue, regressionValue, webhookValue } from '../env-values.js';
import { readChannelConfig, type ChannelConfig } from './channel-config.js';

export interface NodeConfig {
  /** Bot Framework and Direct Line settings (channel-config.ts). */
  channels: ChannelConfig;
  port: number;
  host: string;
  databasePath: string;
  /** DATABASE_PATH as set: empty when the default is used (scripts that must not guess say so). */
  databasePathSet: boolean;
  contentRoot: string;
  cityProfile: string;
  logLevel: 'info' | 'warn' | 'error';
  shutdownTimeoutMs: number;
  /** Days of inactivity after which a conversation and its transcript are deleted. */
  conversationRetentionDays: number;
  /** How often the in-process purge runs. */
  purgeIntervalMinutes: number;
  /** Take the client address from X-Forwarded-For (last hop) because a reverse proxy sets it. */
  trustProxy: boolean;
  /** Sustained chat requests per minute and client (burst: a third of it, at least 10). */
  chatRateLimitPerMinute: number;
  /** Origins (besides the app's own) allowed to call /api/* from a browser: the city websites that embed the widget. */
  allowedOrigins: string[];
  /** Where the outbox delivers submissions (POST, HMAC-signed); no delivery when unset. */
  submissionWebhookUrl: string | null;
  /** HMAC-SHA256 key for the X-Stadtlotse-Signature header; required with the URL. */
  submissionWebhookSecret: string | null;
  /** How often the outbox worker looks for due submissions. */
  outboxIntervalMs: number;
  /** Accuracy loss (percentage points) a publish may cause before an editor must confirm it (STAFF_MAX_REGRESSION). */
  staffMaxRegressionPoints: number;
}

export { ConfigError };

function webhook(env: NodeJS.ProcessEnv): { submissionWebhookUrl: string | null; submissionWebhookSecret: string | null } {
  const configured = webhookValue(env.SUBMISSION_WEBHOOK_URL || undefined, env.SUBMISSION_WEBHOOK_SECRET || undefined);
  return { submissionWebhookUrl: configured?.url ?? null, submissionWebhookSecret: configured?.secret ?? null };
}

const integer = (env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number => integerValue(env[name], name, fallback, min, max);

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): NodeConfig {
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (logLevel !== 'info' && logLevel !== 'warn' && logLevel !== 'error') throw configProblem('LOG_LEVEL', 'must be info, warn or error', logLevel);
  const databasePath = env.DATABASE_PATH || './data/stadtlotse.sqlite';
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databasePath: databasePath === ':memory:' ? databasePath : resolve(cwd, databasePath),
    databasePathSet: Boolean(env.DATABASE_PATH),
    contentRoot: resolve(cwd, env.CONTENT_ROOT || '.'),
    cityProfile: env.CITY_PROFILE || 'dueren',
    logLevel,
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 120_000),
    conversationRetentionDays: integer(env, 'CONVERSATION_RETENTION_DAYS', 30, 1, 3650),
    purgeIntervalMinutes: integer(env, 'PURGE_INTERVAL_MINUTES', 60, 1, 10_080),
    trustProxy: booleanValue(env.TRUST_PROXY, 'TRUST_PROXY', false),
    chatRateLimitPerMinute: integer(env, 'CHAT_RATE_LIMIT_PER_MINUTE', 120, 1, 10_000_000),
    allowedOrigins: originsValue(env.ALLOWED_ORIGINS),
    ...webhook(env),
    outboxIntervalMs: integer(env, 'OUTBOX_INTERVAL_MS', 15_000, 100, 3_600_000),
    staffMaxRegressionPoints: regressionValue(env.STAFF_MAX_REGRESSION),
    channels: readChannelConfig(env),
  };
}
