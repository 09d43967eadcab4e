/**
 * Groups unrecognised citizen questions by similarity: the NLU's normalization and folding, stop words
 * dropped, then greedy clustering on token Jaccard similarity. Texts arrive already PII-redacted. Anonymous
 * citizens fill the inbox, so the work is bounded and done in slices that let citizens' turns run (tester-n 2).
 */
import { foldToken, normalizeText } from '../nlu/index.js';
import { sha256Hex } from './crypto.js';
import { letOthersRun } from './let-others-run.js';

export interface InboxMessage {
  text: string;
  reason: 'unknown' | 'low_confidence' | 'thumbs_down';
  intent: string | null;
  confidence: number | null;
  at: string;
  /** The topic the citizen pressed right after (a "did you mean" button), or null. */
  chosen: string | null;
}

export interface InboxGroup {
  /** Stable key of the group's representative text (what a decision is stored under). */
  key: string;
  text: string;
  count: number;
  variants: Array<{ text: string; key: string; count: number }>;
  reasons: Record<string, number>;
  /** The intent the NLU guessed most often, if any. */
  guess: string | null;
  /** The topic citizens pressed most often right after this question, and how often (a stronger hint than the guess). */
  chosen: { intent: string; count: number } | null;
  lastAt: string;
}

const STOP = new Set(
  'ich du er sie es wir ihr man der die das den dem des ein eine einen einem einer und oder aber wie was wo wann wer warum kann koennen konnen muss mussen bitte mit fur von zu zum zur im in am an auf ist sind bin hab habe haben mein meine mir mich the a an and or is are i my to for of in on how what where can do does please'.split(' '),
);

/** The text as a decision key: normalized, folded, punctuation and extra spaces removed. */
export function textKey(text: string): string {
  return tokens(text).join(' ') || normalizeText(text).trim();
}

/**
 * What a decision is stored under: the SHA-256 of the text key, never the text. A decision outlives the
 * conversation (an ignored question stays ignored), so it must not keep the citizen's words (GDPR Art. 17).
 */
export async function decisionKey(key: string): Promise<string> {
  return isDecisionKey(key) ? key : sha256Hex(`inbox:${key}`);
}

export function isDecisionKey(key: string): boolean {
  return /^[0-9a-f]{64}$/.test(key);
}

export function tokens(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(foldToken);
}

/**
 * Similarity looks at the start of a question only: citizens' questions are short, and a long text names its
 * topic early. Tokenizing all 1,000 characters of thousands of junk texts held the server up (tester-n 2).
 */
export const SIMILARITY_CHARS = 200;
/**
 * The most comparisons (a question's word found in a group's lead question) one grouping may make. Real
 * questions share few words and need far fewer (docs/benchmarks.md); junk of thousands of random texts hits
 * it, and the questions left then stay on their own (most frequent first, so those are grouped).
 */
export const MAX_COMPARISONS = 1_000_000;
/** Work in one piece before grouping lets citizens' turns run (the server has one event loop). */
export const SLICE_MS = 40;

function contentTokens(text: string): Set<string> {
  const all = tokens(text.slice(0, SIMILARITY_CHARS));
  const content = all.filter((token) => !STOP.has(token));
  return new Set(content.length > 0 ? content : all);
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}

function mostFrequent(counts: Map<string, number>): [string, number] | undefined {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
}

/**
 * A check to call inside long loops: after `sliceMs` of work it waits for `pause` (a timer, so waiting
 * requests run), and otherwise costs one clock read. Date.now exists everywhere; on Workers it stands still
 * between I/O, so there the work runs in one piece as before (bounded all the same).
 */
export function slicer(pause: () => Promise<void> = letOthersRun, sliceMs = SLICE_MS): () => Promise<void> | undefined {
  let started = Date.now();
  return () => {
    if (Date.now() - started < sliceMs) return undefined;
    return pause().then(() => {
      started = Date.now();
    });
  };
}

export interface GroupingOptions {
  threshold?: number;
  maxComparisons?: number;
  /** Called between slices of work (default: a short timer). */
  pause?: () => Promise<void>;
  sliceMs?: number;
  /** The text key of a text, when the caller has computed them already. */
  keyOf?: (text: string) => string;
}

export interface Grouping {
  groups: InboxGroup[];
  /** Comparisons made (bounded by maxComparisons). */
  comparisons: number;
  /** Distinct questions left on their own because the comparisons ran out. */
  ungrouped: number;
}

