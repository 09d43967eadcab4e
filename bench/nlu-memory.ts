/**
 * Memory of the NLU on the Düren content, in a fresh process started with --expose-gc: RSS and heap
 * before and after training, the live size of the trained model after GC (heap + array buffers growth),
 * and the serialized model. Prints one JSON line. Usage: node --expose-gc --import tsx bench/nlu-memory.ts
 */
import { serializeNlu, trainNlu } from '../src/nlu/index.js';
import { loadBenchContent } from './nlu-content.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const live = (): number => {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

const { content } = await loadBenchContent('.');
const before = live();
const rssBefore = process.memoryUsage().rss;
const nlu = trainNlu(content);
const rssAfterTraining = process.memoryUsage().rss;
const after = live();
for (let i = 0; i < 2000; i++) nlu.parse(`Wie beantrage ich Wohngeld für ${i % 7} Personen?`);
const afterParses = live();
console.log(
  JSON.stringify({
    rssBeforeMb: mb(rssBefore),
    rssAfterTrainingMb: mb(rssAfterTraining),
    modelLiveMb: mb(after - before),
    liveAfterParsesMb: mb(afterParses - before),
    serializedMb: mb(JSON.stringify(serializeNlu(nlu)).length),
    rssEndMb: mb(process.memoryUsage().rss),
  }),
);
