/**
 * The editorial rules of `npm run content:check` applied to the staff draft, so the editor and the publish step
 * refuse what the check refuses. The verdicts come from buildContentReport itself (src/content/content-report.ts);
 * this module only says them in German and names the field, so no rule exists twice (test/staff/editorial-check
 * fails when the report gains a message this module cannot translate).
 *
 * Two checks are the workspace's own, because a web form lets through what a YAML review would catch: a
 * placeholder that stays unresolved ("{{profile.adresse" without its braces, or a key the profile lacks), and an
 * answer far beyond the guide's "about 80 words" (a pasted web page).
 */
import { buildContentReport } from '../content/content-report.js';
import { factLinesFrom, type FactLines } from '../content/fact-topics.js';
import { findPlaceholders, resolveDeep } from '../content/placeholders.js';
import { TOPICS_MARKER, type IntentDefinition, type ProfileDefinition } from '../content/schema.js';
import { adviceFindings, KIND, languageFindings } from './editorial-advice.js';

/** About twice the longest answer of the Düren content (693 characters): room to write, no room to paste a page. */
export const MAX_ANSWER_CHARS = 1200;

export interface Finding {
  intent: string;
  /** Where in the intent: "answer.plain", "examples.de", "links.0.url" ... */
  path: string;
  /** Errors stop saving and publishing; warnings (readability) are advice. */
  severity: 'error' | 'warning';
  message: string;
  /** A warning on a typed fact or the language (editorial-advice.ts), listed per topic on the publish page. */
  advice?: boolean;
}

export interface DraftCheck {
  findings: Finding[];
  /** False when the server has no facts file (docs/facts.md): numbers were not checked. */
  factsChecked: boolean;
}

const LANGUAGE: Record<string, string> = { de: 'deutsche', en: 'englische' };
const NOTE = '(?:answer|other_language|did_you_mean)';
const ANSWER_TEXT = new RegExp(`^${NOTE}\\.`);
const number = (text: string | undefined) => Math.round(Number(text)).toLocaleString('de-DE');

type Translated = Omit<Finding, 'intent'> & { facts?: boolean };
type Rule = [RegExp, (m: string[], intent: IntentDefinition) => Translated];

/** One entry per failure message of content-report.ts: its pattern and what the editor says instead. */
const RULES: Rule[] = [
  [
    new RegExp(`^(${NOTE}\\.\\w+): (phone|extension|postcode|euro|time|email|web|street) "([\\s\\S]*)" is neither in the facts file nor in facts:$`),
    ([, path = '', kind = '', text]) => ({
      path,
      severity: 'error',
      facts: true,
      message: `${KIND[kind] ?? kind} „${text}“ steht nicht in den geprüften Fakten (docs/facts.md). Erfinden Sie keine Nummern, Gebühren, Zeiten oder Adressen: Verweisen Sie auf {{profile.website}} oder {{profile.phone_central}}.`,
    }),
  ],
  [
    new RegExp(`^(${NOTE}\\.plain): Amstad (-?[\\d.]+) < (\\d+)$`),
    ([, path = '', score, limit]) => ({ path, severity: 'warning', message: `Hinweis: Lesbarkeit ${number(score)}. Für Einfache Sprache ist das Ziel ${number(limit)} oder mehr: kürzere Sätze, kürzere Wörter.` }),
  ],
  [
    new RegExp(`^(${NOTE}\\.de): Amstad (-?[\\d.]+) < (\\d+)$`),
    ([, path = '', score, limit]) => ({ path, severity: 'warning', message: `Hinweis: Lesbarkeit ${number(score)}, schwer verständlich. Ziel: ${number(limit)} oder mehr.` }),
  ],
  [
    new RegExp(`^(${NOTE}\\.plain): sentence of (\\d+) words > (\\d+): "([\\s\\S]*)"$`),
    ([, path = '', words, max, sentence]) => ({ path, severity: 'error', message: `Ein Satz hat ${words} Wörter, in Einfacher Sprache höchstens ${max}: „${sentence}“` }),
  ],
  [
    /^examples\.(de|en): (\d+) < (\d+)$/,
    ([, language = 'de', count, min]) => ({ path: `examples.${language}`, severity: 'error', message: `Mindestens ${min} ${LANGUAGE[language]} Beispielfragen nötig, bisher ${count}.` }),
  ],
  [
    /^examples: (\d+) out-of-scope examples \(de \+ en\) < (\d+)$/,
    ([, count, min]) => ({ path: 'examples.de', severity: 'error', message: `Mindestens ${min} Beispiele (Deutsch und Englisch zusammen) nötig, bisher ${count}.` }),
  ],
  [/^examples\.(de|en): "([\s\S]*)" is listed twice$/, ([, language = 'de', example]) => ({ path: `examples.${language}`, severity: 'error', message: `„${example}“ steht zweimal in der Liste.` })],
  [
    /^examples: "([\s\S]*)" is also an example of "([\s\S]*)"$/,
    ([, example = '', owner], intent) => ({
      path: intent.examples.de.includes(example) ? 'examples.de' : 'examples.en',
      severity: 'error',
      message: `„${example}“ ist schon Beispielfrage beim Anliegen ${owner}. Eine Frage gehört zu genau einem Anliegen.`,
    }),
  ],
];

