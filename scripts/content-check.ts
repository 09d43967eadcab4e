/**
 * npm run content:check [-- --profile DIR] [-- --confirm-list]
 * Validates all content (schemas, cross-references, catalogue) and the editorial rules of docs/CONTENT-GUIDE.md.
 * Exit code 1 on any failure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue, readContentFiles } from '../src/runtime/node/content-fs.js';
import { createDefaultRegistry } from '../src/dialogs/applications.js';
import { createDialogValidator } from '../src/dialogs/validate-content.js';
import { buildContent, parseYaml, type ContentInput } from '../src/content/build-content.js';
import { ContentError } from '../src/content/content-error.js';
import { buildContentReport, confirmList, LIMITS, median, type IntentReport } from '../src/content/content-report.js';
import type { ContentProblem } from '../src/content/model.js';
import { placeNameProblems } from '../src/content/place-names.js';
import { resolveDeep } from '../src/content/placeholders.js';
import { HELD_OUT_FILES, HELD_OUT_PAIR_FILES } from './held-out-files.js';
import { intentFileSchema, profileSchema, profileStructureSchema, type IntentDefinition, type ProfileDefinition } from '../src/content/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const profileArg = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : process.env.CITY_PROFILE;
const files = await readContentFiles(root, profileArg ?? 'dueren').catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'ENOENT') throw error;
  console.error(`content:check: cannot read ${error.path ?? 'the profile'} (profile "${profileArg ?? 'dueren'}")`);
  process.exit(1);
});

/** Each file on its own, so one broken file does not hide the scores of all others. */
function parseEach(): { profile: ProfileDefinition | undefined; intents: IntentDefinition[] } {
  const ignored: ContentProblem[] = [];
  const rawProfile = parseYaml(files.profile, ignored);
  // The structure suffices here: a wrong value is already a content error, and the scores stay readable.
  const profileResult = profileStructureSchema.safeParse(rawProfile);
  const profile = profileResult.success ? profileResult.data : undefined;
  const intents: IntentDefinition[] = [];
  for (const file of files.intents) {
    const parsed = intentFileSchema.safeParse(parseYaml(file, ignored));
    if (!parsed.success) continue;
    for (const intent of parsed.data) intents.push(profile ? resolveDeep(intent, profile) : intent);
  }
  return { profile, intents };
}

let contentProblems: ContentProblem[] = [];
try {
  buildContent({ ...files, catalogue: catalogue as ContentInput['catalogue'], validateDialogs: createDialogValidator(createDefaultRegistry()) });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  contentProblems = error.problems;
}
const { profile, intents } = parseEach();
if (profile) contentProblems.push(...foreignPlaceNames(profile));

/**
 * Names of other cities in this city's texts (src/content/place-names.ts). The other cities are the profiles
 * beside this one and under profiles/: the Düren profile stays in a fork and names what to look for.
 */
function foreignPlaceNames(own: ProfileDefinition): ContentProblem[] {
  const ownFile = resolve(root, files.profile.path);
  const dirs = new Set([join(root, 'profiles'), dirname(dirname(ownFile))]);
  const others: Array<{ path: string; profile: ProfileDefinition }> = [];
  const seen = new Set([ownFile]);
  for (const dir of dirs) {
    for (const entry of existsSync(dir) ? readdirSync(dir) : []) {
      const file = join(dir, entry, 'profile.yaml');
      if (seen.has(file) || !existsSync(file)) continue;
      seen.add(file);
      const parsed = profileSchema.safeParse(parseYaml({ path: file, text: readFileSync(file, 'utf8') }, []));
      if (parsed.success) others.push({ path: relative(root, file).split('\\').join('/'), profile: parsed.data });
    }
  }
  const ignored: ContentProblem[] = [];
  const raw = files.intents.flatMap((file) => {
    const parsed = intentFileSchema.safeParse(parseYaml(file, ignored));
    return parsed.success ? parsed.data.map((intent) => ({ file: file.path, intent })) : [];
  });
  const dialogs = files.dialogs.map((file) => ({ file: file.path, raw: parseYaml(file, ignored) }));
  return placeNameProblems({ profile: own, profilePath: files.profile.path, others, intents: raw, dialogs });
}

