/**
 * Node side of the staff workspace's content: reads intents/*.yaml (and their modification times), seeds
 * the database on first start, and otherwise serves the database's published version, so staff edits
 * survive a deploy. Newer YAML is offered for import in the workspace, never applied silently.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentInput } from '../../content/build-content.js';
import type { ContentBundle } from '../../content/model.js';
import { createAssembler, loadPublishedContent, rawIntentsFromFiles, type YamlSnapshot } from '../../staff/content-source.js';
import type { StaffOptions } from '../../staff/index.js';
import { createContentRepository } from '../../staff/store/content-repository.js';
import type { SqlStore } from '../../store/sql-store.js';
import { catalogue, readContentFiles } from './content-fs.js';

export interface StaffContentResult {
  content: ContentBundle;
  options: StaffOptions;
  version: number;
  seeded: boolean;
  yaml: YamlSnapshot;
}

export async function loadStaffContent(
  root: string,
  profile: string,
  store: SqlStore,
  validateDialogs: ContentInput['validateDialogs'] | undefined,
  now: Date = new Date(),
): Promise<StaffContentResult> {
  const files = await readContentFiles(root, profile);
  const times = await Promise.all(files.intents.map(async (file) => (await stat(join(root, file.path))).mtime.getTime()));
  const yaml: YamlSnapshot = { intents: rawIntentsFromFiles(files.intents), modifiedAt: new Date(Math.max(0, ...times)).toISOString() };
  const assemble = createAssembler({ profile: files.profile, dialogs: files.dialogs, catalogue: catalogue as ContentInput['catalogue'], ...(validateDialogs ? { validateDialogs } : {}) });
  // The YAML must stay valid even when the database wins: it is what the next import or a new city starts from.
  assemble(yaml.intents);
  const published = await loadPublishedContent(createContentRepository(store.db), yaml, assemble, now);
  // The editor refuses invented numbers as content:check does; without the file it says they were not checked.
  const facts = await readFile(join(root, 'docs/facts.md'), 'utf8').catch(() => undefined);
  return { content: published.content, version: published.version, seeded: published.seeded, yaml, options: { assemble, yaml, ...(facts !== undefined ? { facts } : {}) } };
}
