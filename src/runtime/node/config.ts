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
  };
}
