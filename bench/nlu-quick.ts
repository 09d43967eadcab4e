/**
 * Quick look at one configuration: test-split accuracy on xSID-de and Braun 2017, content 5-fold CV and
 * training times. For reporting only; settings are chosen by bench/nlu-tune.ts on train splits.
 * Usage: npx tsx bench/nlu-quick.ts ['{"linear":{...},"features":{...}}']
 */
import { readJsonl } from '../scripts/nlu-data.js';
import { evaluatePredictions } from '../src/nlu/metrics.js';
import { trainClassifier, type ClassifierOptions } from '../src/nlu/train.js';
import { contentExamples, contentLexicon } from '../src/nlu/train-nlu.js';
import { crossValidate } from '../src/nlu/folds.js';
import { loadBenchContent } from './nlu-content.js';

const options = JSON.parse(process.argv[2] ?? '{}') as ClassifierOptions;
const xsid = readJsonl('test/benchmarks/xsid-de/xsid_de.jsonl');
const braun = readJsonl('test/benchmarks/braun2017-en/braun2017_en.jsonl');
const tasks = {
  xsid,
  chatbot: braun.filter((r) => r.corpus === 'chatbot'),
  askubuntu: braun.filter((r) => r.corpus === 'askubuntu'),
  webapps: braun.filter((r) => r.corpus === 'webapps'),
};
let braunCorrect = 0;
let braunTotal = 0;
for (const [name, rows] of Object.entries(tasks)) {
  const train = rows.filter((r) => r.split === 'train');
  const test = rows.filter((r) => r.split === 'test');
  const times: number[] = [];
  let classifier = trainClassifier(train, options);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    classifier = trainClassifier(train, options);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const report = evaluatePredictions(test.map((r) => r.intent), test.map((r) => classifier.classify(r.text).ranking[0]?.id ?? ''));
  if (name !== 'xsid') {
    braunCorrect += Math.round(report.accuracy * test.length);
    braunTotal += test.length;
  }
  console.log(`${name.padEnd(10)} acc ${report.accuracy.toFixed(3)} F1 ${report.macroF1.toFixed(3)} train median ${times[2]?.toFixed(0)} ms`);
}
console.log(`braun overall ${(braunCorrect / braunTotal).toFixed(3)}`);
if (process.env.CONTENT !== '0') {
  const { content } = await loadBenchContent('.');
  const examples = contentExamples(content);
  const lexicon = contentLexicon(content);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    trainClassifier(examples, { ...options, ...lexicon });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const cv = crossValidate(examples, 5, { ...options, ...lexicon });
  console.log(`content ${examples.length} ex: CV acc ${cv.accuracy.toFixed(3)} F1 ${cv.macroF1.toFixed(3)} train median ${times[1]?.toFixed(0)} ms`);
  console.log(cv.confusions.slice(0, 12).map((c) => `${c.gold}->${c.predicted} ${c.count}`).join(', '));
}
