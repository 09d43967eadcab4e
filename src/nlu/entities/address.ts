/**
 * Street addresses where the form is clear: a street name with a street-type ending or a prepositional
 * name, a house number, optionally ", 52349 Düren", "52349 düren", ", 52349" (at the end), ", Kreuzau" or
 * "in Kreuzau" (rule in types.ts). Voice dictation and many citizens write everything in lower case, so
 * a lower-case street counts where its street word is unmistakable ("kölner straße 12"); forms that could
 * be ordinary words ("am ellernbusch 5", "im garten 2") count only where the message says it is an address
 * (a postcode follows, it is the whole message, or "ich wohne"/"Adresse" stands before it).
 */
import { candidate, type Candidate } from './candidate.js';
import { MONTH_NAME, WEEKDAY_NAME } from './date-words.js';
import { UNIT_WORDS } from './patterns.js';
import { digitsForm } from './spoken-numbers.js';

/** "straße" -> "[sS]traße": the ending may start a separate capitalised word or end a compound. */
const ci = (word: string) => `[${word[0]}${(word[0] ?? '').toUpperCase()}]${word.slice(1)}`;
const ALL_ENDINGS = ['straße', 'strasse', 'str\\.', 'str(?=\\s)', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'wall', 'graben', 'markt', 'chaussee', 'pfad', 'steig', 'kamp', 'promenade', 'hof']
  .map(ci)
  .join('|');
/** Endings that also close English words ("bring", "during"), allowed after a lower-case start only when unmistakable. */
const SAFE_ENDINGS = ['straße', 'strasse', 'str\\.', 'str(?=\\s)', 'platz', 'allee', 'gasse'].join('|');
/** A street word of its own after an adjective, in any case: "kölner straße", "Alte Jülicher str.". */
const SEPARATE_WORDS = ['straße', 'strasse', 'str\\.', 'str(?=\\s)', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'wall', 'graben', 'markt', 'chaussee', 'promenade'].map(ci).join('|');
const STOP = '(?:Ich|Wir|Er|Sie|Meine|Deine|Seine|Ihre|Unsere|Eine|Die|Der|Das|Wohne|Lebe|Habe|Bitte|Adresse|Anschrift|Neue Adresse)';
const ADJECTIVE = `(?!${STOP}\\s)\\p{Lu}\\p{Ll}{1,25}(?:er|e|en|es)\\s`;
/** Function words that end like an adjective ("aber", "meine", "diese"): no part of a street name, in any case. */
const STOP_ANY_CASE = `(?:${[
  'ich|wir|er|sie|meine[nmrs]?|deine[nmrs]?|seine[nmrs]?|ihre[nmrs]?|unsere[nmrs]?|eine[nmrs]?|keine[nmrs]?|die|der|das',
  'diese[nmrs]?|jede[nmrs]?|welche[nmrs]?|solche[nmrs]?|andere[nmrs]?|aber|oder|über|ueber|hier|sehr|immer|wieder|leider|wohne|lebe|habe',
  'bitte|adresse|anschrift|neue adresse|nächste[nmrs]?|naechste[nmrs]?|letzte[nmrs]?|gleiche[nmrs]?|ganze[nmrs]?|große[nmrs]?|kleine[nmrs]?',
]
  .join('|')
  .split('|')
  .map(ci)
  .join('|')})`;
