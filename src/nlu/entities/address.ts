/**
 * Street addresses where the form is clear: a street name with a street-type ending or a prepositional
 * name, a house number, optionally ", 52349 Düren", "52349 düren", ", Kreuzau" or "in Kreuzau" (rule in
 * types.ts). Case-sensitive on purpose: German street names are capitalised, which keeps "am Dienstag 3
 * Termine" out; only a town after a postcode may be written in lower case.
 */
import { candidate, type Candidate } from './candidate.js';
import { MONTH_NAME, WEEKDAY_NAME } from './date-words.js';
import { UNIT_WORDS } from './patterns.js';

/** "straße" -> "[sS]traße": the ending may start a separate capitalised word or end a compound. */
const ci = (word: string) => `[${word[0]}${(word[0] ?? '').toUpperCase()}]${word.slice(1)}`;
const ALL_ENDINGS = ['straße', 'strasse', 'str\\.', 'str(?=\\s)', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'wall', 'graben', 'markt', 'chaussee', 'pfad', 'steig', 'kamp', 'promenade', 'hof']
  .map(ci)
  .join('|');
/** Endings that also close English words ("bring", "during"), allowed after a lower-case start only when unmistakable. */
const SAFE_ENDINGS = ['straße', 'strasse', 'str\\.', 'str(?=\\s)', 'platz', 'allee', 'gasse'].join('|');
const STOP = '(?:Ich|Wir|Er|Sie|Meine|Deine|Seine|Ihre|Unsere|Eine|Die|Der|Das|Wohne|Lebe|Habe|Bitte|Adresse|Anschrift|Neue Adresse)';
const ADJECTIVE = `(?!${STOP}\\s)\\p{Lu}\\p{Ll}{1,25}(?:er|e|en|es)\\s`;
/** "Hauptstraße", "Josef-Schregel-Straße", "Kölner Straße", "Alte Jülicher Str.", "Markt". */
const NAMED = `(?:${ADJECTIVE}){1,2}(?:Straße|Strasse|Str\\.|Str(?=\\s)|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Wall|Graben|Markt|Chaussee|Pfad|Steig)|(?:${ADJECTIVE}){0,2}(?:\\p{Lu}[\\p{L}-]{2,40}?(?:${ALL_ENDINGS})|\\p{Ll}[\\p{L}-]{1,40}?(?:${SAFE_ENDINGS})|(?:Straße|Strasse|Weg|Platz|Allee|Gasse|Ring)\\s(?:des|der)\\s[\\p{L}\\d. ]{2,20}?|Markt)`;
const NOT_A_NAME = `(?!(?:${[WEEKDAY_NAME, MONTH_NAME].join('|').split('|').map(ci).join('|')}|Morgen|Abend|Vormittag|Nachmittag|Mittag|Wochenende|Anfang|Ende|Jahr|Monat|Tag|Moment|Termin|Telefon)(?![\\p{L}]))`;
const PREPOSITIONAL = `(?:Am|An der|An den|An dem|Auf dem|Auf der|Auf den|Im|In der|In den|Zum|Zur|Hinter der|Hinter dem|Vor dem|Unter den|Bei der|Beim)\\s${NOT_A_NAME}\\p{Lu}[\\p{L}-]{1,30}`;
const HOUSE_NUMBER = '(\\d{1,3}(?:\\s?[a-zA-Z](?![\\p{L}\\p{N}]))?(?:\\s?[-–/]\\s?\\d{1,3}[a-zA-Z]?)?)';
/** A town: "Düren", "Kreuzau-Winden", "Bad Münstereifel", "Frankfurt am Main"; `first` matches its first letter. */
const town = (first: string) =>
  `(?:(?:[bB]ad|[sS]ankt|St\\.)\\s)?${first}[\\p{L}-]{1,30}(?:\\s(?:am|an der|im|in der|bei)\\s\\p{Lu}\\p{L}{1,20})?`;
/** Words after an address that are no town: "…, Kennzeichen DN-AB 123", "… in Ordnung", "…, bitte". */
const NOT_TOWN_WORDS = [
  WEEKDAY_NAME,
  MONTH_NAME,
  'ich|wir|sie|er|es|du|ihr|das|der|die|den|dem|und|oder|aber|also|ja|nein|bitte|danke|vielen|hallo|gruß|grüße|tel|telefon|handy|mobil|mail|e-mail|email',
  'kennzeichen|miete|plz|postleitzahl|iban|name|geburtsdatum|termin|erdgeschoss|obergeschoss|dachgeschoss|hinterhaus|vorderhaus|hinterhof|seitenflügel',
  'wohnung|etage|stock|zimmer|apartment|appartement|keller|deutschland|ordnung|zukunft|kürze|rente|elternzeit|teilzeit|vollzeit|höhe|raten|bar|frage|arbeit',
  'euro|eur|uhr|in|im|am|an|bei|ab|bis|um|seit|für|mit|von|vom|zum|zur|nach|the|and|or|at|on|please|thanks|phone|flat|germany|eg|og|dg',
]
  .join('|')
  .split('|');
const NOT_A_TOWN = `(?!(?:${NOT_TOWN_WORDS.map(ci).join('|')}|PLZ|IBAN|EG|OG|DG)(?![\\p{L}-]))`;
/**
 * ", 52349 Düren" (after a postcode the town may be written in lower case: "52349 düren"), a town alone
 * after a comma at the end of the sentence or before "und" (", Kreuzau"), or after "in" ("in Kreuzau").
 */
const PLACE =
  `(?:,?\\s{1,2}(\\d{5})\\s{1,2}${NOT_A_TOWN}(${town('\\p{L}')})` +
  `|,\\s{1,2}${NOT_A_TOWN}(${town('\\p{Lu}')})(?=[ \\t]*(?:$|[.,;!?)\\n])|\\s(?:und|and)\\s)` +
  `|\\s[iI]n\\s${NOT_A_TOWN}(${town('\\p{Lu}')}))?`;
const UNIT_AFTER = `\\s?(?:${UNIT_WORDS}|uhr|Uhr|€|Euro|Personen|Kinder|Jahre|Tage|Wochen|Monate)(?![\\p{L}])`;

const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NAMED}|${PREPOSITIONAL})(?:\\s{1,2}|(?<=\\.))(?:Nr\\.?\\s?)?${HOUSE_NUMBER}(?![\\p{L}\\p{N}]|[.,:]\\d|${UNIT_AFTER})${PLACE}`,
  'gu',
);

export function detectAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const [, street = '', number = '', postcode, cityAfterPostcode, cityAfterComma, cityAfterIn] = m;
    const city = cityAfterPostcode ?? cityAfterComma ?? cityAfterIn;
    out.push(
      candidate(
        'address',
        {
          street: street.trim(),
          number: number.replace(/\s/g, '').replace('–', '-'),
          ...(postcode ? { postcode } : {}),
          ...(city ? { city: capitalised(city) } : {}),
        },
        m.index,
        m.index + m[0].length,
      ),
    );
  }
  return out;
}

/** "düren" -> "Düren", "bad münstereifel" -> "Bad Münstereifel"; "am", "an der", "im", "in der", "bei" stay lower case. */
function capitalised(town: string): string {
  return town.replace(/(^|[\s-])(\p{Ll})/gu, (all, before: string, letter: string, at: number) =>
    /^(?:am|an|der|im|in|bei)(?![\p{L}])/u.test(town.slice(at + before.length)) && at > 0 ? all : before + letter.toUpperCase(),
  );
}
