/** Configuration from environment variables, checked once at start-up. */
import { resolve } from 'node:path';
import { normalizeOrigin } from '../../http/middleware/cors.js';
import { readChannelConfig, type ChannelConfig } from './channel-config.js';

export interface NodeConfig {
  /** Bot Framework and Direct Line settings (channel-config.ts). */
  channels: ChannelConfig;
  port: number;
  host: string;
  databasePath: string;
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

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  return value;
}

/** ALLOWED_ORIGINS="https://www.dueren.de,https://dueren.de": exact origins, comma-separated. */
function origins(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => {
      try {
        return normalizeOrigin(value);
      } catch (error) {
        throw new ConfigError(`ALLOWED_ORIGINS: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
}

function webhook(env: NodeJS.ProcessEnv): { submissionWebhookUrl: string | null; submissionWebhookSecret: string | null } {
  const url = env.SUBMISSION_WEBHOOK_URL || null;
  const secret = env.SUBMISSION_WEBHOOK_SECRET || null;
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(`SUBMISSION_WEBHOOK_URL must be an absolute http(s) URL, got "${url}"`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ConfigError('SUBMISSION_WEBHOOK_URL must use http or https');
    if (!secret || secret.length < 16) throw new ConfigError('SUBMISSION_WEBHOOK_SECRET must be set (at least 16 characters) when SUBMISSION_WEBHOOK_URL is set');
  }
  return { submissionWebhookUrl: url, submissionWebhookSecret: secret };
}

function staffRegression(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 2;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 100) throw new ConfigError(`STAFF_MAX_REGRESSION must be a number of percentage points between 0 and 100, got "${raw}"`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): NodeConfig {
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (logLevel !== 'info' && logLevel !== 'warn' && logLevel !== 'error') throw new ConfigError(`LOG_LEVEL must be info, warn or error, got "${logLevel}"`);
  const databasePath = env.DATABASE_PATH || './data/stadtlotse.sqlite';
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databasePath: databasePath === ':memory:' ? databasePath : resolve(cwd, databasePath),
    contentRoot: resolve(cwd, env.CONTENT_ROOT || '.'),
    cityProfile: env.CITY_PROFILE || 'dueren',
    logLevel,
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 120_000),
    conversationRetentionDays: integer(env, 'CONVERSATION_RETENTION_DAYS', 30, 1, 3650),
    purgeIntervalMinutes: integer(env, 'PURGE_INTERVAL_MINUTES', 60, 1, 10_080),
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    chatRateLimitPerMinute: integer(env, 'CHAT_RATE_LIMIT_PER_MINUTE', 120, 1, 10_000_000),
    allowedOrigins: origins(env.ALLOWED_ORIGINS),
    ...webhook(env),
    outboxIntervalMs: integer(env, 'OUTBOX_INTERVAL_MS', 15_000, 100, 3_600_000),
    staffMaxRegressionPoints: staffRegression(env.STAFF_MAX_REGRESSION),
    channels: readChannelConfig(env),
  };
}