const ANY_ADJECTIVE = `(?!${STOP_ANY_CASE}\\s)\\p{L}\\p{Ll}{1,25}(?:er|e|en|es)\\s`;
/** "Hauptstraße", "Josef-Schregel-Straße", "Kölner Straße", "Alte Jülicher Str.", "Markt". */
const NAMED = `(?:${ADJECTIVE}){1,2}(?:Straße|Strasse|Str\\.|Str(?=\\s)|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Wall|Graben|Markt|Chaussee|Pfad|Steig)|(?:${ADJECTIVE}){0,2}(?:\\p{Lu}[\\p{L}-]{2,40}?(?:${ALL_ENDINGS})|\\p{Ll}[\\p{L}-]{1,40}?(?:${SAFE_ENDINGS})|(?:Straße|Strasse|Weg|Platz|Allee|Gasse|Ring)\\s(?:des|der)\\s[\\p{L}\\d. ]{2,20}?|Markt)`;
/** The same in lower case (dictation): "kölner straße", "rölsdorfer Straße", "alte jülicher landstraße". */
const NAMED_ANY_CASE = `(?:${ANY_ADJECTIVE}){1,2}(?:${SEPARATE_WORDS})|(?:${ANY_ADJECTIVE}){1,2}\\p{Ll}[\\p{L}-]{1,40}?(?:${SAFE_ENDINGS})`;
const NOT_A_NAME_WORDS = `${[WEEKDAY_NAME, MONTH_NAME].join('|').split('|').map(ci).join('|')}|Morgen|Abend|Vormittag|Nachmittag|Mittag|Wochenende|Anfang|Ende|Jahr|Monat|Tag|Moment|Termin|Telefon`;
const NOT_A_NAME = `(?!(?:${NOT_A_NAME_WORDS})(?![\\p{L}]))`;
/** Lower-case words after "am", "im", "zur" that are no street: "im moment 3", "zur zeit 2", "im alter 65". */
const NOT_A_LOWER_NAME = `(?!(?:${NOT_A_NAME_WORDS.toLowerCase()}|zeit|alter|konto|haushalt|haus|garten|schnitt|durchschnitt|ganzen|voraus|stück|regel|woche|stunde|arbeit|erdgeschoss|keller|augenblick|notfall)(?![\\p{L}]))`;
const PREPOSITIONS = ['Am', 'An der', 'An den', 'An dem', 'Auf dem', 'Auf der', 'Auf den', 'Im', 'In der', 'In den', 'Zum', 'Zur', 'Hinter der', 'Hinter dem', 'Vor dem', 'Unter den', 'Bei der', 'Beim'];
const PREPOSITIONAL = `(?:${PREPOSITIONS.join('|')})\\s${NOT_A_NAME}\\p{Lu}[\\p{L}-]{1,30}`;
/**
 * "am ellernbusch", "Am ellernbusch", "im Winkel" after a lower-case preposition: needs the address context.
 * A name with a street ending is the street itself ("in der schenkelstraße 14" is "schenkelstraße 14").
 */
const NOT_A_STREET_WORD = `(?![\\p{L}-]*(?:${SAFE_ENDINGS})(?![\\p{L}]))`;
const PREPOSITIONAL_WEAK = `(?:(?:${PREPOSITIONS.map((p) => p.toLowerCase()).join('|')})\\s${NOT_A_LOWER_NAME}${NOT_A_STREET_WORD}\\p{L}|(?:${PREPOSITIONS.join('|')})\\s${NOT_A_LOWER_NAME}${NOT_A_STREET_WORD}\\p{Ll})[\\p{L}-]{1,30}`;
/** A lower-case compound whose ending could close another word ("ellernbuschweg", but also "bring"). */
const COMPOUND_WEAK = `\\p{Ll}[\\p{L}-]{2,40}?(?:${ALL_ENDINGS})`;
const NUMBER_WORD = `(?:(?:[nN]r\\.?|[hH]ausnummer|[hH]aus-?[nN]r\\.?|[nN]ummer)\\s?)?`;
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
 * ", 52349 Düren" (after a postcode the town may be written in lower case: "52349 düren"), a postcode
 * alone at the end of the sentence (", 52351"), also after "PLZ"/"Postleitzahl", a town alone after a
 * comma at the end of the sentence or before "und" (", Kreuzau"), or after "in" ("in Kreuzau").
 */
const PLACE =
  `(?:,?\\s{1,2}(?:(?:[pP]ostleitzahl|PLZ|plz)\\s?:?\\s{1,2})?(\\d{5})(?:\\s{1,2}${NOT_A_TOWN}(${town('\\p{L}')})|(?=[ \\t]*(?:$|[.,;!?)\\n])))` +
  `|,\\s{1,2}${NOT_A_TOWN}(${town('\\p{Lu}')})(?=[ \\t]*(?:$|[.,;!?)\\n])|\\s(?:und|and)\\s)` +
  `|\\s[iI]n\\s${NOT_A_TOWN}(${town('\\p{Lu}')}))?`;
const UNIT_AFTER = `\\s?(?:${UNIT_WORDS}|uhr|Uhr|€|Euro|Personen|Kinder|Jahre|Tage|Wochen|Monate)(?![\\p{L}])`;

