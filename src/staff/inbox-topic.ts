/**
 * The topic an inbox question is taken over into, as the clerk typed it (tester-i A12): clerks know topics by
 * their titles, which the suggestion list shows, not by their ids. The id, the German or English title (any case,
 * exactly) and "Titel (kennung)" all name the topic; anything else gets the closest topics as "Meinten Sie …?".
 */
import type { IntentDefinition } from '../content/schema.js';

type Topic = Pick<IntentDefinition, 'id' | 'title' | 'synonyms'>;

export type TopicMatch<T extends Topic> = { intent: T } | { intent: null; suggestions: T[] };

const fold = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[„“”"'‚‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Edits (insert, delete, replace, swap of neighbours) between two short strings. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** How far the typed text is from a topic (lower is closer), or null when it is not close at all. */
function closeness(typed: string, topic: Topic): number | null {
  const names = [topic.id, topic.id.replace(/_/g, ' '), fold(topic.title.de), fold(topic.title.en)];
  const words = Object.entries(topic.synonyms).flatMap(([word, variants]) => [word, ...variants].map(fold));
  let best: number | null = null;
  const consider = (score: number) => (best = best === null ? score : Math.min(best, score));
  for (const name of names) {
    const distance = editDistance(typed, name);
    // A typo of the id or the title: about one edit in four letters.
    if (distance <= Math.max(2, Math.floor(typed.length / 4))) consider(distance / Math.max(1, typed.length));
    // Part of a title ("Bürgerbüro" for "Bürgerbüro: Adresse, …"), or the title in a longer text.
    if (typed.length >= 4 && (name.includes(typed) || typed.includes(name))) consider(0.5);
  }
  // A word citizens use for the topic ("perso"): a hint, never a match on its own.
  if (typed.length >= 4 && words.some((word) => word === typed || editDistance(word, typed) <= 1)) consider(0.6);
  return best;
}

export function findTopic<T extends Topic>(input: string, topics: readonly T[]): TopicMatch<T> {
  const typed = fold(input);
  // "Titel (kennung)", as a list shows both.
  const inBrackets = /\(([a-z0-9_]+)\)\s*$/.exec(typed)?.[1];
  const exact = topics.find((topic) => topic.id === typed || topic.id === inBrackets || fold(topic.title.de) === typed || fold(topic.title.en) === typed);
  if (exact) return { intent: exact };
  const scored = topics
    .map((topic) => ({ topic, score: typed ? closeness(typed, topic) : null }))
    .filter((entry): entry is { topic: T; score: number } => entry.score !== null)
    .sort((a, b) => a.score - b.score || a.topic.id.localeCompare(b.topic.id));
  return { intent: null, suggestions: scored.slice(0, 3).map((entry) => entry.topic) };
}

/** "Das Anliegen „…“ gibt es nicht. Meinten Sie …?" */
export function topicNotFound(input: string, suggestions: readonly Topic[]): string {
  const named = `Das Anliegen „${input}“ gibt es nicht.`;
  if (suggestions.length === 0) return `${named} Wählen Sie eines aus der Liste (Titel oder Kennung) oder legen Sie ein neues an.`;
  return `${named} Meinten Sie ${suggestions.map((topic) => `„${topic.title.de}“ (${topic.id})`).join(' oder ')}?`;
}
