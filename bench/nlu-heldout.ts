/**
 * The whole NLU (classifier and out-of-scope gate, trained on all content) on held-out messages that content
 * editors do not read: test/contract/examples.tsv, test/nlu/data/in-scope.tsv, the out-of-scope rows of
 * test/nlu/data/out-of-scope.tsv (must be unknown), test/nlu/data/blind.tsv (written by someone who saw
 * only the catalogue) and test/nlu/data/near-miss.tsv (out-of-scope questions with a city word in them, dev
 * data). Cross-validation on the examples turns optimistic once editors work from its error list; these
 * files do not. Lines that are also training text are left out and counted.
 * Usage: npx tsx bench/nlu-heldout.ts [content root] [--verbose] [--seed N]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { normalizeExample } from '../src/content/content-report.js';
import { trainNlu, UNKNOWN_INTENT } from '../src/nlu/index.js';
import { loadBenchContent } from './nlu-content.js';

export const HELD_OUT_FILES = [
  'test/contract/examples.tsv',
  'test/nlu/data/in-scope.tsv',
  'test/nlu/data/out-of-scope.tsv',
  'test/nlu/data/blind.tsv',
  'test/nlu/data/near-miss.tsv',
];

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
  return HELD_OUT_FILES.map((file) => {
    // out-of-scope.tsv and near-miss.tsv label their rows dev/test; every row is out of scope.
    const outOfScope = file.endsWith('out-of-scope.tsv') || file.endsWith('near-miss.tsv');
    const result: HeldOutResult = { file, right: 0, total: 0, overlap: 0, wrong: [] };
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [text, label] = line.startsWith('#') ? [] : line.split('\t');
      if (!text || !label) continue;
      const expected = outOfScope ? UNKNOWN_INTENT : label;
      if (!known.has(expected)) continue;
      if (training.has(normalizeExample(text))) {
        result.overlap++;
        continue;
      }
      const got = nlu.rank(text).intents[0]?.id ?? UNKNOWN_INTENT;
      result.total++;
      if (got === expected) result.right++;
      else result.wrong.push(`${expected} -> ${got}: ${text}`);
    }
    return result;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : undefined;
  const root = args.find((a, i) => !a.startsWith('--') && i !== seedAt + 1) ?? '.';
  for (const r of await heldOutResults(root, seed)) {
    console.log(`${r.file}: ${r.right}/${r.total} (${(r.right / r.total).toFixed(3)})${r.overlap ? `, ${r.overlap} lines left out (also training text)` : ''}`);
    if (args.includes('--verbose')) for (const w of r.wrong) console.log(`  ${w}`);
  }
}
