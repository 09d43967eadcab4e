/**
 * The editorial checks behind `npm run content:check`: example counts, plain-language limits, readability and the
 * facts check. Runtime-agnostic, so the staff editor can show the same verdicts in the browser.
 */
import { knownFactsFrom, uncheckedFacts, type FoundFact, type KnownFacts } from './facts-check.js';
import { analyseReadability, splitSentences, words } from './readability.js';
import type { IntentDefinition, ProfileDefinition } from './schema.js';

export const LIMITS = {
  minIntents: 59,
  minExamplesDe: 20,
  minExamplesEn: 8,
  /** The fallback intent lists out-of-scope messages (German and English together) instead. */
  minUnknownExamples: 30,
  maxPlainSentenceWords: 15,
  minAmstadPlain: 60,
  minAmstadDe: 40,
} as const;

export interface IntentReport {
  id: string;
  examplesDe: number;
  examplesEn: number;
  amstadPlain?: number;
  amstadDe?: number;
  failures: string[];
}

export interface ContentReport {
  intents: IntentReport[];
  failures: string[];
  unverified: { intents: number; profileKeys: number };
}

/** Lower case, no punctuation, single spaces: how two example lines are compared. */
export function normalizeExample(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function describeFact(fact: FoundFact): string {
  return `${fact.kind} "${fact.text}"`;
}

function checkAnswer(intent: IntentDefinition, known: KnownFacts, report: IntentReport): void {
  if (intent.answer) checkAnswerFields(intent, intent.answer, 'answer', known, report);
  if (intent.other_language) checkAnswerFields(intent, intent.other_language, 'other_language', known, report);
  if (intent.did_you_mean) checkAnswerFields(intent, intent.did_you_mean, 'did_you_mean', known, report);
}

function checkAnswerFields(intent: IntentDefinition, answer: NonNullable<IntentDefinition['answer']>, name: string, known: KnownFacts, report: IntentReport): void {
  const plain = analyseReadability(answer.plain);
  const de = analyseReadability(answer.de);
  if (name === 'answer') {
    report.amstadPlain = plain.amstad;
    report.amstadDe = de.amstad;
  }
  if (plain.amstad < LIMITS.minAmstadPlain) {
    report.failures.push(`${name}.plain: Amstad ${plain.amstad.toFixed(1)} < ${LIMITS.minAmstadPlain}`);
  }
  for (const sentence of splitSentences(answer.plain)) {
    const count = words(sentence).length;
    if (count > LIMITS.maxPlainSentenceWords) {
      report.failures.push(`${name}.plain: sentence of ${count} words > ${LIMITS.maxPlainSentenceWords}: "${sentence}"`);
    }
  }
  if (de.amstad < LIMITS.minAmstadDe) report.failures.push(`${name}.de: Amstad ${de.amstad.toFixed(1)} < ${LIMITS.minAmstadDe}`);
  for (const [field, text] of Object.entries(answer)) {
    if (typeof text !== 'string') continue;
    // The intent's links are its own verified addresses, like its facts: list.
    for (const fact of uncheckedFacts(text, known, [...intent.facts, ...intent.links.map((link) => ({ value: link.url }))])) {
      report.failures.push(`${name}.${field}: ${describeFact(fact)} is neither in the facts file nor in facts:`);
    }
  }
}

function checkExamples(intent: IntentDefinition, report: IntentReport): void {
  if (intent.id === 'unknown') {
    const total = report.examplesDe + report.examplesEn;
    if (total < LIMITS.minUnknownExamples) {
      report.failures.push(`examples: ${total} out-of-scope examples (de + en) < ${LIMITS.minUnknownExamples}`);
    }
    return;
  }
  if (report.examplesDe < LIMITS.minExamplesDe) report.failures.push(`examples.de: ${report.examplesDe} < ${LIMITS.minExamplesDe}`);
  if (report.examplesEn < LIMITS.minExamplesEn) report.failures.push(`examples.en: ${report.examplesEn} < ${LIMITS.minExamplesEn}`);
}

export interface ContentReportInput {
  /** Intents with profile placeholders already resolved. */
  intents: IntentDefinition[];
  profile: ProfileDefinition | undefined;
  factsText: string;
  /**
   * Held-out test messages (the public smoke test test/contract/examples.tsv and the NLU's held-out sets in
   * test/nlu/data/), by file: examples must not copy them, or the measurements would test on training data.
   */
  heldOut?: { file: string; lines: string[] }[];
}

export function buildContentReport(input: ContentReportInput): ContentReport {
  // The profile's e-mail, web and street addresses count as known: answers carry them through placeholders.
  const known = knownFactsFrom(input.factsText, Object.values(input.profile?.values ?? {}).join('\n'));
  const heldOut = new Map<string, string>();
  for (const { file, lines } of input.heldOut ?? []) {
    for (const line of lines) {
      const key = normalizeExample(line);
      if (key && !heldOut.has(key)) heldOut.set(key, file);
    }
  }
  const exampleOwner = new Map<string, string>();
  const reports: IntentReport[] = [];
  for (const intent of input.intents) {
    const report: IntentReport = { id: intent.id, examplesDe: intent.examples.de.length, examplesEn: intent.examples.en.length, failures: [] };
    checkExamples(intent, report);
    for (const language of ['de', 'en'] as const) {
      const seen = new Set<string>();
      for (const example of intent.examples[language]) {
        const key = normalizeExample(example);
        // Twice in one language counts double in training and lands on both sides of a cross-validation
        // split. A loan word in both lists ("Cancel", "cancel") is fine: it stays out of language detection.
        if (seen.has(key)) report.failures.push(`examples.${language}: "${example}" is listed twice`);
        seen.add(key);
        const heldOutFile = heldOut.get(key);
        if (heldOutFile) report.failures.push(`examples: "${example}" copies a held-out line of ${heldOutFile}`);
        const owner = exampleOwner.get(key);
        if (owner && owner !== intent.id) report.failures.push(`examples: "${example}" is also an example of "${owner}"`);
        else exampleOwner.set(key, intent.id);
      }
    }
    checkAnswer(intent, known, report);
    reports.push(report);
  }
  const failures: string[] = [];
  if (reports.length < LIMITS.minIntents) failures.push(`${reports.length} intents < ${LIMITS.minIntents} required`);
  for (const key of input.profile?.confirm ?? []) {
    if (profileEntry(input.profile, key) === undefined) failures.push(`profile: confirm lists "${key}", which is neither a value nor a section`);
  }
  return {
    intents: reports,
    failures,
    unverified: {
      intents: input.intents.filter((intent) => isConfirmNeeded(intent.confirm)).length,
      profileKeys: input.profile?.confirm.length ?? 0,
    },
  };
}

export function isConfirmNeeded(confirm: IntentDefinition['confirm']): boolean {
  return Array.isArray(confirm) ? confirm.length > 0 : confirm;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A confirm key names a placeholder value or a whole profile section (e.g. the appointment hours). */
function profileEntry(profile: ProfileDefinition | undefined, key: string): unknown {
  if (!profile) return undefined;
  if (key in profile.values) return profile.values[key];
  if (['id', 'name', 'values', 'confirm'].includes(key)) return undefined;
  return (profile as Record<string, unknown>)[key];
}

/** What staff must confirm before going live: unverified profile values and intents marked `confirm`. */
export function confirmList(intents: IntentDefinition[], profile: ProfileDefinition | undefined): string[] {
  const lines: string[] = [];
  for (const key of profile?.confirm ?? []) {
    const value = profileEntry(profile, key);
    const shown = typeof value === 'object' ? JSON.stringify(value) : String(value ?? '(not set)');
    lines.push(`profile ${key}: ${shown.length > 160 ? `${shown.slice(0, 157)}...` : shown}`);
  }
  for (const intent of intents) {
    if (!isConfirmNeeded(intent.confirm)) continue;
    const items = Array.isArray(intent.confirm) ? intent.confirm : ['the whole answer'];
    for (const item of items) lines.push(`intent ${intent.id}: ${item}`);
  }
  for (const intent of intents) {
    for (const fact of intent.facts) lines.push(`intent ${intent.id}: fact "${fact.value}" (source: ${fact.source})`);
  }
  return lines;
}
