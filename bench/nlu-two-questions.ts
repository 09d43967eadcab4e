/**
 * Two questions in one message (NluResult.asked, src/core/second-question.ts): how often both topics are
 * found, in the order asked, and how often a message gets a second topic it did not ask about.
 * - test/nlu/data/two-questions.tsv: written by someone who saw only the catalogue. Two-topic lines ("a,b")
 *   must get both, in that order; one-topic lines (a question and its follow-up) must get none. Dev lines
 *   are listed with --verbose; blind lines are only counted.
 * - every other held-out file (scripts/held-out-files.ts): one topic per line, so any second topic there is
 *   counted (an extra answer the citizen may not need; never listed, as most of these lines are blind).
 * Usage: npx tsx bench/nlu-two-questions.ts [--verbose] [--seeds 1,2,3]
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { trainNlu } from '../src/nlu/index.js';
import type { Nlu } from '../src/core/ports.js';
import { HELD_OUT_FILES } from '../scripts/held-out-files.js';
import { loadBenchContent } from './nlu-content.js';
import { readTsv } from './nlu-content-bench.js';

const FILE = 'test/nlu/data/two-questions.tsv';

export interface TwoQuestionCounts {
  /** two-topic lines: both found in order / both found / lines */
  inOrder: number;
  both: number;
  pairs: number;
  /** one-topic lines that got no second topic / lines */
  single: number;
  singles: number;
  wrong: string[];
}

/** One half ('dev' or 'blind') of two-questions.tsv. */
export function twoQuestionCounts(nlu: Nlu, split: string): TwoQuestionCounts {
  const counts: TwoQuestionCounts = { inOrder: 0, both: 0, pairs: 0, single: 0, singles: 0, wrong: [] };
  for (const [text = '', label = '', half] of readTsv(FILE)) {
    if (half?.trim() !== split) continue;
    const want = label.split(',');
    const result = nlu.parse(text, { now: new Date('2026-11-27T10:00:00Z') });
    const got = result.asked?.map((topic) => topic.id) ?? [result.intents[0]?.id ?? 'unknown'];
    if (want.length === 2) {
      counts.pairs++;
      if (got.join(',') === label) counts.inOrder++;
      if (got.length === 2 && want.every((id) => got.includes(id))) counts.both++;
      else counts.wrong.push(`${label} -> ${got.join(',')}: ${text}`);
    } else {
      counts.singles++;
      if (!result.asked) counts.single++;
      else counts.wrong.push(`${label} -> ${got.join(',')}: ${text}`);
    }
  }
  return counts;
}

/** Messages of the one-topic held-out files that get a second topic. */
export function extraSecondTopics(nlu: Nlu): { extra: number; lines: number } {
  let lines = 0;
  let extra = 0;
  for (const file of HELD_OUT_FILES.filter((f) => f !== FILE)) {
    for (const [text = ''] of readTsv(file)) {
      lines++;
      if (nlu.parse(text).asked) extra++;
    }
  }
  return { extra, lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, seeds: { type: 'string', default: '1' } } });
  const { content } = await loadBenchContent('.');
  const seeds = (values.seeds ?? '1').split(',').map(Number);
  const mean = (list: number[]): string => (list.reduce((a, b) => a + b, 0) / list.length).toFixed(1);
  const runs = seeds.map((seed) => trainNlu(content, { seed }));
  for (const split of ['dev', 'blind']) {
    const all = runs.map((nlu) => twoQuestionCounts(nlu, split));
    const first = all[0] as TwoQuestionCounts;
    console.log(
      `${FILE} ${split} half: two topics found ${mean(all.map((c) => c.both))}/${first.pairs} (in the order asked ${mean(all.map((c) => c.inOrder))}); ` +
        `follow-ups left as one topic ${mean(all.map((c) => c.single))}/${first.singles}`,
    );
    if (values.verbose && split === 'dev') for (const line of first.wrong) console.log(`  ${line}`);
  }
  const extra = runs.map(extraSecondTopics);
  console.log(`one-topic held-out files (${HELD_OUT_FILES.length - 1}): a second topic on ${mean(extra.map((e) => e.extra))} of ${extra[0]?.lines} messages`);
}
