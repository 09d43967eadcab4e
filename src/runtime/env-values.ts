/**
 * Parsers for configuration values, shared by the Node and the Workers runtime (Web-standard only):
 * one wording of every error, whichever platform reads the variable.
 */
import { normalizeOrigin } from '../http/middleware/cors.js';

export class ConfigError extends Error {
  override readonly name: string = 'ConfigError';
}

export function integerValue(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  return value;
}

/** ALLOWED_ORIGINS="https://www.dueren.de,https://dueren.de": exact origins, comma-separated. */
export function originsValue(raw: string | undefined): string[] {
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

/** SUBMISSION_WEBHOOK_URL with its signing secret, or null when no webhook is configured. */
export function webhookValue(url: string | undefined, secret: string | undefined, secretHint = ''): { url: string; secret: string } | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`SUBMISSION_WEBHOOK_URL must be an absolute http(s) URL, got "${url}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ConfigError('SUBMISSION_WEBHOOK_URL must use http or https');
  if (!secret || secret.length < 16) throw new ConfigError(`SUBMISSION_WEBHOOK_SECRET must be set (at least 16 characters) when SUBMISSION_WEBHOOK_URL is set${secretHint}`);
  return { url, secret };
}

/** STAFF_MAX_REGRESSION: accuracy loss in percentage points that publishing tolerates without confirmation. */
export function regressionValue(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 2;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 100) throw new ConfigError(`STAFF_MAX_REGRESSION must be a number of percentage points between 0 and 100, got "${raw}"`);
  return value;
}
