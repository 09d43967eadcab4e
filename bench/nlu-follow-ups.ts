/**
 * Follow-ups on the topic just answered (src/core/follow-up.ts): test/nlu/data/follow-ups.tsv holds a first
 * message and the next one in the same chat, written by someone who saw only the catalogue. The first message
 * is read as the turn reads it (its topic is remembered when the NLU finds one), then the next one is read on
 * its own ("before") and as the turn reads it now ("after"). Kinds, by the expected id of the next message:
 * the same topic ("Was kostet das?"), another topic ("Und für mein Kind?", or a new question), out of scope.
 * Dev lines are listed with --verbose when wrong; blind lines are only counted. Messages that are no follow-up
 * are few there, so the held-out files are read as well, each message after a topic answer: a message read
 * right on its own must stay right (dev rows choose, blind and test rows only report).
 * Usage: npx tsx bench/nlu-follow-ups.ts [--verbose] [--seeds 1,2,3]
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { offerableTopics } from '../src/core/did-you-mean.js';
import { followUpReading, lastTopic, rememberTopic } from '../src/core/follow-up.js';
import type { ContentBundle } from '../src/content/model.js';
import type { Nlu } from '../src/core/ports.js';
import type { Locale } from '../src/core/types.js';
import { trainNlu } from '../src/nlu/index.js';
import { HELD_OUT_FILES, isOutOfScopeFile, rowHalf } from '../scripts/held-out-files.js';
import { loadBenchContent } from './nlu-content.js';
import { readTsv } from './nlu-content-bench.js';

const FILE = 'test/nlu/data/follow-ups.tsv';
const NOW = new Date('2026-11-27T10:00:00Z');
const KINDS = ['same topic', 'other topic', 'out of scope'] as const;
type Kind = (typeof KINDS)[number];

export interface FollowUpCounts {
  total: Record<Kind, number>;
  before: Record<Kind, number>;
  after: Record<Kind, number>;
  wrong: string[];
}

const zero = (): Record<Kind, number> => ({ 'same topic': 0, 'other topic': 0, 'out of scope': 0 });

/** One half ('dev' or 'blind') of follow-ups.tsv. */
export function followUpCounts(nlu: Nlu, content: ContentBundle, split: string): FollowUpCounts {
  const counts: FollowUpCounts = { total: zero(), before: zero(), after: zero(), wrong: [] };
  for (const [first = '', firstId = '', next = '', want = '', half] of readTsv(FILE)) {
    if (half?.trim() !== split) continue;
    const kind: Kind = want === 'unknown' ? 'out of scope' : want === firstId ? 'same topic' : 'other topic';
    const firstReading = nlu.parse(first, { now: NOW });
    const state = rememberTopic({}, firstReading.intents[0]?.id, content);
    const alone = nlu.parse(next, { now: NOW });
    const locale: Locale = alone.language;
    const read = followUpReading(nlu, alone, next, lastTopic(state), content, { locale, now: NOW });
    const got = read.intents[0]?.id ?? 'unknown';
    counts.total[kind]++;
    if ((alone.intents[0]?.id ?? 'unknown') === want) counts.before[kind]++;
    if (got === want) counts.after[kind]++;
    else counts.wrong.push(`${kind}: ${want} -> ${got} (first: ${firstReading.intents[0]?.id}): ${first} | ${next}`);
  }
  return counts;
}

/**
 * Held-out messages that ask something of their own (scripts/held-out-files.ts), each read after a topic answer
 * (the topics in turn): of those the NLU reads right alone, how many it still reads right. `half`: the dev rows
 * (and files without halves) or the blind rows. Out-of-scope and near-miss rows must stay unknown.
 */
export function keptAfterTopic(nlu: Nlu, content: ContentBundle, half: 'dev' | 'blind'): { kept: number; total: number; wrong: string[] } {
  const topics = [...offerableTopics(content)].sort();
  const result = { kept: 0, total: 0, wrong: [] as string[] };
  for (const file of HELD_OUT_FILES) {
    const outOfScope = isOutOfScopeFile(file);
    for (const fields of readTsv(file)) {
      const [text = '', label = ''] = fields;
      if ((rowHalf(file, fields) ?? 'dev') !== half) continue;
      const accepted = outOfScope ? ['unknown'] : label.split(/[|,]/);
      const alone = nlu.parse(text, { now: NOW });
      if (!accepted.includes(alone.intents[0]?.id ?? 'unknown')) continue; // the reading's own misses count in nlu-heldout.ts
      const topic = topics[result.total % topics.length] as string;
      result.total++;
      const read = followUpReading(nlu, alone, text, topic, content, { locale: alone.language, now: NOW });
      if (accepted.includes(read.intents[0]?.id ?? 'unknown')) result.kept++;
      else result.wrong.push(`after ${topic}: ${text} -> ${read.intents[0]?.id}`);
    }
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, seeds: { type: 'string', default: '1' } } });
  const { content } = await loadBenchContent('.');
  const seeds = (values.seeds ?? '1').split(',').map(Number);
  const runs = seeds.map((seed) => trainNlu(content, { seed }));
  const mean = (list: number[]): string => (list.reduce((a, b) => a + b, 0) / list.length).toFixed(1);
  for (const split of ['dev', 'blind']) {
    const all = runs.map((nlu) => followUpCounts(nlu, content, split));
    const first = all[0] as FollowUpCounts;
    const cells = KINDS.map((kind) => `${kind} ${mean(all.map((c) => c.before[kind]))} -> ${mean(all.map((c) => c.after[kind]))}/${first.total[kind]}`);
    console.log(`${FILE} ${split} half (before -> after): ${cells.join('; ')}`);
    if (values.verbose && split === 'dev') for (const line of first.wrong) console.log(`  ${line}`);
  }
  for (const half of ['dev', 'blind'] as const) {
    const all = runs.map((nlu) => keptAfterTopic(nlu, content, half));
    console.log(`held-out messages read right alone, ${half} rows, still right after a topic answer: ${mean(all.map((r) => r.kept))}/${mean(all.map((r) => r.total))}`);
    if (values.verbose && half === 'dev') for (const line of all[0]?.wrong ?? []) console.log(`  ${line}`);
  }
}
