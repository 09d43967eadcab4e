/**
 * Needs survey: anonymous. The answers are stored once, in the survey tables (no conversation id, the day
 * only), and the dialog declares no submission, so nothing links them to a person. Free text is redacted.
 */
import catalogue from '../../../content/catalogue.json' with { type: 'json' };
import type { JsonValue } from '../../../core/types.js';
import type { DialogRegistry, DialogServices, Validator } from '../../registry.js';
import { fold, hasPhrase } from '../../text.js';
import { ACCESSIBILITY, shortName } from './labels.js';
import { officeDay } from '../../../core/office-day.js';

export const SURVEY_ID = 'umfrage';

interface Topic {
  id: string;
  de: string;
  en: string;
  words: string[];
}

/** Words too general to pick a service ("anmelden" is in ten titles). */
const GENERAL = new Set(['beantragen', 'anmelden', 'abmelden', 'ummelden', 'oder', 'und', 'nach', 'fuer', 'mit', 'der', 'die', 'das', 'den', 'eine', 'einen', 'erhalten', 'stadt', 'dueren', 'fragen', 'nicht', 'mehr', 'online', 'apply', 'register', 'your', 'the', 'for', 'and']);

/** The catalogue's service topics (FAQ and dialog intents), with the words that name them. */
export const SERVICE_TOPICS: Topic[] = (catalogue.intents as Array<{ id: string; kind: string; de: string; en: string }>)
  .filter((entry) => entry.kind !== 'meta' && entry.id !== SURVEY_ID)
  .map((entry) => ({
    id: entry.id,
    de: entry.de,
    en: entry.en,
    words: [...new Set([...entry.id.split('_'), ...fold(entry.de.replace(/\(.*?\)/g, '')).split(' '), ...fold(entry.en).split(' ')])].filter((w) => w.length >= 4 && !GENERAL.has(w)),
  }));

export function matchTopics(text: string): string[] {
  return SERVICE_TOPICS.filter((topic) => hasPhrase(text, topic.words, true)).map((topic) => topic.id);
}


/**
 * The chosen ids (what the survey tables count) with their names for the echo and the summary, which
 * showed "sperrmuell, grosse_schrift" before.
 */
function chosen(ids: string[], names: (id: string, locale: 'de' | 'en') => string): JsonValue {
  return { ids, label: { de: ids.map((id) => names(id, 'de')).join(', '), en: ids.map((id) => names(id, 'en')).join(', ') } };
}


const services: Validator = (value) => {
  const ids = typeof value === 'string' ? matchTopics(value) : [];
  if (ids.length === 0) {
    return {
      ok: false,
      reason: {
        de: 'Diese Leistung kenne ich nicht. Nennen Sie zum Beispiel Personalausweis, Wohngeld, Sperrmüll oder Kita-Platz.',
        en: 'I do not know that service. Name for example ID card, housing benefit, bulky waste or daycare place.',
        plain: 'Das kenne ich nicht. Schreiben Sie zum Beispiel: Personalausweis, Wohngeld oder Sperrmüll.',
      },
    };
  }
  return { ok: true, value: chosen(ids, (id, locale) => shortName(SERVICE_TOPICS.find((t) => t.id === id)?.[locale] ?? id)) };
};

const accessibility: Validator = (value) => {
  const ids = typeof value === 'string' ? ACCESSIBILITY.filter((a) => hasPhrase(value, a.words, true)).map((a) => a.id) : [];
  const picked = ids.length > 1 ? ids.filter((id) => id !== 'keine') : ids;
  if (picked.length === 0) {
    return {
      ok: false,
      reason: {
        de: 'Nennen Sie zum Beispiel Leichte Sprache, Gebärdensprache, Vorlesen, große Schrift, Rollstuhl oder „keine“.',
        en: 'Name for example easy language, sign language, read aloud, large text, wheelchair, another language, or "none".',
        plain: 'Schreiben Sie zum Beispiel: Leichte Sprache, Vorlesen oder keine.',
      },
    };
  }
  return { ok: true, value: chosen(picked, (id, locale) => ACCESSIBILITY.find((a) => a.id === id)?.[locale] ?? id) };
};

function strings(value: JsonValue | undefined): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) return strings(value.ids);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

export function registerUmfrage(registry: DialogRegistry, deps: DialogServices): void {
  registry.validators.set('survey_services', services);
  registry.validators.set('survey_accessibility', accessibility);
  registry.validators.set('survey_comment', (value) => {
    if (!deps.redact) throw new Error('the survey needs PII redaction (DialogServices.redact)');
    return typeof value === 'string' ? { ok: true, value: deps.redact(value) } : { ok: false, reason: { de: 'Bitte schreiben Sie einen Satz.', en: 'Please write a sentence.', plain: 'Bitte schreiben Sie einen Satz.' } };
  });
  registry.completions.set('umfrage_antwort', async (context) => {
    if (!deps.store) throw new Error('the survey needs a store (DialogServices.store)');
    const s = context.slots;
    const day = officeDay(context.now);
    await deps.store.addSurveyResponse({
      survey: SURVEY_ID,
      submittedOn: day,
      answers: { services: strings(s.dienste), channel: strings(s.kanal), accessibility: strings(s.barrierefreiheit) },
      comment: typeof s.kommentar === 'string' && s.kommentar.trim() ? s.kommentar : null,
    });
    return {
      payload: {},
      message: {
        de: 'Vielen Dank! Ihre Antworten sind anonym gespeichert. Sie helfen der Stadt, die nächsten Online-Dienste auszuwählen.',
        en: 'Thank you! Your answers have been stored anonymously. They help the city choose the next online services.',
        plain: 'Danke! Ich habe Ihre Antworten ohne Namen gespeichert. Das hilft der Stadt.',
      },
    };
  });
}