interface Entry {
  text: string;
  key: string;
  count: number;
  tokens: Set<string>;
  messages: InboxMessage[];
}

/**
 * Identical questions first (by key), then, most frequent first, each joins the first group whose lead
 * question it resembles (token Jaccard >= threshold), else leads a new group. An index from each word to the
 * groups whose lead has it finds the shared words without comparing every pair: the result is the same as
 * comparing with every lead, and the work is bounded by maxComparisons.
 */
export async function groupMessages(messages: InboxMessage[], options: GroupingOptions = {}): Promise<Grouping> {
  const { threshold = 0.5, maxComparisons = MAX_COMPARISONS, keyOf = textKey } = options;
  const tick = slicer(options.pause, options.sliceMs);
  const byKey = new Map<string, Entry>();
  const keys = new Map<string, string>();
  for (const message of messages) {
    let key = keys.get(message.text);
    if (key === undefined) {
      key = keyOf(message.text);
      keys.set(message.text, key);
    }
    let entry = byKey.get(key);
    if (!entry) {
      entry = { text: message.text, key, count: 0, tokens: contentTokens(message.text), messages: [] };
      byKey.set(key, entry);
    }
    entry.count++;
    entry.messages.push(message);
    await tick();
  }
  const entries = [...byKey.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const clusters: Array<{ head: Entry; members: Entry[] }> = [];
  const leadsWith = new Map<string, number[]>();
  let emptyLead: number | undefined;
  let comparisons = 0;
  let ungrouped = 0;
  for (const entry of entries) {
    let found: number | undefined;
    if (comparisons >= maxComparisons) ungrouped++;
    else if (threshold <= 0) found = clusters.length > 0 ? 0 : undefined;
    // Two texts without words are alike (Jaccard of two empty sets is 1).
    else if (entry.tokens.size === 0) found = threshold <= 1 ? emptyLead : undefined;
    else {
      const shared = new Map<number, number>();
      for (const token of entry.tokens) {
        const leads = leadsWith.get(token);
        if (!leads) continue;
        comparisons += leads.length;
        for (const index of leads) shared.set(index, (shared.get(index) ?? 0) + 1);
      }
      for (const [index, n] of shared) {
        const similarity = n / (entry.tokens.size + (clusters[index]?.head.tokens.size ?? 0) - n);
        if (similarity >= threshold && (found === undefined || index < found)) found = index;
      }
    }
    const cluster = found === undefined ? undefined : clusters[found];
    if (cluster) cluster.members.push(entry);
    else {
      const index = clusters.push({ head: entry, members: [entry] }) - 1;
      // Past the limit a question stays on its own and is not compared with, so it needs no index entry.
      if (comparisons < maxComparisons) {
        if (entry.tokens.size === 0) emptyLead ??= index;
        for (const token of entry.tokens) {
          const leads = leadsWith.get(token);
          if (leads) leads.push(index);
          else leadsWith.set(token, [index]);
        }
      }
    }
    await tick();
  }
  const groups: InboxGroup[] = [];
  for (const { head, members } of clusters) {
    groups.push(summarize(head, members));
    await tick();
  }
  return { groups: groups.sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt)), comparisons, ungrouped };
}

function summarize(head: Entry, members: Entry[]): InboxGroup {
  const all = members.flatMap((m) => m.messages);
  const reasons: Record<string, number> = {};
  const guesses = new Map<string, number>();
  const choices = new Map<string, number>();
  let lastAt = '';
  for (const m of all) {
    reasons[m.reason] = (reasons[m.reason] ?? 0) + 1;
    if (m.intent && m.intent !== 'unknown') guesses.set(m.intent, (guesses.get(m.intent) ?? 0) + 1);
    if (m.chosen) choices.set(m.chosen, (choices.get(m.chosen) ?? 0) + 1);
    if (m.at > lastAt) lastAt = m.at;
  }
  const choice = mostFrequent(choices);
  return {
    key: head.key,
    text: head.text,
    count: all.length,
    variants: members.map((m) => ({ text: m.text, key: m.key, count: m.count })),
    reasons,
    guess: mostFrequent(guesses)?.[0] ?? null,
    chosen: choice ? { intent: choice[0], count: choice[1] } : null,
    lastAt,
  };
}
