/**
 * Chooses the classifier settings by 5-fold cross-validation on TRAINING data only: the train splits of
 * xSID-de and the three Braun 2017 corpora, and the Düren content (intents/*.yaml). Test splits are never
 * read here. One setting is varied at a time around a base configuration (coordinate ascent: rerun with the
 * winner as the new base). Two scores, both from (CV accuracy + macro-F1) / 2 per set: "mean" averages the five
 * sets, "pooled" weights each set by its number of examples, so one example counts the same everywhere
 * (webapps has 30, so under "mean" one of its examples weighs as much as 100 of the content's).
 * Usage: npx tsx bench/nlu-tune.ts ['<base options JSON>'] [group ...]
 *   groups: features, linear, data, none (default: features linear data)
 *   --seeds 1,2,3: average each set's CV accuracy and macro-F1 over these fold seeds (default 1)
 *   --try '{"name": {options}, ...}': extra candidates, each merged onto the base
 */
import { DEFAULT_LINEAR_CONFIG } from '../src/nlu/classifier.js';
import { DEFAULT_FEATURE_CONFIG } from '../src/nlu/features.js';
import { contentExamples, contentLexicon } from '../src/nlu/train-nlu.js';
import type { ClassifierOptions, TrainingExample } from '../src/nlu/train.js';
import { readJsonl } from '../scripts/nlu-data.js';
import { loadBenchContent } from './nlu-content.js';
import { crossValidate } from '../src/nlu/folds.js';

const argv = process.argv.slice(2);
const takeFlag = (flag: string): string | undefined => {
  const at = argv.indexOf(flag);
  if (at < 0) return undefined;
  const [, value] = argv.splice(at, 2);
  return value;
};
const seeds = (takeFlag('--seeds') ?? '1').split(',').map(Number);
const extra = JSON.parse(takeFlag('--try') ?? '{}') as Record<string, ClassifierOptions>;
const [baseArg, ...groupArgs] = argv;
const base = JSON.parse(baseArg ?? '{}') as ClassifierOptions;
const groups = new Set(groupArgs.length > 0 ? groupArgs : ['features', 'linear', 'data']);

const xsid = readJsonl('test/benchmarks/xsid-de/xsid_de.jsonl');
const braun = readJsonl('test/benchmarks/braun2017-en/braun2017_en.jsonl');
const { content } = await loadBenchContent('.');
const trainSets: Record<string, { examples: TrainingExample[]; options: ClassifierOptions }> = {
  xsid: { examples: xsid.filter((r) => r.split === 'train'), options: {} },
  chatbot: { examples: braun.filter((r) => r.split === 'train' && r.corpus === 'chatbot'), options: {} },
  askubuntu: { examples: braun.filter((r) => r.split === 'train' && r.corpus === 'askubuntu'), options: {} },
  webapps: { examples: braun.filter((r) => r.split === 'train' && r.corpus === 'webapps'), options: {} },
  content: { examples: contentExamples(content), options: contentLexicon(content) },
};

const merge = (a: ClassifierOptions, b: ClassifierOptions): ClassifierOptions => ({
  ...a,
  ...b,
  features: { ...a.features, ...b.features },
  linear: { ...a.linear, ...b.linear },
});
const f = { ...DEFAULT_FEATURE_CONFIG, ...base.features };
const l = { ...DEFAULT_LINEAR_CONFIG, ...base.linear };
const candidates: [string, ClassifierOptions][] = [['base', {}]];
const add = (name: string, options: ClassifierOptions): void => void candidates.push([name, options]);
if (groups.has('features')) {
  for (const [charMin, charMax] of [[2, 4], [2, 5], [3, 5], [3, 6], [1, 4], [4, 6]] as const) {
    if (charMin !== f.charMin || charMax !== f.charMax) add(`chars ${charMin}-${charMax}`, { features: { charMin, charMax } });
  }
  for (const v of [0, 0.5, 1]) if (v !== f.bigramWeight) add(`bigramWeight ${v}`, { features: { bigramWeight: v } });
  for (const v of [0.5, 1, 2]) if (v !== f.wordWeight) add(`wordWeight ${v}`, { features: { wordWeight: v } });
  for (const v of [0.5, 1, 2]) if (v !== f.charWeight) add(`charWeight ${v}`, { features: { charWeight: v } });
  for (const v of [0, 0.3, 0.6, 1]) if (v !== f.stopwordWeight) add(`stopwordWeight ${v}`, { features: { stopwordWeight: v } });
  add(`crossWordChars ${!f.crossWordChars}`, { features: { crossWordChars: !f.crossWordChars } });
  add(`keepSynonymSource ${!f.keepSynonymSource}`, { features: { keepSynonymSource: !f.keepSynonymSource } });
  add(`bothStems ${!f.bothStems}`, { features: { bothStems: !f.bothStems } });
  add(`idf ${!f.idf}`, { features: { idf: !f.idf } });
  add(`separableVerbs ${!f.separableVerbs}`, { features: { separableVerbs: !f.separableVerbs } });
}
if (groups.has('data')) {
  add(`intentNames ${base.intentNames === false}`, { intentNames: base.intentNames === false });
}
if (groups.has('linear')) {
  for (const optimizer of ['sgd', 'adagrad', 'svm'] as const) {
    if (optimizer !== l.optimizer) add(`optimizer ${optimizer}`, { linear: { optimizer, epochs: optimizer === 'sgd' ? 20 : 5 } });
  }
  if (l.optimizer === 'svm') {
    for (const v of [0.3, 1, 3]) if (v !== l.C) add(`C ${v}`, { linear: { C: v } });
  } else {
    for (const v of [1e-5, 1e-4, 1e-3]) if (v !== l.l2) add(`l2 ${v}`, { linear: { l2: v } });
    for (const v of [0.1, 0.2, 0.5, 1]) if (v !== l.learningRate) add(`learningRate ${v}`, { linear: { learningRate: v } });
  }
  for (const v of [3, 5, 8, 10, 20]) if (v !== l.epochs) add(`epochs ${v}`, { linear: { epochs: v } });
  for (const v of [0, 0.5, 1]) if (v !== l.balance) add(`balance ${v}`, { linear: { balance: v } });
}

for (const [name, options] of Object.entries(extra)) add(name, options);
console.log(`base ${JSON.stringify(base)} seeds ${seeds.join(',')}`);
console.log('setting'.padEnd(24), ...Object.keys(trainSets).map((key) => key.padStart(13)), 'mean'.padStart(7), 'pooled'.padStart(7));
const totalExamples = Object.values(trainSets).reduce((n, set) => n + set.examples.length, 0);
for (const [name, options] of candidates) {
  const cells: string[] = [];
  let mean = 0;
  let pooled = 0;
  for (const set of Object.values(trainSets)) {
    let accuracy = 0;
    let macroF1 = 0;
    for (const seed of seeds) {
      const report = crossValidate(set.examples, 5, merge(merge(base, options), set.options), seed);
      accuracy += report.accuracy / seeds.length;
      macroF1 += report.macroF1 / seeds.length;
    }
    cells.push(`${accuracy.toFixed(4)}/${macroF1.toFixed(4)}`.padStart(13));
    const cell = (accuracy + macroF1) / 2;
    mean += cell / Object.keys(trainSets).length;
    pooled += (cell * set.examples.length) / totalExamples;
  }
  console.log(name.padEnd(24), ...cells, mean.toFixed(4).padStart(7), pooled.toFixed(4).padStart(7));
}
