/**
 * Evaluates the intent classifier on labelled utterances.
 *   npm run nlu:eval -- --train FILE --test FILE [--json]
 * Files are JSONL {"text","intent","split"}. When train and test are the same file, the "split" field
 * decides ("train" rows train, "test" rows test). Each intent's id also trains it as one example, as in
 * `npm run bench:nlu` (src/nlu/intent-names.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluatePredictions } from '../src/nlu/metrics.js';
import { trainClassifier } from '../src/nlu/train.js';
import { DataFileError, readJsonl, type LabelledRow } from './nlu-data.js';

function usage(reason: string): never {
  console.error(`nlu-eval: ${reason}\nusage: npm run nlu:eval -- --train FILE --test FILE [--json] [--seed N]`);
  process.exit(2);
}

const { values } = parseArgs({
  options: { train: { type: 'string' }, test: { type: 'string' }, json: { type: 'boolean', default: false }, seed: { type: 'string' } },
  strict: true,
});
if (!values.train) usage('--train is required');
if (!values.test) usage('--test is required');
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (seed !== undefined && !Number.isInteger(seed)) usage('--seed must be an integer');

const sameFile = resolve(values.train) === resolve(values.test);
function read(path: string, split: string): LabelledRow[] {
  try {
    return readJsonl(path).filter((row) => !sameFile || row.split === split);
  } catch (error) {
    if (error instanceof DataFileError) usage(error.message);
    throw error;
  }
}
const trainRows = read(values.train, 'train');
const testRows = read(values.test, 'test');
if (trainRows.length === 0) usage(`no training rows in ${values.train}${sameFile ? ' (split "train")' : ''}`);
if (testRows.length === 0) usage(`no test rows in ${values.test}${sameFile ? ' (split "test")' : ''}`);

const started = performance.now();
const classifier = trainClassifier(trainRows, seed === undefined ? {} : { seed });
const trainMs = performance.now() - started;
const predicted = testRows.map((row) => classifier.classify(row.text).ranking[0]?.id ?? '');
const report = evaluatePredictions(
  testRows.map((row) => row.intent),
  predicted,
);

if (values.json) {
  console.log(JSON.stringify({ accuracy: report.accuracy, macroF1: report.macroF1, trainMs, train: trainRows.length, test: testRows.length, perIntent: report.perIntent }));
} else {
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
  console.log(`train ${trainRows.length} utterances, test ${testRows.length}, ${classifier.intents.length} intents`);
  console.log(`accuracy ${pct(report.accuracy)} %   macro-F1 ${pct(report.macroF1)} %   training ${trainMs.toFixed(0)} ms`);
  console.log('\nper intent            F1  precision  recall  support');
  for (const m of report.perIntent) {
    console.log(`${m.intent.padEnd(28)} ${pct(m.f1)}  ${pct(m.precision)}  ${pct(m.recall)}  ${String(m.support).padStart(5)}`);
  }
  if (report.confusions.length > 0) {
    console.log('\nmost frequent confusions (gold -> predicted)');
    for (const c of report.confusions.slice(0, 10)) console.log(`${String(c.count).padStart(4)}  ${c.gold} -> ${c.predicted}`);
  }
}
