import { loadContentFromDisk } from '/work/main/src/runtime/node/content-fs.js';
import { trainNlu } from '/work/main/src/nlu/index.js';
const t0 = performance.now();
const c = await loadContentFromDisk('/work/main', { profile: 'dueren' });
const t1 = performance.now();
trainNlu(c);
console.log('load', Math.round(t1 - t0), 'train', Math.round(performance.now() - t1), c.intents.length);
