/**
 * Parsers for configuration values, shared by the Node and the Workers runtime (Web-standard only):
 * one wording of every error, whichever platform reads the variable.
 */
import { normalizeOrigin } from '../http/middleware/cors.js';

export class ConfigError extends Error {
  override readonly name: string = 'ConfigError';
}

/** One wording for every bad value: "<VARIABLE>: <reason>, got "<value>"" (main.ts prints it as the one start-up line). */
export function configProblem(name: string, reason: string, raw: string): ConfigError {
  return new ConfigError(`${name}: ${reason}, got "${raw}"`);
}

export function integerValue(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw configProblem(name, `must be an integer between ${min} and ${max}`, raw);
  return value;
}

/**
 * A yes/no setting: exactly true, false, 1 or 0 (empty: the default). Anything else ("yes", "TRUE", "on") is
 * refused: TRUST_PROXY=yes used to be read as false without a word, so HSTS and the real client address were lost.
 */
export function booleanValue(raw: string | undefined, name: string, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw configProblem(name, 'must be true, false, 1 or 0', raw);
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
        const reason = error instanceof TypeError ? 'not a URL' : (error instanceof Error ? error.message : String(error)).replace(/: ".*"$/, '');
        throw configProblem('ALLOWED_ORIGINS', `${reason} (expected comma-separated origins with scheme, such as https://www.dueren.de)`, value);
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
    throw configProblem('SUBMISSION_WEBHOOK_URL', 'must be an absolute http(s) URL', url);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw configProblem('SUBMISSION_WEBHOOK_URL', 'must use http or https', url);
  // The secret itself is never printed: only its length.
  if (!secret || secret.length < 16) throw new ConfigError(`SUBMISSION_WEBHOOK_SECRET: must be set (at least 16 characters) when SUBMISSION_WEBHOOK_URL is set${secretHint}, got ${secret ? `${secret.length} characters` : 'nothing'}`);
  return { url, secret };
}

/** STAFF_MAX_REGRESSION: accuracy loss in percentage points that publishing tolerates without confirmation. */
export function regressionValue(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 2;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 100) throw configProblem('STAFF_MAX_REGRESSION', 'must be a number of percentage points between 0 and 100', raw);
  return value;
}
