/**
 * The intent editor's form <-> intent definition, validated with the content schema. Errors are mapped to
 * the form fields so the page shows each next to its field. Fields the form does not edit (links,
 * suggestions, facts, LeiKa key) are kept from the current definition.
 */
import type { z } from 'zod';
import { intentSchema, TOPICS_MARKER, type IntentDefinition } from '../content/schema.js';
import { analyseReadability } from '../content/readability.js';
import type { Finding } from './editorial-check.js';
import type { Form } from './http.js';

export type FieldErrors = Record<string, string[]>;

export interface IntentFormValues {
  id: string;
  kind: string;
  title_de: string;
  title_en: string;
  office: string;
  examples_de: string;
  examples_en: string;
  synonyms: string;
  answer_de: string;
  answer_en: string;
  answer_plain: string;
  answer_plain_en: string;
  /** The unknown intent's note to messages in other languages (other_language); empty elsewhere. */
  other_de: string;
  other_en: string;
  other_plain: string;
  other_plain_en: string;
  /** The unknown intent's reply when it offers likely topics (did_you_mean, with {topics}); empty elsewhere. */
  dym_de: string;
  dym_en: string;
  dym_plain: string;
  dym_plain_en: string;
  confirm: boolean;
  confirm_items: string;
}

/** The three answer-shaped texts of an intent, each edited as four fields: answer_de, answer_en, answer_plain, answer_plain_en. */
type NotePrefix = 'answer' | 'other' | 'dym';
type NoteValues<P extends NotePrefix> = Record<`${P}_de` | `${P}_en` | `${P}_plain` | `${P}_plain_en`, string>;
type Note = IntentDefinition['answer'];

function noteValues<P extends NotePrefix>(prefix: P, note: Note): NoteValues<P> {
  return { [`${prefix}_de`]: note?.de ?? '', [`${prefix}_en`]: note?.en ?? '', [`${prefix}_plain`]: note?.plain ?? '', [`${prefix}_plain_en`]: note?.plain_en ?? '' } as NoteValues<P>;
}

function noteFromForm<P extends NotePrefix>(prefix: P, form: Form): NoteValues<P> {
  return { [`${prefix}_de`]: form.get(`${prefix}_de`), [`${prefix}_en`]: form.get(`${prefix}_en`), [`${prefix}_plain`]: form.get(`${prefix}_plain`), [`${prefix}_plain_en`]: form.get(`${prefix}_plain_en`) } as NoteValues<P>;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export function valuesFromIntent(intent: IntentDefinition | null): IntentFormValues {
  return {
    id: intent?.id ?? '',
    kind: intent?.kind ?? 'faq',
    title_de: intent?.title.de ?? '',
    title_en: intent?.title.en ?? '',
    office: intent?.office ?? '',
    examples_de: (intent?.examples.de ?? []).join('\n'),
    examples_en: (intent?.examples.en ?? []).join('\n'),
    synonyms: Object.entries(intent?.synonyms ?? {})
      .map(([canonical, variants]) => `${canonical}: ${variants.join(', ')}`)
      .join('\n'),
    ...noteValues('answer', intent?.answer),
    ...noteValues('other', intent?.other_language),
    ...noteValues('dym', intent?.did_you_mean),
    confirm: Boolean(intent?.confirm),
    confirm_items: Array.isArray(intent?.confirm) ? intent.confirm.join('\n') : '',
  };
}

/**
 * Text pasted from Word or a web page carries characters the widget shows badly: a line separator (U+2028) gives
 * no visible break, tabs leave wide gaps, soft hyphens and zero-width spaces are read out or break the speech
 * text. They are normalised when the form is read, so the stored text is what the editor saw.
 */
export function cleanPasted(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t+/g, ' ')
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '');
}

export function valuesFromForm(raw: Form): IntentFormValues {
  const form: Form = { get: (name) => cleanPasted(raw.get(name)), all: (name) => raw.all(name).map(cleanPasted) };
  return {
    id: form.get('id').trim(),
    kind: form.get('kind') || 'faq',
    title_de: form.get('title_de'),
    title_en: form.get('title_en'),
    office: form.get('office'),
    examples_de: form.get('examples_de'),
    examples_en: form.get('examples_en'),
    synonyms: form.get('synonyms'),
    ...noteFromForm('answer', form),
    ...noteFromForm('other', form),
    ...noteFromForm('dym', form),
    confirm: form.get('confirm') === 'on',
    confirm_items: form.get('confirm_items'),
  };
}

function parseSynonyms(text: string, errors: FieldErrors): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  lines(text).forEach((line, index) => {
    const match = /^([^:]+):(.*)$/.exec(line);
    const variants = (match?.[2] ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    // "personalausweis: perso: ausweis" would store the variant "perso: ausweis", which no citizen writes.
    const problem = !match
      ? 'Schreiben Sie „Begriff: Variante, Variante“.'
      : variants.some((v) => v.includes(':'))
        ? 'Nur ein Doppelpunkt pro Zeile; trennen Sie die Varianten mit Kommas: „Begriff: Variante, Variante“.'
        : variants.length === 0
          ? 'Nach dem Doppelpunkt fehlt mindestens eine Variante.'
          : null;
    if (problem) {
      (errors.synonyms ??= []).push(`Zeile ${index + 1}: ${problem}`);
      return;
    }
    synonyms[(match?.[1] ?? '').trim().toLowerCase()] = variants;
  });
  return synonyms;
}

