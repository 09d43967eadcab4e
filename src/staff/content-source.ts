/**
 * Where the live content comes from when the staff workspace is on: the database's published version,
 * seeded from the YAML files the first time. Staff edits are never silently overwritten by YAML: when the
 * files are newer and differ, the workspace offers an import (with diff) instead.
 */
import { buildContent, parseYaml, zodProblems, type ContentInput } from '../content/build-content.js';
import { ContentError } from '../content/content-error.js';
import type { ContentBundle, ContentFile, ContentProblem } from '../content/model.js';
import { intentFileSchema, type IntentDefinition } from '../content/schema.js';
import type { ContentRepository } from './store/content-repository.js';

/** Builds a full ContentBundle (profile, dialogs, cross-file checks) from an intent set; throws ContentError. */
export type ContentAssembler = (intents: IntentDefinition[]) => ContentBundle;

export interface YamlSnapshot {
  intents: IntentDefinition[];
  /** Newest modification time of the intent files (ISO). */
  modifiedAt: string;
}

/** Schema-checked intents of YAML files, placeholders unresolved (what staff edit and export). */
export function rawIntentsFromFiles(files: ContentFile[]): IntentDefinition[] {
  const problems: ContentProblem[] = [];
  const intents: IntentDefinition[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const raw = parseYaml(file, problems);
    if (raw === undefined) continue;
    const parsed = intentFileSchema.safeParse(raw);
    if (parsed.success) intents.push(...parsed.data);
    else problems.push(...zodProblems(file.path, parsed.error));
  }
  if (problems.length > 0) throw new ContentError(problems);
  return intents.sort((a, b) => a.id.localeCompare(b.id));
}

export type AssemblerBase = Omit<ContentInput, 'intents'>;

/** JSON is YAML: each intent becomes one "file" so buildContent's cross-file checks name the intent. */
export function createAssembler(base: AssemblerBase): ContentAssembler {
  return (intents) => buildContent({ ...base, intents: intents.map((intent) => ({ path: `intents/${intent.id}.yaml`, text: JSON.stringify(intent) })) });
}

/** Order-independent comparison of two intent sets. */
export function sameIntents(a: IntentDefinition[], b: IntentDefinition[]): boolean {
  if (a.length !== b.length) return false;
  const key = (list: IntentDefinition[]) => stableJson([...list].sort((x, y) => x.id.localeCompare(y.id)));
  return key(a) === key(b);
}

/** JSON with object keys sorted, so key order (YAML files vs. forms) does not count as a difference. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface StartupContent {
  content: ContentBundle;
  intents: IntentDefinition[];
  version: number;
  seeded: boolean;
}

/** Seeds version 1 from YAML when the database has no content; otherwise the published version wins. */
export async function loadPublishedContent(repo: ContentRepository, yaml: YamlSnapshot, assemble: ContentAssembler, now: Date): Promise<StartupContent> {
  const latest = await repo.latestVersion();
  if (latest) return { content: assemble(latest.intents), intents: latest.intents, version: latest.version, seeded: false };
  const content = assemble(yaml.intents);
  const at = now.toISOString();
  const version = await repo.publish(
    yaml.intents,
    { source: 'yaml', note: 'Erstbefüllung aus intents/*.yaml', at, by: 'system', resetDraft: true },
    { at, userId: null, username: 'system', action: 'content.seed', target: `version:1`, after: { intents: yaml.intents.length } },
  );
  return { content, intents: yaml.intents, version, seeded: true };
}

/** True when the YAML files were changed after the published version and say something else. */
export function yamlImportPending(yaml: YamlSnapshot | undefined, published: { intents: IntentDefinition[]; publishedAt: string } | null): boolean {
  if (!yaml || !published) return false;
  return yaml.modifiedAt > published.publishedAt && !sameIntents(yaml.intents, published.intents);
}
