/**
 * NLU benchmark: our engine and NLP.js side by side on xSID-de and Braun 2017 (each engine and task in
 * its own child process, so RSS is per engine), plus 5-fold CV and the out-of-scope gate on the Düren
 * content. Writes its section of docs/benchmarks.md (between the nlu-bench markers) and prints a summary.
 * Usage: npm run bench:nlu
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { renderReport, type MemoryResult, type RunResult } from './nlu-bench-report.js';
import { runContentBench } from './nlu-content-bench.js';
import { heldOutResults } from './nlu-heldout.js';

const TASKS = ['xsid', 'chatbot', 'askubuntu', 'webapps'] as const;
const ENGINES = ['ours', 'nlpjs'] as const;

function runChild(engine: string, task: string): RunResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/nlu-bench-run.ts', engine, task], { encoding: 'utf8' });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`${engine} on ${task} failed:\n${child.stderr}`);
  return JSON.parse(line) as RunResult;
}

const runs: RunResult[] = [];
for (const task of TASKS) {
  for (const engine of ENGINES) {
    const result = runChild(engine, task);
    runs.push(result);
    console.log(`${engine.padEnd(6)} ${task.padEnd(10)} acc ${result.accuracy.toFixed(3)} F1 ${result.macroF1.toFixed(3)} train ${result.trainMs.toFixed(0)} ms p99 ${result.p99Ms.toFixed(3)} ms RSS ${result.rssMb.toFixed(0)} MB`);
  }
}
const memoryChild = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/nlu-memory.ts'], { encoding: 'utf8' });
if (memoryChild.status !== 0) throw new Error(`memory measurement failed:\n${memoryChild.stderr}`);
const memory = JSON.parse(memoryChild.stdout.trim().split('\n').pop() ?? '{}') as MemoryResult;
console.log(`memory: model ${memory.liveAfterParsesMb} MB live, training +${(memory.rssAfterTrainingMb - memory.rssBeforeMb).toFixed(0)} MB RSS, JSON ${memory.serializedMb} MB`);
const content = await runContentBench('.');
console.log(`Düren content: ${content.intents} intents, ${content.examples} examples, 5-fold CV accuracy ${content.cv.accuracy.toFixed(3)} macro-F1 ${content.cv.macroF1.toFixed(3)}`);
console.log(`out-of-scope threshold chosen on dev: ${content.chosenThreshold}; test precision ${content.test.precision.toFixed(3)} recall ${content.test.recall.toFixed(3)}`);

const heldOut = await heldOutResults('.');
for (const r of heldOut) console.log(`held out ${r.file}: ${r.right}/${r.total}`);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} when it finished`;
const section = renderReport({ runs, content, memory, heldOut, machine, date: new Date().toISOString().slice(0, 10) });
const file = 'docs/benchmarks.md';
const start = '<!-- nlu-bench:start -->';
const end = '<!-- nlu-bench:end -->';
const existing = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
const block = `${start}\n${section}\n${end}`;
const from = existing.indexOf(start);
const to = existing.indexOf(end);
const updated = from >= 0 && to > from ? existing.slice(0, from) + block + existing.slice(to + end.length) : `${existing.trimEnd()}\n\n${block}\n`;
writeFileSync(file, updated);
console.log(`wrote ${file}`);
