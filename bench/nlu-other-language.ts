/**
 * The other-language detection (src/nlu/other-language.ts) through the trained Düren NLU: how many messages
 * in other languages it flags, and how many German or English messages it flags by mistake.
 * - test/nlu/data/other-languages.tsv was written while building the detector;
 * - other-languages-blind.tsv and spoken-no-function-words.tsv were written by someone who never saw it. Their
 *   odd message lines (1st, 3rd, ...) are dev data, shown with --verbose; the even lines stay blind and are
 *   reported as counts only, so nobody tunes the detector to them;
 * - dutch.tsv (Dutch) and dutch-lookalikes.tsv (German dialect, Low German and English sharing words with Dutch)
 *   were written by someone who never saw the detector; their dev halves are shown with --verbose;
 * - the held-out files in test/nlu/data, the contract examples and the content's own examples are German or English.
 * Usage: npx tsx bench/nlu-other-language.ts [--verbose]
 */
import { trainNlu } from '../src/nlu/index.js';
import { contentExamples } from '../src/nlu/train-nlu.js';
import { loadBenchContent } from './nlu-content.js';
import { readTsv } from './nlu-content-bench.js';
import { HELD_OUT_FILES, isOutOfScopeFile, rowHalf } from '../scripts/held-out-files.js';

const verbose = process.argv.includes('--verbose');
const rows = (file: string): string[] => readTsv(file).map((fields) => fields[0] as string);

const { content } = await loadBenchContent('.');
const nlu = trainNlu(content);
const flagged = (text: string): string | undefined => nlu.parse(text, { now: new Date('2026-11-27T10:00:00Z') }).otherLanguage;

function report(name: string, texts: readonly string[], foreign: boolean, show: boolean): void {
  const wrong = texts.filter((text) => (flagged(text) !== undefined) !== foreign);
  const right = texts.length - wrong.length;
  // A missed foreign message that names a known topic ("... Bürgerbüro") gets that topic's answer, which is
  // not the worst outcome; only a plain "not understood" leaves the citizen with nothing.
  const topics = foreign ? wrong.filter((text) => nlu.parse(text).intents[0]?.id !== 'unknown').length : 0;
  console.log(`${foreign ? 'other languages flagged' : 'German/English not flagged'}, ${name}: ${right}/${texts.length}${foreign ? ` (missed with a topic answer: ${topics})` : ''}`);
  if (verbose && show) for (const text of wrong) console.log(`  ${flagged(text) ?? 'missed'}: ${text}`);
}

const half = (texts: readonly string[], odd: boolean): string[] => texts.filter((_, i) => i % 2 === (odd ? 0 : 1));
report('other-languages.tsv', rows('test/nlu/data/other-languages.tsv'), true, true);
for (const [file, foreign] of [['other-languages-blind.tsv', true], ['spoken-no-function-words.tsv', false]] as const) {
  const texts = rows(`test/nlu/data/${file}`);
  report(`${file} dev (odd lines)`, half(texts, true), foreign, true);
  report(`${file} blind (even lines)`, half(texts, false), foreign, false);
}
// Dutch, and German or English that shares words with Dutch (dialect, Low German, place names): dev and
// blind halves as the files mark them (third column).
const marked = (file: string, split: string): string[] =>
  readTsv(file)
    .filter((fields) => fields[2]?.trim() === split)
    .map((fields) => fields[0] as string);
for (const [file, foreign] of [['dutch.tsv', true], ['dutch-lookalikes.tsv', false]] as const) {
  for (const split of ['dev', 'blind']) report(`${file} ${split} half`, marked(`test/nlu/data/${file}`, split), foreign, split === 'dev');
}
const shown = new Set(['test/contract/examples.tsv', 'test/nlu/data/in-scope.tsv']);
// Every held-out file is German or English; the blind ones (and their learner German, dialect and
// German-English mixes, the hardest cases for a false alarm) are counted only.
for (const file of HELD_OUT_FILES) {
  if (!isOutOfScopeFile(file)) {
    report(file, rows(file), false, shown.has(file));
    continue;
  }
  // Their test rows are only counted (rowHalf).
  const fields = readTsv(file);
  const ofHalf = (half: 'dev' | 'blind'): string[] => fields.filter((f) => rowHalf(file, f) === half).map((f) => f[0] as string);
  report(`${file} dev`, ofHalf('dev'), false, true);
  const test = ofHalf('blind');
  if (test.length > 0) report(`${file} test`, test, false, false);
}
report('content examples (intents/*.yaml)', contentExamples(content).map((example) => example.text), false, true);
