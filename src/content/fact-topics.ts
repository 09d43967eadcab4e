/**
 * Advice on numbers that are verified, but for something else: "26 €" is in docs/facts.md as the fee of a
 * temporary passport, so the facts check lets "Der Ausweis kostet 26 €" through. Here each fact of the facts file
 * keeps the line it stands in, and a typed number whose lines never name the intent's topic is worth a warning.
 * Also: a number the city profile holds belongs in the text as its placeholder, so all answers stay the same.
 * Only advice: the topic match is by words and can miss.
 */
import { findFacts, type FactKind, type FoundFact } from './facts-check.js';
import { findPlaceholders } from './placeholders.js';
import type { IntentDefinition, ProfileDefinition } from './schema.js';

/** Kinds whose value can be right for one topic and wrong for another. */
const TOPIC_KINDS: readonly FactKind[] = ['euro', 'time', 'phone'];
/** Words of titles that name no topic. */
const GENERIC = new Set(['valid', 'about', 'where', 'beantragen', 'anmelden', 'abmelden', 'antrag', 'apply', 'application', 'office', 'citizens', 'stadt', 'informationen', 'fragen', 'termin']);

export interface FactLine {
  /** How the facts file names the row: its first cell, or the start of the line. */
  label: string;
  /** The words of the row and its section heading, lower case: where topic words are looked for. */
  context: Set<string>;
}

export type FactLines = Map<string, FactLine[]>;

const key = (kind: FactKind, normalized: string) => `${kind}:${normalized}`;

/** Each fact of the facts file with the rows it stands in. */
export function factLinesFrom(factsText: string): FactLines {
  const lines: FactLines = new Map();
  let section = '';
  let tableHead = '';
  for (const line of factsText.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#')) section = trimmed;
    const isRow = trimmed.startsWith('|');
    if (!isRow && trimmed) tableHead = trimmed;
    if (!trimmed || /^\|[-| ]+\|$/.test(trimmed)) continue;
    const label = isRow ? (trimmed.split('|')[1] ?? '').trim() : trimmed.replace(/^[-*\s]+/, '').slice(0, 60);
    const context = new Set(wordsOf(`${section}\n${isRow ? tableHead : ''}\n${trimmed}`));
    for (const fact of findFacts(trimmed)) {
      const list = lines.get(key(fact.kind, fact.normalized)) ?? [];
      list.push({ label, context });
      lines.set(key(fact.kind, fact.normalized), list);
    }
  }
  return lines;
}

/** Compounds count: "ausweis" names "Personalausweis"; short words must match whole ("perso" is not "persons"). */
function names(context: Set<string>, word: string): boolean {
  if (context.has(word)) return true;
  if (word.length < 6) return false;
  for (const other of context) if (other.length >= 6 && (other.includes(word) || word.includes(other))) return true;
  return false;
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

export function topicWords(intent: Pick<IntentDefinition, 'id' | 'title' | 'synonyms'>): string[] {
  const synonyms = Object.entries(intent.synonyms).flatMap(([word, variants]) => [word, ...variants]);
  const text = `${intent.id.replace(/_/g, ' ')} ${intent.title.de} ${intent.title.en} ${synonyms.join(' ')}`.toLowerCase();
  return [...new Set(wordsOf(text).filter((word) => word.length >= 5 && !GENERIC.has(word)))];
}

export interface FactAdvice {
  fact: FoundFact;
  /** Set when the verified rows of this value name other topics only. */
  otherTopics?: string[];
  /** Set when a profile value holds this fact: the placeholder to use instead. */
  placeholder?: string;
}

/**
 * Advice for one text as the editor typed it (placeholders unresolved, so the values they bring are not
 * counted): facts verified for other topics only, and facts the profile holds as a placeholder value.
 */
export function factAdvice(text: string, intent: Pick<IntentDefinition, 'id' | 'title' | 'facts' | 'synonyms'>, lines: FactLines, profile: ProfileDefinition | undefined): FactAdvice[] {
  const words = topicWords(intent);
  const typed = findPlaceholders(text).reduce((rest, name) => rest.split(`{{profile.${name}}}`).join(' '), text);
  // The intent's own facts: list backs a value with its source (the Briefwahl deadline "18 Uhr" is law).
  const listed = new Set(findFacts(intent.facts.map((fact) => fact.value).join('\n')).map((fact) => key(fact.kind, fact.normalized)));
  const found = findFacts(typed).filter((fact) => TOPIC_KINDS.includes(fact.kind) && !listed.has(key(fact.kind, fact.normalized)));
  const values = Object.entries(profile?.values ?? {}).map(([name, value]) => ({ name, facts: findFacts(String(value)) }));
  const holds = (facts: FoundFact[], fact: FoundFact) => facts.some((f) => f.kind === fact.kind && f.normalized === fact.normalized);
  const advice: FactAdvice[] = [];
  for (const fact of found) {
    const entry: FactAdvice = { fact };
    const rows = lines.get(key(fact.kind, fact.normalized)) ?? [];
    if (rows.length > 0 && !rows.some((row) => words.some((word) => names(row.context, word)))) entry.otherTopics = [...new Set(rows.map((row) => row.label))].slice(0, 3);
    // A phone number is the profile's value; times only when the text repeats several of one value's times
    // (opening hours typed over their placeholder). Amounts are too often the same number for different fees.
    const holder =
      fact.kind === 'phone'
        ? values.find((value) => holds(value.facts, fact))
        : fact.kind === 'time'
          ? values.find((value) => holds(value.facts, fact) && found.filter((other) => other.kind === 'time' && holds(value.facts, other)).length >= 2)
          : undefined;
    if (holder) entry.placeholder = `{{profile.${holder.name}}}`;
    if (entry.otherTopics || entry.placeholder) advice.push(entry);
  }
  return advice;
}