if (args.includes('--confirm-list')) {
  console.log(`Items staff must confirm (profile ${files.profile.path}):`);
  for (const line of confirmList(intents, profile)) console.log(`  - ${line}`);
  if (contentProblems.length > 0) console.log(`\n(${contentProblems.length} content problems: run without --confirm-list)`);
  process.exit(0);
}

const factsPath = `${root}docs/facts.md`;
// The messages of a file: the first column; in a file of conversations the next message (third column).
const heldOut = [...HELD_OUT_FILES, ...HELD_OUT_PAIR_FILES]
  .filter((file) => existsSync(`${root}${file}`))
  .map((file) => {
    const column = HELD_OUT_PAIR_FILES.includes(file) ? 2 : 0;
    const lines = readFileSync(`${root}${file}`, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.split('\t')[column] ?? '');
    return { file, lines };
  });
const report = buildContentReport({ intents, profile, factsText: readFileSync(factsPath, 'utf8'), heldOut });

const scored = report.intents.filter((r) => r.id !== 'unknown');
const minBy = (list: IntentReport[], pick: (r: IntentReport) => number | undefined) => {
  const withValue = list.filter((r) => pick(r) !== undefined);
  return withValue.reduce<IntentReport | undefined>((best, r) => (!best || (pick(r) ?? 0) < (pick(best) ?? 0) ? r : best), undefined);
};
const show = (r: IntentReport | undefined, pick: (r: IntentReport) => number | undefined) =>
  r ? `${(pick(r) ?? 0).toFixed(1)} (${r.id})` : 'n/a';
const failing = report.intents.filter((r) => r.failures.length > 0);

console.log(`Content check: profile ${files.profile.path}, ${files.intents.length} intent files, ${files.dialogs.length} dialog files`);
if (contentProblems.length > 0) {
  console.log(`\nContent errors (${contentProblems.length}):`);
  for (const p of contentProblems) console.log(`  ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.reason}`);
}
console.log('\nSummary:');
console.log(`  intents:            ${report.intents.length} (>= ${LIMITS.minIntents} required)`);
const de = scored.map((r) => r.examplesDe);
const en = scored.map((r) => r.examplesEn);
console.log(`  examples de:        min ${de.length ? Math.min(...de) : 0}, median ${median(de)} (>= ${LIMITS.minExamplesDe})`);
console.log(`  examples en:        min ${en.length ? Math.min(...en) : 0}, median ${median(en)} (>= ${LIMITS.minExamplesEn})`);
console.log(`  min Amstad plain:   ${show(minBy(report.intents, (r) => r.amstadPlain), (r) => r.amstadPlain)} (>= ${LIMITS.minAmstadPlain})`);
console.log(`  min Amstad de:      ${show(minBy(report.intents, (r) => r.amstadDe), (r) => r.amstadDe)} (>= ${LIMITS.minAmstadDe})`);
const unverified = report.unverified.intents + report.unverified.profileKeys;
console.log(`  unverified facts:   ${unverified} (${report.unverified.intents} intents with confirm + ${report.unverified.profileKeys} profile keys; list: --confirm-list)`);
console.log(`  failing intents:    ${failing.length}`);
if (failing.length > 0) {
  console.log('\nFailures:');
  for (const r of failing) {
    const scores = `plain ${r.amstadPlain?.toFixed(1) ?? '-'}, de ${r.amstadDe?.toFixed(1) ?? '-'}`;
    console.log(`  ${r.id} (Amstad ${scores}):`);
    for (const failure of r.failures) console.log(`    - ${failure}`);
  }
}
for (const failure of report.failures) console.log(`\nFAIL: ${failure}`);

const ok = contentProblems.length === 0 && failing.length === 0 && report.failures.length === 0;
console.log(ok ? '\ncontent:check passed' : '\ncontent:check FAILED');
process.exit(ok ? 0 : 1);