const addressRegex = (street: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(${street})(?:\\s{1,2}|(?<=\\.))${NUMBER_WORD}${HOUSE_NUMBER}(?![\\p{L}\\p{N}]|[.,:]\\d|${UNIT_AFTER})${PLACE}`, 'gu');
const ADDRESS = addressRegex(`${NAMED}|${NAMED_ANY_CASE}|${PREPOSITIONAL}`);
const ADDRESS_WEAK = addressRegex(`${PREPOSITIONAL_WEAK}|${COMPOUND_WEAK}`);

/** Only hesitations, "ich wohne (in der)", "meine Adresse ist" before; only punctuation after. */
const LEAD = /^[\s,.:;!?-]*(?:(?:äh+m?|ähm|öhm?|hm+|also|ja|ok|okay)[\s,.]+)*(?:(?:ich\s+)?(?:wohne|lebe)(?:\s+(?:jetzt|hier|in|an))*|(?:meine\s+)?(?:neue\s+)?(?:adresse|anschrift|abholadresse)(?:\s+(?:ist|lautet))?|wohnhaft(?:\s+in)?)?[\s,:]*$/iu;
const CUE = /(?<![\p{L}])(?:wohne|lebe|adresse|anschrift|wohnhaft|address|live at)(?![\p{L}])[^.!?\n]{0,20}$/iu;

function saysAddress(text: string, start: number, end: number, postcode: string | undefined): boolean {
  return postcode !== undefined || (LEAD.test(text.slice(0, start)) && /^[\s.,!;]*$/u.test(text.slice(end))) || CUE.test(text.slice(Math.max(0, start - 40), start));
}

function toCandidate(m: RegExpMatchArray & { index: number }): Candidate {
  const [, street = '', number = '', postcode, cityAfterPostcode, cityAfterComma, cityAfterIn] = m;
  const city = cityAfterPostcode ?? cityAfterComma ?? cityAfterIn;
  const value = {
    street: street.trim(),
    number: number.replace(/\s/g, '').replace('–', '-'),
    ...(postcode ? { postcode } : {}),
    ...(city ? { city: capitalised(city) } : {}),
  };
  return candidate('address', value, m.index, m.index + m[0].length);
}

export function detectAddresses(text: string): Candidate[] {
  const out = [...text.matchAll(ADDRESS)].map(toCandidate);
  for (const m of text.matchAll(ADDRESS_WEAK)) {
    if (saysAddress(text, m.index, m.index + m[0].length, m[3])) out.push(toCandidate(m));
  }
  return out;
}

/** Addresses written with digits or spoken ("kölner straße zwölf fünf zwei drei fünf eins"), with spans in `text`. */
export function detectAllAddresses(text: string): Candidate[] {
  const out = detectAddresses(text);
  const spoken = digitsForm(text);
  for (const c of spoken ? detectAddresses(spoken.text) : []) {
    const [start, end] = spoken?.original(c.start, c.end) ?? [c.start, c.end];
    out.push({ ...c, start, end });
  }
  return out;
}

/**
 * Where a message holds an address, also one too broken to read as a value: a street word with a house
 * number after it ("kölner Strase 12 52351"), a house or postcode number after "Hausnummer"/"PLZ". The
 * dialog keeps numbers inside these spans out of counts and amounts (a house number is no number of dogs).
 */
const LOOSE = /(?<![\p{L}\p{N}])(?:[\p{L}-]{0,40}(?:stra(?:ß|ss|s)e|str\.?)|[\p{L}-]{2,40}(?:weg|platz|allee|gasse|damm|wall|graben)|hausnummer|haus-?nr\.?|postleitzahl|plz)[\s,:]{1,3}(?:(?:nr\.?|hausnummer)\s)?\d{1,3}[a-z]?(?![\p{L}\p{N}])(?:,?\s{1,2}(?:(?:postleitzahl|plz)\s?:?\s{1,2})?\d{5}(?![\p{N}]))?|(?<![\p{L}\p{N}])(?:postleitzahl|plz)\s?:?\s{1,2}\d{5}(?![\p{N}])/giu;

export function addressSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = detectAllAddresses(text).map((c) => [c.start, c.end]);
  const spoken = digitsForm(text);
  for (const m of text.matchAll(LOOSE)) spans.push([m.index, m.index + m[0].length]);
  for (const m of spoken ? spoken.text.matchAll(LOOSE) : []) spans.push(spoken?.original(m.index, m.index + m[0].length) ?? [0, 0]);
  return spans;
}

/** "düren" -> "Düren", "bad münstereifel" -> "Bad Münstereifel"; "am", "an der", "im", "in der", "bei" stay lower case. */
function capitalised(town: string): string {
  return town.replace(/(^|[\s-])(\p{Ll})/gu, (all, before: string, letter: string, at: number) =>
    /^(?:am|an|der|im|in|bei)(?![\p{L}])/u.test(town.slice(at + before.length)) && at > 0 ? all : before + letter.toUpperCase(),
  );
}
