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

const isPrimitive = (item: unknown) => typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean';

/**
 * Flattens JSON to "answer.de" -> value. Lists of texts (examples, synonym variants) go to `lists` whole: by
 * index, one word added at the front would show every later item as "changed" into its neighbour. Lists of
 * objects (links, facts) go by index ("links.0.url").
 */
function flatten(value: unknown, prefix: string, out: Map<string, string>, lists: Map<string, string[]>): void {
  if (value === null || typeof value !== 'object') {
    if (value !== undefined && prefix) out.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
    return;
  }
  if (Array.isArray(value) && value.every(isPrimitive) && prefix) {
    lists.set(prefix, value.map(String));
    return;
  }
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  if (entries.length === 0 && prefix) out.set(prefix, Array.isArray(value) ? '[]' : '{}');
  for (const [key, item] of entries) flatten(item, prefix ? `${prefix}.${key}` : key, out, lists);
}

/** Items of `a` not in `b`, counting duplicates. */
function missing(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((item) => {
    const at = rest.indexOf(item);
    if (at < 0) return true;
    rest.splice(at, 1);
    return false;
  });
}

/** "examples.de.10" after "examples.de.2". */
const byPath = (x: string, y: string) => x.localeCompare(y, 'en', { numeric: true });

export function diffIntent(before: IntentDefinition | undefined, after: IntentDefinition | undefined): FieldChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  const listsA = new Map<string, string[]>();
  const listsB = new Map<string, string[]>();
  flatten(before ?? {}, '', a, listsA);
  flatten(after ?? {}, '', b, listsB);
  const changes: FieldChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path) ?? null;
    const y = b.get(path) ?? null;
    if (x !== y) changes.push({ path, before: x, after: y });
  }
  // A list shows what left it (before) and what joined it (after), one row per list.
  for (const path of new Set([...listsA.keys(), ...listsB.keys()])) {
    const removed = missing(listsA.get(path) ?? [], listsB.get(path) ?? []);
    const added = missing(listsB.get(path) ?? [], listsA.get(path) ?? []);
    if (removed.length + added.length > 0) changes.push({ path, before: removed.length ? removed.join('\n') : null, after: added.length ? added.join('\n') : null });
  }
  return changes.sort((x, y) => byPath(x.path, y.path));
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
