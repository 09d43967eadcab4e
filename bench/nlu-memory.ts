/**
 * Memory of the NLU on the Düren content, in a fresh process started with --expose-gc: RSS and heap
 * before and after training, the live size of the trained model after GC (heap + array buffers growth),
 * and the serialized model. Also the heap floor: the smallest V8 heap limit (--max-old-space-size, 4 MB
 * steps) in which loading the content, and loading plus training, still succeed, each in a child process.
 * RSS growth says little about a peak (V8 keeps pages); the floor is what a 128 MB Workers isolate feels.
 * Prints one JSON line. Usage: node --expose-gc --import tsx bench/nlu-memory.ts
 */
import { spawnSync } from 'node:child_process';
import { serializeNlu, trainNlu } from '../src/nlu/index.js';
import { loadBenchContent } from './nlu-content.js';

const mode = process.argv[2];
const { content } = await loadBenchContent('.');
if (mode === '--child-load') process.exit(0);
if (mode === '--child-train') {
  trainNlu(content);
  process.exit(0);
}

/** Smallest limit in [lowMb, highMb] (4 MB steps) at which the child mode exits 0. */
function heapFloor(childMode: string, lowMb = 8, highMb = 256): number {
  const fits = (mb: number): boolean =>
    spawnSync(process.execPath, [`--max-old-space-size=${mb}`, '--import', 'tsx', 'bench/nlu-memory.ts', childMode], { stdio: 'ignore' }).status === 0;
  if (!fits(highMb)) throw new Error(`${childMode} does not fit ${highMb} MB`);
  let [low, high] = [lowMb / 4, highMb / 4];
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid * 4)) high = mid;
    else low = mid;
  }
  return high * 4;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const live = (): number => {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

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
    heapFloorLoadMb: heapFloor('--child-load'),
    heapFloorTrainMb: heapFloor('--child-train'),
  }),
);
