import { trainNlu, serializeNlu, loadNlu } from '../src/nlu/index.js';
import { loadBenchContent } from './nlu-content.js';
const { content } = await loadBenchContent('/work/main');
const opts = JSON.parse(process.argv[2] ?? '{}');
const times: number[] = [];
let nlu = trainNlu(content, opts);
for (let i = 0; i < 3; i++) { const t0 = performance.now(); nlu = trainNlu(content, opts); times.push(performance.now() - t0); }
const json = JSON.stringify(serializeNlu(nlu));
const w = nlu.classifier.data.linear.weights;
let zeros = 0; for (const x of w) if (x === 0) zeros++;
const t0 = performance.now(); const loaded = loadNlu(json); const loadMs = performance.now() - t0;
console.log('train ms', times.map((t) => t.toFixed(0)).join(' '), 'size MB', (json.length / 1e6).toFixed(2), 'features', nlu.classifier.data.featureNames.length, 'zero share', (zeros / w.length).toFixed(3), 'T', nlu.classifier.data.temperature.toFixed(3), 'load ms', loadMs.toFixed(0));
void loaded;
