/** A rollback's new draft: the restored version with the draft's unpublished changes on top (content-service.ts). */
import type { IntentDefinition } from '../content/schema.js';
import { stableJson } from './content-source.js';
import { diffIntentSets } from './diff.js';

/**
 * The restored version with the draft's own changes on top: of an intent the draft changed, only the fields it
 * changed since the publish (an example taken over keeps the restored answer, which the rollback was for); one
 * it added stays, one it removed stays removed. `kept`: those intents' ids.
 */
export function rebaseDraft(restored: IntentDefinition[], published: IntentDefinition[], draft: IntentDefinition[]): { draft: IntentDefinition[]; kept: string[] } {
  const pending = diffIntentSets(published, draft);
  const byId = new Map(restored.map((intent) => [intent.id, intent]));
  const draftById = new Map(draft.map((intent) => [intent.id, intent]));
  const publishedById = new Map(published.map((intent) => [intent.id, intent]));
  for (const id of [...pending.added, ...pending.changed.map((change) => change.id)]) {
    const intent = draftById.get(id);
    const base = byId.get(id);
    const before = publishedById.get(id);
    if (intent) byId.set(id, base && before ? changedFields(base, before, intent) : intent);
  }
  for (const id of pending.removed) byId.delete(id);
  const kept = [...pending.added, ...pending.changed.map((change) => change.id), ...pending.removed].sort();
  return { draft: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)), kept };
}

/** `base` with the top-level fields that `after` changed against `before`. */
function changedFields(base: IntentDefinition, before: IntentDefinition, after: IntentDefinition): IntentDefinition {
  const out: Record<string, unknown> = { ...base };
  const a = after as unknown as Record<string, unknown>;
  const b = before as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (stableJson(a[key]) === stableJson(b[key])) continue;
    if (a[key] === undefined) delete out[key];
    else out[key] = a[key];
  }
  return out as unknown as IntentDefinition;
}

