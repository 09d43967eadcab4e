/** Field-level differences between two intent sets, for the publish page, version history and YAML import. */
import type { IntentDefinition } from '../content/schema.js';

export interface FieldChange {
  path: string;
  before: string | null;
  after: string | null;
}

export interface IntentSetDiff {
  added: string[];
  removed: string[];
  changed: Array<{ id: string; fields: FieldChange[] }>;
}

/** Flattens JSON to "answer.de" -> value; list items by index ("examples.de.3"). */
function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value === null || typeof value !== 'object') {
    if (value !== undefined && prefix) out.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
    return;
  }
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  if (entries.length === 0 && prefix) out.set(prefix, Array.isArray(value) ? '[]' : '{}');
  for (const [key, item] of entries) flatten(item, prefix ? `${prefix}.${key}` : key, out);
}

export function diffIntent(before: IntentDefinition | undefined, after: IntentDefinition | undefined): FieldChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before ?? {}, '', a);
  flatten(after ?? {}, '', b);
  const changes: FieldChange[] = [];
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(path) ?? null;
    const y = b.get(path) ?? null;
    if (x !== y) changes.push({ path, before: x, after: y });
  }
  return changes;
}

export function diffIntentSets(before: IntentDefinition[], after: IntentDefinition[]): IntentSetDiff {
  const a = new Map(before.map((intent) => [intent.id, intent]));
  const b = new Map(after.map((intent) => [intent.id, intent]));
  const diff: IntentSetDiff = { added: [], removed: [], changed: [] };
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(id);
    const y = b.get(id);
    if (!x) diff.added.push(id);
    else if (!y) diff.removed.push(id);
    else {
      const fields = diffIntent(x, y);
      if (fields.length > 0) diff.changed.push({ id, fields });
    }
  }
  return diff;
}

export function isEmptyDiff(diff: IntentSetDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