/** The schema speaks English (content:check prints it for developers); the editor says the same in German. */
const SCHEMA_GERMAN: Record<string, string> = {
  'must not be empty': 'Bitte ausfüllen.',
  'lower-case letters, digits and _ only': 'Nur Kleinbuchstaben (a–z), Ziffern und _, am Anfang ein Buchstabe.',
  'faq and meta intents need an answer (de, en, plain)': 'Bitte eine Antwort auf Deutsch, Englisch und in Einfacher Sprache eintragen.',
  'only the unknown intent answers messages in other languages': 'Nur das Anliegen „unknown“ hat eine Antwort auf andere Sprachen.',
  'only the unknown intent offers topics it was not sure about': 'Nur das Anliegen „unknown“ hat eine Antwort mit Themenvorschlägen.',
  [`needs ${TOPICS_MARKER} exactly once, where the names of the topics go`]: `${TOPICS_MARKER} muss genau einmal vorkommen: Dort stehen die Namen der Themen.`,
};

function germanIssue(issue: z.core.$ZodIssue): string {
  const known = SCHEMA_GERMAN[issue.message];
  if (known) return known;
  // Only a hand-made request reaches these (the form cannot send a wrong type or kind).
  return issue.code === 'too_small' ? 'Bitte ausfüllen.' : 'Diese Angabe ist ungültig.';
}

function fieldOf(path: PropertyKey[]): { field: string; prefix: string } {
  const [a, b, c] = path.map(String);
  if (a === 'title') return { field: `title_${b ?? 'de'}`, prefix: '' };
  if (a === 'examples') return { field: `examples_${b ?? 'de'}`, prefix: c !== undefined ? `Zeile ${Number(c) + 1}: ` : '' };
  if (a === 'answer') return { field: b === 'plain' ? 'answer_plain' : b === 'plain_en' ? 'answer_plain_en' : b === 'en' ? 'answer_en' : 'answer_de', prefix: '' };
  const variant = b === 'plain' || b === 'plain_en' || b === 'en' ? b : 'de';
  if (a === 'other_language') return { field: `other_${variant}`, prefix: '' };
  if (a === 'did_you_mean') return { field: `dym_${variant}`, prefix: '' };
  if (a === 'confirm') return { field: 'confirm_items', prefix: b !== undefined ? `Zeile ${Number(b) + 1}: ` : '' };
  if (a === 'synonyms') return { field: 'synonyms', prefix: b ? `${b}: ` : '' };
  if (a === 'id' || a === 'office' || a === 'kind') return { field: a, prefix: '' };
  return { field: 'general', prefix: path.length ? `${path.map(String).join('.')}: ` : '' };
}

/** An answer-shaped text from its four fields, or undefined when de, en and plain are all empty. */
function noteFromValues(values: IntentFormValues, prefix: NotePrefix): Note {
  const [de, en, plain, plainEn] = (['de', 'en', 'plain', 'plain_en'] as const).map((variant) => values[`${prefix}_${variant}`].trim()) as [string, string, string, string];
  if (!de && !en && !plain) return undefined;
  return { de, en, plain, ...(plainEn ? { plain_en: plainEn } : {}) };
}

/** Builds and validates the intent; `base` supplies the fields the form does not show. */
export function intentFromValues(values: IntentFormValues, base: IntentDefinition | null): { intent: IntentDefinition | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const synonyms = parseSynonyms(values.synonyms, errors);
  const confirmItems = lines(values.confirm_items);
  const raw = {
    ...(base ?? {}),
    id: base?.id ?? values.id,
    kind: base?.kind ?? values.kind,
    title: { de: values.title_de.trim(), en: values.title_en.trim() },
    ...(values.office.trim() ? { office: values.office.trim() } : { office: undefined }),
    examples: { de: lines(values.examples_de), en: lines(values.examples_en) },
    synonyms,
    answer: noteFromValues(values, 'answer'),
    other_language: noteFromValues(values, 'other'),
    did_you_mean: noteFromValues(values, 'dym'),
    confirm: confirmItems.length > 0 ? confirmItems : values.confirm,
  };
  if (raw.office === undefined) delete raw.office;
  if (raw.answer === undefined) delete raw.answer;
  if (raw.other_language === undefined) delete raw.other_language;
  if (raw.did_you_mean === undefined) delete raw.did_you_mean;
  const parsed = intentSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { field, prefix } = fieldOf(issue.path);
      (errors[field] ??= []).push(`${prefix}${germanIssue(issue)}`);
    }
  }
  return { intent: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null, errors };
}

/** Findings of the editorial check by form field; `severity` picks errors or warnings. */
export function fieldMessages(findings: Finding[], severity: Finding['severity']): FieldErrors {
  const messages: FieldErrors = {};
  for (const finding of findings.filter((f) => f.severity === severity)) {
    const { field, prefix } = fieldOf(finding.path ? finding.path.split('.') : []);
    (messages[field] ??= []).push(`${prefix}${finding.message}`);
  }
  return messages;
}

export interface ReadabilitySummary {
  amstad: number;
  label: string;
  summary: string;
}

export function readabilitySummary(text: string): ReadabilitySummary | null {
  if (!text.trim()) return null;
  const r = analyseReadability(text);
  const amstad = Math.round(r.amstad);
  const label = amstad >= 60 ? 'leicht verständlich' : amstad >= 40 ? 'mittelschwer' : 'schwer verständlich';
  const longest = r.longestSentence ? ` · längster Satz ${r.longestSentence.words} Wörter` : '';
  return { amstad, label, summary: `Lesbarkeit (Amstad): ${amstad} – ${label} · ${r.sentences} Sätze, Ø ${r.asl.toFixed(1).replace('.', ',')} Wörter pro Satz${longest}` };
}
