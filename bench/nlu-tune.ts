/**
 * Chooses the classifier settings by 5-fold cross-validation on the TRAIN splits only (xSID-de and the
 * three Braun 2017 corpora); test splits are never read here. One setting is varied at a time around the
 * defaults; the score is the mean of CV accuracy and macro-F1 over the four training sets.
 * Usage: npx tsx bench/nlu-tune.ts
 */
import { DEFAULT_LINEAR_CONFIG } from '../src/nlu/classifier.js';
import { DEFAULT_FEATURE_CONFIG } from '../src/nlu/features.js';
import type { ClassifierOptions, TrainingExample } from '../src/nlu/train.js';
import { readJsonl } from '../scripts/nlu-data.js';
import { crossValidate } from './nlu-cv.js';

const xsid = readJsonl('test/benchmarks/xsid-de/xsid_de.jsonl');
const braun = readJsonl('test/benchmarks/braun2017-en/braun2017_en.jsonl');
const trainSets: Record<string, TrainingExample[]> = {
  xsid: xsid.filter((r) => r.split === 'train'),
  chatbot: braun.filter((r) => r.split === 'train' && r.corpus === 'chatbot'),
  askubuntu: braun.filter((r) => r.split === 'train' && r.corpus === 'askubuntu'),
  webapps: braun.filter((r) => r.split === 'train' && r.corpus === 'webapps'),
};

const candidates: [string, ClassifierOptions][] = [['defaults', {}]];
const f = DEFAULT_FEATURE_CONFIG;
const l = DEFAULT_LINEAR_CONFIG;
for (const [charMin, charMax] of [[2, 4], [2, 5], [3, 5], [3, 6], [1, 4], [4, 6]] as const) {
  if (charMin !== f.charMin || charMax !== f.charMax) candidates.push([`chars ${charMin}-${charMax}`, { features: { charMin, charMax } }]);
}
for (const v of [0, 0.5, 1]) if (v !== f.bigramWeight) candidates.push([`bigramWeight ${v}`, { features: { bigramWeight: v } }]);
for (const v of [0.5, 1, 2]) if (v !== f.wordWeight) candidates.push([`wordWeight ${v}`, { features: { wordWeight: v } }]);
for (const v of [0.5, 1, 2]) if (v !== f.charWeight) candidates.push([`charWeight ${v}`, { features: { charWeight: v } }]);
for (const v of [0, 0.3, 0.6, 1]) if (v !== f.stopwordWeight) candidates.push([`stopwordWeight ${v}`, { features: { stopwordWeight: v } }]);
for (const v of [1e-5, 1e-4, 1e-3]) if (v !== l.l2) candidates.push([`l2 ${v}`, { linear: { l2: v } }]);
for (const v of [10, 20, 30, 50]) if (v !== l.epochs) candidates.push([`epochs ${v}`, { linear: { epochs: v } }]);
for (const v of [0, 0.5, 1]) if (v !== l.balance) candidates.push([`balance ${v}`, { linear: { balance: v } }]);
for (const v of [0.2, 0.5, 1]) if (v !== l.learningRate) candidates.push([`learningRate ${v}`, { linear: { learningRate: v } }]);

console.log('setting'.padEnd(20), ...Object.keys(trainSets).map((k) => k.padStart(11)), 'score'.padStart(7));
for (const [name, options] of candidates) {
  const cells: string[] = [];
  let score = 0;
  for (const examples of Object.values(trainSets)) {
    const report = crossValidate(examples, 5, options);
    cells.push(`${report.accuracy.toFixed(3)}/${report.macroF1.toFixed(3)}`.padStart(11));
    score += (report.accuracy + report.macroF1) / 2 / Object.keys(trainSets).length;
  }
  console.log(name.padEnd(20), ...cells, score.toFixed(4).padStart(7));
}
