/** {{profile.key}} placeholders keep city-specific facts in one profile, so another city swaps one folder. */
import type { ProfileDefinition } from './schema.js';

const PLACEHOLDER = /\{\{\s*profile\.([a-z][a-z0-9_]*)\s*\}\}/g;

export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

export function resolvePlaceholders(text: string, profile: ProfileDefinition): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => {
    const value = profile.values[key];
    return value === undefined ? whole : String(value);
  });
}

/** Deep-resolves every string in a JSON-like value. */
export function resolveDeep<T>(value: T, profile: ProfileDefinition): T {
  if (typeof value === 'string') return resolvePlaceholders(value, profile) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => resolveDeep(item, profile)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, resolveDeep(v, profile)]),
    ) as T;
  }
  return value;
}

/** Every placeholder key used anywhere in a JSON-like value. */
export function collectPlaceholders(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') for (const key of findPlaceholders(value)) into.add(key);
  else if (Array.isArray(value)) for (const item of value) collectPlaceholders(item, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectPlaceholders(v, into);
  return into;
}
