/**
 * {{profile.key}} placeholders keep city-specific facts in one profile, so another city swaps one folder.
 * {{Profile.key}} (capital P) gives the value with a capital first letter, for a value that starts with an
 * article or pronoun at the start of a sentence ("{{Profile.dsb_short_der}} sagt Ihnen den Termin").
 */
import type { ProfileDefinition } from './schema.js';

const PLACEHOLDER = /\{\{\s*([Pp])rofile\.([a-z][a-z0-9_]*)\s*\}\}/g;

export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[2] ?? '');
}

export function resolvePlaceholders(text: string, profile: ProfileDefinition): string {
  return text.replace(PLACEHOLDER, (whole, p: string, key: string) => {
    const value = profile.values[key];
    if (value === undefined) return whole;
    const shown = String(value);
    return p === 'P' ? shown.charAt(0).toUpperCase() + shown.slice(1) : shown;
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
  for (const key of placeholderUses(value).keys()) into.add(key);
  return into;
}

/** Each placeholder key with the first path ("steps.3.prompt.de") where a JSON-like value uses it. */
export function placeholderUses(value: unknown, path = '', into: Map<string, string> = new Map()): Map<string, string> {
  if (typeof value === 'string') {
    for (const key of findPlaceholders(value)) if (!into.has(key)) into.set(key, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => placeholderUses(item, path ? `${path}.${index}` : String(index), into));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) placeholderUses(v, path ? `${path}.${k}` : k, into);
  }
  return into;
}
