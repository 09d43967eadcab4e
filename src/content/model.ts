/** Content after validation and placeholder resolution: what the engine reads at run time. */
import type { IntentDefinition, ProfileDefinition } from './schema.js';

export interface ContentBundle {
  profile: ProfileDefinition;
  intents: IntentDefinition[];
  intentsById: ReadonlyMap<string, IntentDefinition>;
  /** Raw, schema-checked dialog definitions (see src/dialogs). Empty until dialogs are loaded. */
  dialogs: readonly unknown[];
}

/** One source file as text: the loader never touches a file system itself. */
export interface ContentFile {
  path: string;
  text: string;
}

export interface ContentProblem {
  file: string;
  /** Path inside the file, e.g. "intents.3.answer.de". */
  path: string;
  reason: string;
}

/**
 * Intents a citizen asks about: FAQ answers and applications, not the conversation's meta intents (greetings,
 * help, a person, cancel) and never the out-of-scope intent `unknown`.
 */
export function topicIntentIds(content: Pick<ContentBundle, 'intents'>): string[] {
  return content.intents.filter((intent) => intent.kind !== 'meta' && intent.id !== 'unknown').map((intent) => intent.id);
}