export function translateFailure(failure: string, intent: IntentDefinition): Translated {
  for (const [pattern, translate] of RULES) {
    const match = pattern.exec(failure);
    if (match) return translate([...match].map((part) => part ?? ''), intent);
  }
  // A rule added to content-report.ts after this table: still enforced, in its own words.
  return { path: /^([\w.]+):/.exec(failure)?.[1] ?? '', severity: 'error', message: `Inhaltsprüfung: ${failure}` };
}

/** Every string of a JSON-like value with its path ("answer.de", "links.0.url"). */
function strings(value: unknown, path: string[] = []): Array<[string, string]> {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, String(index)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  return [];
}

/**
 * "{profile.buergerbuero_phone}" with single braces is a typo no resolver touches: citizens would read it as it
 * is. Apart from the {topics} marker, texts have no other use for braces.
 */
function singleBraceProblem(text: string): string | null {
  const at = text.search(/[{}]/);
  if (at < 0) return null;
  const placeholder = /\{\s*[Pp]rofil\w*\.([a-z][a-z0-9_]*)\s*\}?/.exec(text);
  if (placeholder) return `Platzhalter mit nur einer geschweiften Klammer: „${placeholder[0]}“. Schreiben Sie ihn so: {{profile.${placeholder[1] ?? ''}}}, mit zwei Klammern auf beiden Seiten.`;
  return `Geschweifte Klammer bei „${text.slice(Math.max(0, at - 10), at + 30)}“: Im Text sind nur Platzhalter wie {{profile.website}} erlaubt, mit zwei Klammern auf beiden Seiten.`;
}

/**
 * "(profile.buergerbuero_phone)" or "profile.website" without braces: a key of the profile written as text,
 * which citizens would read as it is (re-test N4). Only the profile's own keys count, so "profile.html" in a
 * link is no finding.
 */
function strayKeyProblem(text: string, profile: ProfileDefinition): string | null {
  for (const match of text.matchAll(/(?<![\w/.])profil\w*\.([a-z][a-z0-9_]*)/gi)) {
    const key = match[1] ?? '';
    if (key in profile.values) return `Platzhalter ohne geschweifte Klammern: „${match[0]}“. Schreiben Sie ihn so: {{profile.${key}}}, mit zwei Klammern auf beiden Seiten.`;
  }
  return null;
}

