/**
 * The survey's answers as ids (what the survey tables count) and their names, for the citizen's echo and for
 * staff reading the results (tester-m B4: the analytics page showed "accessibility grosse_schrift").
 */
import catalogue from '../../../content/catalogue.json' with { type: 'json' };

export interface AccessibilityNeed {
  id: string;
  de: string;
  en: string;
  words: string[];
}

export const ACCESSIBILITY: AccessibilityNeed[] = [
  // Two needs: Einfache Sprache does not replace Leichte Sprache (docs/facts.md), so the survey records which was said (smoke 19 B9).
  { id: 'leichte_sprache', de: 'Leichte Sprache', en: 'Easy language', words: ['leichte sprache', 'easy language', 'easy english', 'easy read', 'easy-to-read'] },
  { id: 'einfache_sprache', de: 'Einfache Sprache', en: 'Plain language', words: ['einfache sprache', 'plain language', 'simple language', 'simple english', 'plain english'] },
  { id: 'gebaerdensprache', de: 'Gebärdensprache', en: 'Sign language', words: ['gebärdensprache', 'gebärden', 'dgs', 'sign language'] },
  { id: 'vorlesen', de: 'Vorlesen', en: 'Read aloud', words: ['vorlesen', 'vorlese', 'screenreader', 'screen reader', 'sprachausgabe', 'blind', 'read aloud', 'text to speech'] },
  { id: 'grosse_schrift', de: 'Große Schrift', en: 'Large text', words: ['große schrift', 'groß', 'kontrast', 'sehbehindert', 'large text', 'contrast', 'large font', 'big font', 'bigger font', 'big letters', 'large letters', 'bigger letters', 'bigger text', 'larger text', 'big text'] },
  { id: 'rollstuhl', de: 'Zugang für den Rollstuhl', en: 'Wheelchair access', words: ['rollstuhl', 'barrierefreier zugang', 'aufzug', 'rampe', 'wheelchair', 'step-free'] },
  { id: 'fremdsprache', de: 'Andere Sprache', en: 'Another language', words: ['andere sprache', 'fremdsprache', 'muttersprache', 'übersetzung', 'dolmetscher', 'englisch', 'türkisch', 'arabisch', 'ukrainisch', 'translation', 'interpreter', 'other language', 'another language', 'different language', 'my language', 'in english', 'english language', 'arabic', 'turkish', 'ukrainian', 'russian', 'russisch'] },
  { id: 'keine', de: 'Keine', en: 'None', words: ['keine', 'nichts', 'nein', 'none', 'no'] },
];

/** The survey tables' question ids and the dialog steps that ask them (dialogs/umfrage.yaml). */
export const SURVEY_QUESTION_SLOTS: Readonly<Record<string, string>> = { services: 'dienste', channel: 'kanal', accessibility: 'barrierefreiheit' };

/** "Wohngeld: Informationen, Vorab-Berechnung …" -> "Wohngeld": the catalogue's titles are long for a list. */
export const shortName = (title: string) => title.split(/\s*[:(,]/)[0]?.trim() || title;

const SERVICE_TITLES = new Map((catalogue.intents as Array<{ id: string; de: string; en: string }>).map((entry) => [entry.id, entry]));

/** The name of a stored answer that is no option of its step: a service or an accessibility need. */
export function surveyAnswerLabel(question: string, value: string, locale: 'de' | 'en' = 'de'): string {
  if (question === 'services') {
    const entry = SERVICE_TITLES.get(value);
    return entry ? shortName(entry[locale]) : value;
  }
  if (question === 'accessibility') return ACCESSIBILITY.find((need) => need.id === value)?.[locale] ?? value;
  return value;
}
