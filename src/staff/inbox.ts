/**
 * Groups unrecognised citizen questions by similarity: the NLU's normalization and folding, stop words
 * dropped, then greedy clustering on token Jaccard similarity. Texts arrive already PII-redacted.
 */
import { foldToken, normalizeText } from '../nlu/index.js';
import { sha256Hex } from './crypto.js';

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

function contentTokens(text: string): Set<string> {
  const all = tokens(text);
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

export function groupMessages(messages: InboxMessage[], threshold = 0.5): InboxGroup[] {
  // Identical questions first (by key), then similar keys join the first group they resemble.
  const byKey = new Map<string, { text: string; key: string; count: number; tokens: Set<string>; messages: InboxMessage[] }>();
  for (const message of messages) {
    const key = textKey(message.text);
    const entry = byKey.get(key) ?? { text: message.text, key, count: 0, tokens: contentTokens(message.text), messages: [] };
    entry.count++;
    entry.messages.push(message);
    byKey.set(key, entry);
  }
  const entries = [...byKey.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const clusters: Array<{ head: (typeof entries)[number]; members: typeof entries }> = [];
  for (const entry of entries) {
    const cluster = clusters.find((c) => jaccard(c.head.tokens, entry.tokens) >= threshold);
    if (cluster) cluster.members.push(entry);
    else clusters.push({ head: entry, members: [entry] });
  }
  return clusters
    .map(({ head, members }) => {
      const all = members.flatMap((m) => m.messages);
      const reasons: Record<string, number> = {};
      const guesses = new Map<string, number>();
      const choices = new Map<string, number>();
      for (const m of all) {
        reasons[m.reason] = (reasons[m.reason] ?? 0) + 1;
        if (m.intent && m.intent !== 'unknown') guesses.set(m.intent, (guesses.get(m.intent) ?? 0) + 1);
        if (m.chosen) choices.set(m.chosen, (choices.get(m.chosen) ?? 0) + 1);
      }
      const guess = mostFrequent(guesses)?.[0] ?? null;
      const choice = mostFrequent(choices);
      return {
        key: head.key,
        text: head.text,
        count: all.length,
        variants: members.map((m) => ({ text: m.text, key: m.key, count: m.count })),
        reasons,
        guess,
        chosen: choice ? { intent: choice[0], count: choice[1] } : null,
        lastAt: all.map((m) => m.at).sort().at(-1) ?? '',
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
}
