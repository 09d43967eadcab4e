/** Configuration from environment variables, checked once at start-up. */
import { resolve } from 'node:path';

export interface NodeConfig {
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
  };
}
