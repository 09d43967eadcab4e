/**
 * Per-task settings chosen by cross-validation on each task's TRAIN split only, then one test run.
 * The automated form of the procedure in docs/benchmarks.md, applied to one training set at a time: start at
 * the defaults, score every single change by 5-fold CV repeated over fold seeds 1-3 ((accuracy + macro-F1) / 2),
 * adopt the best change if it gains at least 0.005, repeat until nothing does (at most 4 rounds).
 * Usage: npx tsx bench/nlu-select.ts [task ...]   (tasks: xsid chatbot askubuntu webapps)
 */
import { readJsonl, type LabelledRow } from '../scripts/nlu-data.js';
import { crossValidate } from '../src/nlu/folds.js';
import { evaluatePredictions } from '../src/nlu/metrics.js';
import { trainClassifier, type ClassifierOptions } from '../src/nlu/train.js';

const MIN_GAIN = 0.005;
const FOLD_SEEDS = [1, 2, 3];

const changes: [string, ClassifierOptions][] = [
  ...[0.1, 0.3, 3, 10].map((C): [string, ClassifierOptions] => [`C ${C}`, { linear: { C } }]),
  ...[0, 0.5].map((balance): [string, ClassifierOptions] => [`balance ${balance}`, { linear: { balance } }]),
  ...([[2, 4], [2, 5], [3, 6], [1, 4], [4, 6]] as const).map(([charMin, charMax]): [string, ClassifierOptions] => [`chars ${charMin}-${charMax}`, { features: { charMin, charMax } }]),
  ...[0, 1].map((bigramWeight): [string, ClassifierOptions] => [`bigramWeight ${bigramWeight}`, { features: { bigramWeight } }]),
  ...[0.5, 2].map((wordWeight): [string, ClassifierOptions] => [`wordWeight ${wordWeight}`, { features: { wordWeight } }]),
  ...[0.5, 2].map((charWeight): [string, ClassifierOptions] => [`charWeight ${charWeight}`, { features: { charWeight } }]),
  ...[0, 0.3, 1].map((stopwordWeight): [string, ClassifierOptions] => [`stopwordWeight ${stopwordWeight}`, { features: { stopwordWeight } }]),
  ['crossWordChars', { features: { crossWordChars: true } }],
  ['idf off', { features: { idf: false } }],
];

const merge = (a: ClassifierOptions, b: ClassifierOptions): ClassifierOptions => ({
  ...a,
  ...b,
  features: { ...a.features, ...b.features },
  linear: { ...a.linear, ...b.linear },
});

function cvScore(train: readonly LabelledRow[], options: ClassifierOptions): number {
  let sum = 0;
  for (const seed of FOLD_SEEDS) {
    const report = crossValidate(train, 5, options, seed);
    sum += (report.accuracy + report.macroF1) / 2;
  }
  return sum / FOLD_SEEDS.length;
}

export function selectSettings(train: readonly LabelledRow[], log: (line: string) => void = () => {}): { options: ClassifierOptions; chosen: string[]; score: number } {
  let options: ClassifierOptions = {};
  let score = cvScore(train, options);
  const chosen: string[] = [];
  log(`  defaults: CV ${score.toFixed(4)}`);
  for (let round = 0; round < 4; round++) {
    let best: { name: string; options: ClassifierOptions; score: number } | undefined;
    for (const [name, change] of changes) {
      if (chosen.includes(name)) continue;
      const candidate = merge(options, change);
      const s = cvScore(train, candidate);
      if (!best || s > best.score) best = { name, options: candidate, score: s };
    }
    if (!best || best.score < score + MIN_GAIN) break;
    log(`  round ${round + 1}: ${best.name} CV ${score.toFixed(4)} -> ${best.score.toFixed(4)}`);
    options = best.options;
    score = best.score;
    chosen.push(best.name);
  }
  return { options, chosen, score };
}

function testRun(train: readonly LabelledRow[], test: readonly LabelledRow[], options: ClassifierOptions): ReturnType<typeof evaluatePredictions> {
  const classifier = trainClassifier(train, options);
  return evaluatePredictions(test.map((r) => r.intent), test.map((r) => classifier.classify(r.text).ranking[0]?.id ?? ''));
}

const xsid = readJsonl('test/benchmarks/xsid-de/xsid_de.jsonl');
const braun = readJsonl('test/benchmarks/braun2017-en/braun2017_en.jsonl');
const tasks: Record<string, LabelledRow[]> = {
  xsid,
  chatbot: braun.filter((r) => r.corpus === 'chatbot'),
  askubuntu: braun.filter((r) => r.corpus === 'askubuntu'),
  webapps: braun.filter((r) => r.corpus === 'webapps'),
};
const wanted = process.argv.slice(2);
for (const [name, rows] of Object.entries(tasks)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const train = rows.filter((r) => r.split === 'train');
  const test = rows.filter((r) => r.split === 'test');
  console.log(`${name}: choosing on ${train.length} train utterances`);
  const { options, chosen } = selectSettings(train, console.log);
  const before = testRun(train, test, {});
  const after = testRun(train, test, options);
  const correct = (r: typeof before): number => Math.round(r.accuracy * r.total);
  console.log(
    `  test: defaults ${correct(before)}/${before.total} acc ${before.accuracy.toFixed(3)} F1 ${before.macroF1.toFixed(3)}; ` +
      `chosen [${chosen.join(', ') || 'defaults'}] ${correct(after)}/${after.total} acc ${after.accuracy.toFixed(3)} F1 ${after.macroF1.toFixed(3)}`,
  );
}
