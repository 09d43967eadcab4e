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