/** After resolution no "{{" is left: one that is, is a key the profile lacks or a placeholder written wrong. */
function ownChecks(resolved: IntentDefinition, profile: ProfileDefinition): Finding[] {
  const findings: Finding[] = [];
  for (const [path, text] of strings(resolved)) {
    const at = text.search(/\{\{|\}\}/);
    if (at >= 0) {
      const unknown = findPlaceholders(text);
      const message = unknown.length
        ? `Den Platzhalter ${unknown.map((key) => `{{profile.${key}}}`).join(', ')} gibt es im Stadtprofil (${profile.id}) nicht. Prüfen Sie die Schreibweise.`
        : `Unvollständiger Platzhalter bei „${text.slice(at, at + 40)}“. Schreiben Sie ihn so: {{profile.schluessel}}, mit zwei geschweiften Klammern auf beiden Seiten.`;
      findings.push({ intent: resolved.id, path, severity: 'error', message });
    } else {
      const single = singleBraceProblem(text.split(TOPICS_MARKER).join('')) ?? strayKeyProblem(text, profile);
      if (single) findings.push({ intent: resolved.id, path, severity: 'error', message: single });
    }
    if (ANSWER_TEXT.test(path) && text.length > MAX_ANSWER_CHARS) {
      findings.push({
        intent: resolved.id,
        path,
        severity: 'error',
        message: `Der Text hat ${text.length.toLocaleString('de-DE')} Zeichen, höchstens ${MAX_ANSWER_CHARS.toLocaleString('de-DE')} sind erlaubt (Richtwert: etwa 80 Wörter). Einzelheiten gehören hinter einen Link.`,
      });
    }
  }
  return findings;
}

let factLinesCache: { text: string; lines: FactLines } | null = null;
function factLines(facts: string): FactLines {
  if (factLinesCache?.text !== facts) factLinesCache = { text: facts, lines: factLinesFrom(facts) };
  return factLinesCache.lines;
}

/**
 * Checks draft intents (placeholders unresolved, as staff edit them). `focus`: check only this intent (the
 * editor); it goes last, because the report names a shared example at the later of the two intents.
 * `adviseOn`: without a focus, the intents that get fact advice (all when absent).
 */
export function checkDraft(intents: IntentDefinition[], profile: ProfileDefinition, facts: string | undefined, focus?: string, adviseOn?: ReadonlySet<string>): DraftCheck {
  // Beside the focus, other intents count only by their examples (a shared one): checking their answers as well
  // would cost the editor 80 ms on every page, with the server's chat turns waiting.
  const others = focus ? intents.filter((intent) => intent.id !== focus).map(({ answer: _a, other_language: _o, did_you_mean: _d, ...rest }) => rest) : intents;
  const ordered = [...others, ...intents.filter((intent) => intent.id === focus)].map((intent) => resolveDeep(intent, profile));
  const checked = ordered.filter((intent) => !focus || intent.id === focus);
  // The profile makes its own e-mail, web and street addresses known; its checks of itself are content:check's.
  const report = buildContentReport({ intents: ordered, profile, factsText: facts ?? '' });
  const byId = new Map(checked.map((intent) => [intent.id, intent]));
  const findings: Finding[] = [];
  for (const intentReport of report.intents) {
    const intent = byId.get(intentReport.id);
    if (!intent) continue;
    for (const failure of intentReport.failures) {
      const { facts: isFact, ...finding } = translateFailure(failure, intent);
      // Without the facts file every number would count as invented: skip them and say so instead.
      if (isFact && facts === undefined) continue;
      findings.push({ intent: intent.id, ...finding });
    }
  }
  for (const intent of checked) findings.push(...ownChecks(intent, profile));
  // As typed (placeholders unresolved): the editor's own words, for the focus intent or, to publish, all of them.
  const typed = intents.filter((intent) => !focus || intent.id === focus);
  for (const intent of typed) findings.push(...languageFindings(intent));
  // Fact advice compares every typed number with every profile value (about 12 ms an intent): for the whole draft
  // only on `adviseOn`, the intents the publish would change.
  const advised = typed.filter((intent) => focus || !adviseOn || adviseOn.has(intent.id));
  if (facts !== undefined) for (const intent of advised) findings.push(...adviceFindings(intent, intents, profile, factLines(facts)));
  return { findings, factsChecked: facts !== undefined };
}

export const errorsOf = (check: DraftCheck) => check.findings.filter((finding) => finding.severity === 'error');
