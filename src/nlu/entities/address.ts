/**
 * Street addresses where the form is clear: a street name with a street-type ending or a prepositional
 * name, a house number, optionally ", 52349 Düren" (rule in types.ts). Case-sensitive on purpose: German
 * street names are capitalised, which keeps "am Dienstag 3 Termine" out.
 */
import { candidate, type Candidate } from './candidate.js';
import { MONTH_NAME, WEEKDAY_NAME } from './date-words.js';
import { UNIT_WORDS } from './patterns.js';

/** "straße" -> "[sS]traße": the ending may start a separate capitalised word or end a compound. */
const ci = (word: string) => `[${word[0]}${(word[0] ?? '').toUpperCase()}]${word.slice(1)}`;
const ALL_ENDINGS = ['straße', 'strasse', 'str\\.', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'wall', 'graben', 'markt', 'chaussee', 'pfad', 'steig', 'kamp', 'promenade', 'hof']
  .map(ci)
  .join('|');
/** Endings that also close English words ("bring", "during"), allowed after a lower-case start only when unmistakable. */
const SAFE_ENDINGS = ['straße', 'strasse', 'str\\.', 'platz', 'allee', 'gasse'].join('|');
const STOP = '(?:Ich|Wir|Er|Sie|Meine|Deine|Seine|Ihre|Unsere|Eine|Die|Der|Das|Wohne|Lebe|Habe|Bitte|Adresse|Anschrift|Neue Adresse)';
const ADJECTIVE = `(?!${STOP}\\s)\\p{Lu}\\p{Ll}{1,25}(?:er|e|en|es)\\s`;
/** "Hauptstraße", "Josef-Schregel-Straße", "Kölner Straße", "Alte Jülicher Str.", "Markt". */
const NAMED = `(?:${ADJECTIVE}){1,2}(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Wall|Graben|Markt|Chaussee|Pfad|Steig)|(?:${ADJECTIVE}){0,2}(?:\\p{Lu}[\\p{L}-]{2,40}?(?:${ALL_ENDINGS})|\\p{Ll}[\\p{L}-]{1,40}?(?:${SAFE_ENDINGS})|(?:Straße|Strasse|Weg|Platz|Allee|Gasse|Ring)\\s(?:des|der)\\s[\\p{L}\\d. ]{2,20}?|Markt)`;
const NOT_A_NAME = `(?!(?:${[WEEKDAY_NAME, MONTH_NAME].join('|').split('|').map(ci).join('|')}|Morgen|Abend|Vormittag|Nachmittag|Mittag|Wochenende|Anfang|Ende|Jahr|Monat|Tag|Moment|Termin|Telefon)(?![\\p{L}]))`;
const PREPOSITIONAL = `(?:Am|An der|An den|An dem|Auf dem|Auf der|Auf den|Im|In der|In den|Zum|Zur|Hinter der|Hinter dem|Vor dem|Unter den|Bei der|Beim)\\s${NOT_A_NAME}\\p{Lu}[\\p{L}-]{1,30}`;
const HOUSE_NUMBER = '(\\d{1,3}(?:\\s?[a-zA-Z](?![\\p{L}\\p{N}]))?(?:\\s?[-–/]\\s?\\d{1,3}[a-zA-Z]?)?)';
const PLACE = '(?:,?\\s{1,2}(\\d{5})\\s(\\p{Lu}[\\p{L}-]{1,30}(?:\\s(?:am|an der|im|in der|bei)\\s\\p{Lu}[\\p{L}]{1,20})?))?';
const UNIT_AFTER = `\\s?(?:${UNIT_WORDS}|uhr|Uhr|€|Euro|Personen|Kinder|Jahre|Tage|Wochen|Monate)(?![\\p{L}])`;

const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NAMED}|${PREPOSITIONAL})\\s{1,2}(?:Nr\\.?\\s?)?${HOUSE_NUMBER}(?![\\p{L}\\p{N}]|[.,:]\\d|${UNIT_AFTER})${PLACE}`,
  'gu',
);

export function detectAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const [, street = '', number = '', postcode, city] = m;
    out.push(
      candidate(
        'address',
        {
          street: street.trim(),
          number: number.replace(/\s/g, '').replace('–', '-'),
          ...(postcode ? { postcode } : {}),
          ...(city ? { city } : {}),
        },
        m.index,
        m.index + m[0].length,
      ),
    );
  }
  return out;
}
