/**
 * The whole NLU (classifier and out-of-scope gate, trained on all content) on held-out messages that content
 * editors do not read: test/contract/examples.tsv, test/nlu/data/in-scope.tsv, the out-of-scope rows of
 * test/nlu/data/out-of-scope.tsv (must be unknown), test/nlu/data/blind.tsv (written by someone who saw
 * only the catalogue) and test/nlu/data/near-miss.tsv (out-of-scope questions with a city word in them, dev
 * data). Cross-validation on the examples turns optimistic once editors work from its error list; these
 * files do not. Lines that are also training text are left out and counted.
 * Usage: npx tsx bench/nlu-heldout.ts [content root] [--verbose] [--seed N | --seeds 1,2,3]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { normalizeExample } from '../src/content/content-report.js';
import { trainNlu, UNKNOWN_INTENT } from '../src/nlu/index.js';
import { HELD_OUT_FILES, isOutOfScopeFile, rowHalf } from '../scripts/held-out-files.js';
import { loadBenchContent } from './nlu-content.js';

export interface HeldOutResult {
  file: string;
  right: number;
  total: number;
  /** Lines equal to a training example (normalizeExample, as content:check compares them), left out. */
  overlap: number;
  wrong: string[];
}

/** Content from `root`; the held-out files always from this checkout. */
export async function heldOutResults(root = '.', seed?: number): Promise<HeldOutResult[]> {
  const { content } = await loadBenchContent(root);
  const nlu = trainNlu(content, seed === undefined ? {} : { seed });
  const known = new Set(content.intents.map((i) => i.id));
  const training = new Set(content.intents.flatMap((i) => [...i.examples.de, ...i.examples.en]).map(normalizeExample));
  return HELD_OUT_FILES.flatMap((file) => {
    // out-of-scope.tsv and near-miss.tsv label their rows dev/test; every row is out of scope.
    const outOfScope = isOutOfScopeFile(file);
    // A row's half (rowHalf) splits a file: dev lines (their errors may be read to find what is missing) and
    // blind lines (counts only, never listed), so there is still an honest check after fixing the dev errors.
    let halved = false;
    const dev: HeldOutResult = { file, right: 0, total: 0, overlap: 0, wrong: [] };
    const blind: HeldOutResult = { file: `${file} (blind half)`, right: 0, total: 0, overlap: 0, wrong: [] };
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const fields = line.startsWith('#') ? [] : line.split('\t');
      const [text, label] = fields;
      if (!text || !label) continue;
      // The out-of-scope file's test rows are only counted too, like blind ones (rowHalf).
      const half = rowHalf(file, fields);
      halved ||= half === 'blind';
      const result = half === 'blind' ? blind : dev;
      // Like test/contract/examples.tsv, a line may accept several ids ('|'); ids this content lacks are ignored.
      // A message that asks about two topics ("a,b", two-questions.tsv) is answered right on either one first.
      const accepted = (outOfScope ? [UNKNOWN_INTENT] : label.split(/[|,]/)).filter((id) => known.has(id));
      if (accepted.length === 0) continue;
      if (training.has(normalizeExample(text))) {
        result.overlap++;
        continue;
      }
      const got = nlu.rank(text).intents[0]?.id ?? UNKNOWN_INTENT;
      result.total++;
      if (accepted.includes(got)) result.right++;
      else if (result !== blind) result.wrong.push(`${accepted.join('|')} -> ${got}: ${text}`);
    }
    return halved ? [{ ...dev, file: `${file} (dev half)` }, blind] : [dev];
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({
    options: { seed: { type: 'string' }, seeds: { type: 'string' }, verbose: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const root = positionals[0] ?? '.';
  if (values.seeds) {
    // One seed moves a file by 1-3 lines; content edits are judged on the mean over several training seeds.
    const seeds = values.seeds.split(',').map(Number);
    const runs = await Promise.all(seeds.map((seed) => heldOutResults(root, seed)));
    for (const [i, r] of (runs[0] ?? []).entries()) {
      const mean = runs.reduce((sum, run) => sum + (run[i]?.right ?? 0), 0) / seeds.length;
      console.log(`${r.file}: mean ${mean.toFixed(1)}/${r.total} over seeds ${seeds.join(', ')}`);
    }
  } else {
    for (const r of await heldOutResults(root, values.seed === undefined ? undefined : Number(values.seed))) {
      console.log(`${r.file}: ${r.right}/${r.total} (${(r.right / r.total).toFixed(3)})${r.overlap ? `, ${r.overlap} lines left out (also training text)` : ''}`);
      if (values.verbose) for (const w of r.wrong) console.log(`  ${w}`);
    }
  }
}
