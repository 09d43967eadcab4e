/**
 * Turns content files into a validated ContentBundle. Runtime-agnostic: the Node adapter reads
 * files from disk, the Workers build bundles them; both call this.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './content-error.js';
import type { ContentBundle, ContentFile, ContentProblem } from './model.js';
import { placeholderUses, resolveDeep } from './placeholders.js';
import { codeKeyProblems, legalKeyProblems } from './profile-values.js';
import { regionalWordProblems } from './regional-check.js';
import { intentFileSchema, profileSchema, profileStructureSchema, type IntentDefinition, type ProfileDefinition } from './schema.js';

export interface CatalogueEntry {
  id: string;
  kind: 'faq' | 'dialog' | 'meta';
}

export interface ContentInput {
  profile: ContentFile;
  intents: ContentFile[];
  dialogs?: ContentFile[];
  catalogue: { intents: CatalogueEntry[] };
  /**
   * Report catalogue ids that have no intent (on by default: the catalogue is the contract). Checked against a
   * catalogue, the content is a city's whole content, so the profile must also hold the keys of the legal pages.
   */
  requireCatalogue?: boolean;
  /** Validates dialog files against the intents; supplied by src/dialogs so this module stays small. */
  validateDialogs?: (files: ContentFile[], parsed: unknown[], intents: IntentDefinition[]) => { dialogs: unknown[]; problems: ContentProblem[] };
}

export function parseYaml(file: ContentFile, problems: ContentProblem[]): unknown {
  const doc = parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0];
      problems.push({ file: file.path, path: line ? `line ${line.line}, column ${line.col}` : '', reason: error.message.split('\n')[0] ?? 'YAML error' });
    }
    return undefined;
  }
  return doc.toJS();
}

export function zodProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return flattenIssues(error.issues).map((issue) => ({
    file,
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    reason: issue.message,
  }));
}

/**
 * A union (one intent per file, or `intents: [...]`) fails as a bare "Invalid input" without a path. Report the
 * issues of the branch the author most likely meant: the one with the fewest issues.
 */
function flattenIssues(issues: readonly z.core.$ZodIssue[], base: PropertyKey[] = []): Array<{ path: PropertyKey[]; message: string }> {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      return flattenIssues(best, path);
    }
    return [{ path, message: issue.message }];
  });
}

function loadProfile(file: ContentFile, problems: ContentProblem[]): ProfileDefinition | undefined {
  const raw = parseYaml(file, problems);
  if (raw === undefined) return undefined;
  const parsed = profileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(...zodProblems(file.path, parsed.error));
  // A wrong value is reported above; the checks that need the profile (placeholders, keys the code reads) go on.
  const structure = profileStructureSchema.safeParse(raw);
  return structure.success ? structure.data : undefined;
}

/** One problem per placeholder key the profile lacks, at the first place the content uses it. */
function missingPlaceholders(content: unknown, file: string, profile: ProfileDefinition, profilePath: string): ContentProblem[] {
  return [...placeholderUses(content)]
    .filter(([key]) => !(key in profile.values))
    .map(([key, path]) => ({ file, path, reason: `placeholder {{profile.${key}}} is not in ${profilePath}` }));
}

export function buildContent(input: ContentInput): ContentBundle {
  const problems: ContentProblem[] = [];
  const profile = loadProfile(input.profile, problems);
  const intents: IntentDefinition[] = [];
  const origin = new Map<string, string>();

  for (const file of [...input.intents].sort((a, b) => a.path.localeCompare(b.path))) {
    const raw = parseYaml(file, problems);
    if (raw === undefined) continue;
    const parsed = intentFileSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(file.path, parsed.error));
      continue;
    }
    for (const intent of parsed.data) {
      const seen = origin.get(intent.id);
      if (seen) {
        problems.push({ file: file.path, path: 'id', reason: `intent id "${intent.id}" is already defined in ${seen}` });
        continue;
      }
      origin.set(intent.id, file.path);
      intents.push(intent);
    }
  }

  const catalogue = new Map(input.catalogue.intents.map((entry) => [entry.id, entry]));
  for (const intent of intents) {
    const file = origin.get(intent.id) ?? '';
    const entry = catalogue.get(intent.id);
    if (entry && entry.kind !== intent.kind) {
      problems.push({ file, path: 'kind', reason: `catalogue says "${intent.id}" is a ${entry.kind} intent, not ${intent.kind}` });
    }
    intent.suggestions.forEach((suggestion, index) => {
      const target = /^intent:(.+)$/.exec(suggestion.value)?.[1];
      if (target && !origin.has(target)) {
        problems.push({ file, path: `suggestions.${index}.value`, reason: `refers to unknown intent "${target}"` });
      }
    });
    if (profile) problems.push(...missingPlaceholders(intent, file, profile, input.profile.path));
  }
  if (profile) problems.push(...regionalWordProblems(profile, input.profile.path, intents));
  if (!origin.has('unknown')) problems.push({ file: 'intents/', path: '', reason: 'the "unknown" intent is required (fallback answer)' });
  if (input.requireCatalogue !== false) {
    for (const entry of catalogue.values()) {
      if (!origin.has(entry.id)) problems.push({ file: 'intents/', path: '', reason: `catalogue intent "${entry.id}" (${entry.kind}) has no definition` });
    }
    // A city's whole content (content:check, start-up, Workers build, staff workspace): /datenschutz and
    // /barrierefreiheit must name this city's state law and authorities, not Düren's or none.
    if (profile && catalogue.size > 0) problems.push(...legalKeyProblems(profile, input.profile.path));
  }

  let dialogs: unknown[] = [];
  if (input.validateDialogs && input.dialogs) {
    const dialogFiles = input.dialogs;
    const parsedDialogs = dialogFiles.map((file) => parseYaml(file, problems));
    const result = input.validateDialogs(dialogFiles, parsedDialogs, intents);
    dialogs = result.dialogs;
    problems.push(...result.problems);
    // Dialog texts and the dialogs' code read the profile too: a key missing there must stop the start as well,
    // not show "{{profile.postcodes}}" to citizens or refuse every address.
    if (profile) {
      parsedDialogs.forEach((raw, index) => problems.push(...missingPlaceholders(raw, dialogFiles[index]?.path ?? '', profile, input.profile.path)));
      problems.push(...codeKeyProblems(profile, input.profile.path, parsedDialogs.map((raw, index) => ({ file: dialogFiles[index]?.path ?? '', raw }))));
    }
  }

  if (problems.length > 0 || !profile) throw new ContentError(problems);
  const resolved = intents.map((intent) => resolveDeep(intent, profile));
  return {
    profile,
    intents: resolved,
    intentsById: new Map(resolved.map((intent) => [intent.id, intent])),
    dialogs: resolveDeep(dialogs, profile),
  };
}
