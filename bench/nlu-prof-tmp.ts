import { trainClassifier } from '../src/nlu/train.js';
import { contentExamples, contentSynonyms } from '../src/nlu/train-nlu.js';
import { loadBenchContent } from './nlu-content.js';
import { stratifiedFolds } from './nlu-cv.js';
const { content } = await loadBenchContent('/work/main');
const examples = contentExamples(content);
const synonyms = contentSynonyms(content);
const fold = stratifiedFolds(examples, 5, 1);
for (let f = 0; f < 5; f++) {
  const c = trainClassifier(examples.filter((_, i) => fold[i] !== f), { synonyms, calibrationFolds: 0 });
  examples.forEach((e, i) => { if (fold[i] === f) { const r = c.classify(e.text, e.language); if (r.ranking[0]?.id !== e.intent) console.log(`${e.intent}\t${r.ranking[0]?.id}\t${e.text}`); } });
}
