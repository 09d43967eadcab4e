/**
 * The editorial check's advice on what an editor typed (editorial-check.ts runs it): numbers verified for another
 * topic, times and phone numbers the city profile holds, and a text in the wrong language. Fact advice never
 * stops a save or a publish; it is shown at the field and, per topic, on the publish page (re-test N5), because
 * "Keine Verstöße" alone read as if the typed "26 €" had been confirmed.
 */
import { factAdvice, type FactLines } from '../content/fact-topics.js';
import { findFacts, type FoundFact } from '../content/facts-check.js';
import { findPlaceholders } from '../content/placeholders.js';
import { TOPICS_MARKER, type IntentDefinition, type ProfileDefinition } from '../content/schema.js';
import { functionWords } from '../nlu/language.js';
import { normalizeText, foldToken } from '../nlu/normalize.js';
import { tokenizeWords } from '../nlu/tokenize.js';
import type { Finding } from './editorial-check.js';

export const KIND: Record<string, string> = {
  phone: 'Telefonnummer',
  extension: 'Durchwahl',
  postcode: 'Postleitzahl',
  euro: 'Betrag',
  time: 'Uhrzeit',
  email: 'E-Mail-Adresse',
  web: 'Internetadresse',
  street: 'Adresse',
};

const NOTES = ['answer', 'other_language', 'did_you_mean'] as const;
const VARIANTS = ['de', 'plain', 'en', 'plain_en'] as const;

/** The answer-shaped texts of an intent with their paths ("answer.en") and the language each must be in. */
function noteTexts(intent: IntentDefinition): Array<{ path: string; text: string; language: 'de' | 'en'; variant: (typeof VARIANTS)[number] }> {
  return NOTES.flatMap((note) =>
    VARIANTS.flatMap((variant) => {
      const text = intent[note]?.[variant];
      return text ? [{ path: `${note}.${variant}`, text, variant, language: variant === 'en' || variant === 'plain_en' ? ('en' as const) : ('de' as const) }] : [];
    }),
  );
}

/** The part of a profile value where the fact stands ("1. und 3. Samstag im Monat 8:00–12:00"), not its start. */
function excerpt(value: string, fact: FoundFact, facts: FoundFact[]): string {
  const at = facts.find((f) => f.kind === fact.kind && f.normalized === fact.normalized)?.index ?? 0;
  // Parts end at a comma or a sentence's full stop ("16 Uhr. Mittwoch"), not at "1. und 3. Samstag".
  const ends = [...value.matchAll(/,|(?<=\p{L})\.\s/gu)].map((m) => m.index);
  const start = Math.max(0, ...ends.filter((end) => end < at).map((end) => end + 1));
  const end = Math.min(value.length, ...ends.filter((e) => e >= at));
  const part = value.slice(start, end).replace(/^\s*\.?\s*/, '').trim();
  return part.length > 80 ? `${part.slice(0, 77)}…` : part;
}
const quoteList = (items: string[]) => `„${items.join('“, „')}“`;

/**
 * Where a typed time or phone number stands in the profile: each value that holds it, with the topics whose
 * answers use that value's placeholder. A time counts only for values holding two of the text's times (opening
 * hours typed over their placeholder), as in fact-topics.ts. Values of the other language are left out.
 */
function holders(fact: FoundFact, typed: FoundFact[], variant: (typeof VARIANTS)[number], profile: ProfileDefinition, intents: IntentDefinition[]): string[] {
  const holds = (facts: FoundFact[], f: FoundFact) => facts.some((x) => x.kind === f.kind && x.normalized === f.normalized);
  const wanted = variant === 'plain' ? 'plain' : variant === 'de' ? 'de' : 'en';
  const found = Object.entries(profile.values)
    .map(([name, value]) => ({ name, value: String(value), facts: findFacts(String(value)) }))
    .filter((v) => holds(v.facts, fact) && (fact.kind !== 'time' || typed.filter((t) => t.kind === 'time' && holds(v.facts, t)).length >= 2));
  // buergerbuero_hours_de for answer.de, …_plain for Einfache Sprache, …_en for English; values without a suffix fit all.
  const ofLanguage = found.filter((v) => (/_(de|en|plain)$/.exec(v.name)?.[1] ?? wanted) === wanted);
  return (ofLanguage.length > 0 ? ofLanguage : found).slice(0, 3).map((v) => {
    const users = intents.filter((intent) => noteTexts(intent).some(({ text }) => text.includes(`{{profile.${v.name}}}`))).map((intent) => intent.title.de);
    const usedBy = users.length > 0 ? `, verwendet bei ${quoteList(users.slice(0, 3))}${users.length > 3 ? ` und ${users.length - 3} weiteren` : ''}` : '';
    return `{{profile.${v.name}}} („${excerpt(v.value, fact, v.facts)}“${usedBy})`;
  });
}

/**
 * Warnings on numbers typed into an intent's answers: verified for another topic only, or held by the profile.
 * `intents`: the whole draft, to name the topics that use a profile value.
 */
