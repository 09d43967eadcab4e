/**
 * Types of the module scripts/build-workers.ts generates beside this file (bundle.js, not committed):
 * the content files and the trained NLU model the Worker loads instead of reading a disk and training.
 */
import type { ContentFile } from '../../../content/model.js';
import type { IntentDefinition } from '../../../content/schema.js';
import type { NluModelJson } from '../../../nlu/serialize.js';

export interface WorkersBundle {
  /** CITY_PROFILE at build time; the Worker refuses to start with another one. */
  profileName: string;
  profile: ContentFile;
  dialogs: ContentFile[];
  /** The schema-checked intents of intents/*.yaml and their newest modification time (the staff workspace's YAML snapshot). */
  yaml: { intents: IntentDefinition[]; modifiedAt: string };
  /** serializeNlu of the model trained on exactly these intents. */
  model: NluModelJson;
  /** The names of migrations/*.sql the code expects in D1 (checked against d1_migrations at start). */
  migrations: string[];
  /** docs/facts.md as text, for the staff editor's facts check; absent when the content root has none. */
  facts?: string;
}

declare const bundle: WorkersBundle;
export default bundle;