export function adviceFindings(intent: IntentDefinition, intents: IntentDefinition[], profile: ProfileDefinition, lines: FactLines): Finding[] {
  const findings: Finding[] = [];
  for (const { path, text, variant } of noteTexts(intent)) {
    const advice = factAdvice(text, intent, lines, profile);
    if (advice.length === 0) continue;
    const typed = findFacts(findPlaceholders(text).reduce((rest, name) => rest.split(`{{profile.${name}}}`).join(' '), text));
    const hint = (message: string): Finding => ({ intent: intent.id, path, severity: 'warning', advice: true, message });
    // Opening hours typed over their placeholder bring several times of the same values: one hint for them all.
    const typedOver = new Map<string, { facts: FoundFact[]; placeholder: string }>();
    for (const { fact, otherTopics, placeholder } of advice) {
      if (otherTopics) findings.push(hint(`Hinweis: ${KIND[fact.kind] ?? fact.kind} „${fact.text}“ steht in den geprüften Fakten nur bei ${quoteList(otherTopics)}. Passt die Angabe zu diesem Anliegen?`));
      if (!placeholder) continue;
      const where = holders(fact, typed, variant, profile, intents);
      const places = where.length > 0 ? where.join(' und zu ') : placeholder;
      const group = typedOver.get(places) ?? { facts: [], placeholder: /^\{\{profile\.\w+\}\}/.exec(where[0] ?? '')?.[0] ?? placeholder };
      group.facts.push(fact);
      typedOver.set(places, group);
    }
    for (const [places, { facts, placeholder }] of typedOver) {
      const kind = facts[0]?.kind ?? 'time';
      const what = facts.length > 1 ? `${kind === 'time' ? 'Die Uhrzeiten' : 'Die Nummern'} ${quoteList(facts.map((f) => f.text))} sind` : `${kind === 'time' ? 'Die Uhrzeit' : 'Die Telefonnummer'} „${facts[0]?.text ?? ''}“ ist`;
      findings.push(
        hint(
          `Hinweis: ${what} von Hand eingetippt. Im Stadtprofil ${facts.length > 1 ? 'gehören sie' : 'gehört sie'} zu ${places}. Eingetippte Werte ändern sich nicht mit, wenn die IT das Stadtprofil ändert: Schreiben Sie statt der ${kind === 'time' ? 'Zeiten' : 'Nummer'} den passenden Platzhalter, zum Beispiel ${placeholder}.`,
        ),
      );
    }
  }
  // "18 Uhr" twice in one text is one piece of advice.
  return findings.filter((finding, index) => findings.findIndex((other) => other.path === finding.path && other.message === finding.message) === index);
}

const LANGUAGE_NAME = { de: 'Deutsch', en: 'Englisch' } as const;

/** Function words (the chat's language detection, src/nlu/language.ts) of a text without placeholders, links and addresses. */
export function textLanguageCounts(text: string): { de: number; en: number } {
  const cleaned = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .split(TOPICS_MARKER)
    .join(' ')
    .replace(/\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+/gi, ' ');
  return functionWords(tokenizeWords(normalizeText(cleaned)).map(foldToken));
}

/**
 * An English answer written in German, or the other way round (tester-i A8): citizens who chose the other
 * language get a text they may not read. Clear cases are refused: at least 3 function words of the other
 * language and more than twice as many as of the field's own. Measured on the Düren content (244 texts): the
 * field's own language leads at least 5 to 1 in every text, so no published answer comes near. A weaker lead
 * of the other language is a hint.
 */
export function languageFindings(intent: IntentDefinition): Finding[] {
  const findings: Finding[] = [];
  for (const { path, text, language } of noteTexts(intent)) {
    const counts = textLanguageCounts(text);
    const other = language === 'de' ? 'en' : 'de';
    const own = counts[language];
    const foreign = counts[other];
    if (foreign < 2 || foreign <= own) continue;
    const clear = foreign >= 3 && foreign > 2 * own;
    const evidence = `${foreign} ${other === 'de' ? 'deutsche' : 'englische'} und ${own} ${language === 'de' ? 'deutsche' : 'englische'} Funktionswörter wie ${other === 'de' ? '„der“, „und“, „Sie“' : '„the“, „and“, „you“'}`;
    findings.push(
      clear
        ? { intent: intent.id, path, severity: 'error', message: `Dieser Text ist auf ${LANGUAGE_NAME[other]} geschrieben (${evidence}), das Feld ist für ${LANGUAGE_NAME[language]}. Wer den Lotsen auf ${LANGUAGE_NAME[language]} nutzt, bekäme ihn so: Schreiben Sie ihn auf ${LANGUAGE_NAME[language]}.` }
        : { intent: intent.id, path, severity: 'warning', advice: true, message: `Hinweis: Dieser Text ist vielleicht auf ${LANGUAGE_NAME[other]} geschrieben (${evidence}), das Feld ist für ${LANGUAGE_NAME[language]}. Bitte prüfen.` },
    );
  }
  return findings;
}
