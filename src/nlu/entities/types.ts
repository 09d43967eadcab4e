/**
 * The entity contract: every entity type `extractEntities` emits and the exact shape of its `value`.
 * The NLU classifier and the dialog engine (slot filling) code against this file, so a change here is a
 * breaking change for them.
 *
 * General rules
 * - `start`/`end` are UTF-16 offsets into the ORIGINAL text (`text.slice(start, end) === entity.text`).
 * - Entities never overlap. Where two readings compete the one earlier in `ENTITY_PRIORITY` wins, then
 *   the longer span, then the earlier one ("850 Euro" is money, not a number; "03.12.2026" is a date,
 *   never a phone number). The result is sorted by `start`.
 * - German and English patterns are always both active (citizens mix languages); `locale` only decides
 *   ambiguous digit groups: "1.200" is 1200 in German and 1.2 in English, "1,200" the other way round.
 *   A single separator followed by anything but exactly three digits is always a decimal ("850,50", "3.5").
 * - Dates are civil dates in `timeZone` (default Europe/Berlin) computed from the injected `now`.
 */
import type { Entity, Locale } from '../../core/types.js';

// Value shapes are type aliases, not interfaces, so they stay assignable to the core JsonValue.

/** "YYYY-MM-DD". */
export type IsoDate = string;
/** "HH:MM", 24-hour clock. */
export type ClockTime = string;

export type DateRangeValue = {
  from: IsoDate;
  to: IsoDate;
};

export type TimeRelation = 'after' | 'before' | 'around';

export type TimeConstraintValue = {
  time: ClockTime;
  relation: TimeRelation;
};

export type TimeRangeValue = {
  from: ClockTime;
  to: ClockTime;
};

export type Daypart = 'morning' | 'afternoon' | 'evening';

/**
 * Rent with heating (warm), without service charges (kalt: the Kaltmiete of a tenancy), with service charges
 * but without heating (bruttokalt); income before (brutto) or after deductions (netto).
 */
export type MoneyQualifier = 'warm' | 'kalt' | 'bruttokalt' | 'brutto' | 'netto';

export type MoneyValue = {
  amount: number;
  currency: 'EUR';
  /** Present when a qualifying word stands next to the amount ("650 Euro warm", "Warmmiete 650", "netto 1400"). */
  qualifier?: MoneyQualifier;
  /** 'year' when the amount is for a year ("18.000 € im Jahr", "Jahreseinkommen 18.000"); else a month or unsaid. */
  period?: 'year';
};

export type IbanInvalidValue = {
  /** Compact upper-case form of what was typed. */
  iban: string;
  /** 'length': wrong length for the country; 'checksum': right length, ISO 13616 mod-97 check fails. */
  reason: 'length' | 'checksum';
};

export type AddressValue = {
  street: string;
  /** House number as written, without spaces: "12a", "2-4". */
  number: string;
  postcode?: string;
  city?: string;
};

/**
 * Value shape per entity type.
 *
 * - date: "YYYY-MM-DD". Relative words: heute/today, morgen/tomorrow, übermorgen/the day after tomorrow,
 *   gestern/yesterday, "in 3 Tagen"/"in 3 days". Weekdays: "Dienstag", "am/diesen Dienstag", "on/this
 *   Tuesday" = the next such day AFTER today (1–7 days ahead; today is "heute"). "nächsten Dienstag"/"next
 *   Tuesday" = that weekday in NEXT calendar week (Mon–Sun), "übernächsten" one week later; so is a weekday
 *   after "nächste Woche" ("nächste Woche Freitag"). Spellings by ear count: "dinstag", "mitwoch",
 *   "donerstag", "nekste/nechste/nexte" (date-words.ts). The dialog should
 *   echo the weekday and date back because these words are ambiguous in everyday speech.
 *   Explicit: "3.12." (trailing dot, or after am/den/ab/bis/vom/zum/on), "03.12.2026", "3.12.26",
 *   "3. Dezember", "3 Dez", "December 3", "Dec 3rd", "3rd of December", "12th March 1980", "2026-12-03",
 *   "14/02/1988"; spoken: "dritter april neunzehnhundertfünfundachtzig", "am dritten vierten fünfundachtzig"
 *   (an ordinal month only after am/den/der/vom/… or before a year; spoken-dates.ts). Without a year the
 *   next occurrence on or after today is meant ("1.2." in November = next February). After a word that points
 *   back ("seit", "letzten", "vergangenen", "since", "last") a date without a year and a weekday are the last
 *   such day instead ("seit dem 20.11." on 26.11. = this 20.11., "seit Montag", "last Monday" = 1-7 days
 *   back); "vor 3 Tagen", "seit zwei Wochen", "3 days ago" count back from today. Impossible dates
 *   (31.2.) are not entities. "morgen" after heute/gestern/am/jeden/guten is the daypart, not tomorrow.
 * - date_range: { from, to } inclusive. "diese Woche"/"this week" = today..Sunday (past days are of no use
 *   for booking); "nächste Woche"/"next week" = Monday..Sunday of next week; "übernächste Woche" one week
 *   later; "am Wochenende"/"this weekend" = the coming Saturday..Sunday; "nächsten Monat"/"next month" =
 *   first..last day of next month; "letzten/letztem/letzte Monat", "last month" the one before. "Anfang/Mitte/Ende Januar", "early/mid/late January", "end of May" = days
 *   1-10, 11-20, 21-last; "im Januar"/"in June" = the whole month; this year's unless it is over (then next
 *   year's; after "seit" the last one), from today when it has begun.
 * - time: "HH:MM". "14 Uhr", "14:30", "14.30 Uhr", "14 Uhr 30", "um 10", "um zehn", "halb drei",
 *   "viertel nach zehn", "viertel vor zehn", "dreiviertel zehn", "at 3 pm", "3:30pm", "half past two",
 *   "quarter to ten", "3 o'clock", "noon"/"Mittag" (12:00 only as "um Mittag"/"at noon").
 *   12-hour rule: an hour from 1 to 6 written without am/pm, without a leading zero ("07:30" is a 24-hour
 *   time) and not next to a morning word ("morgens", "früh", "heute Morgen", "in the morning") is read as
 *   afternoon, because nobody books a town-hall appointment at 3 a.m.: "um halb drei" = 14:30, "um 3" =
 *   15:00, "um 5 Uhr morgens" = 05:00. 7–12 stay as written ("um 7:30" = 07:30: the Bürgerbüro opens at
 *   7:30). An evening/afternoon word next to it ("um 8 abends", "nachmittags um 4") adds 12 to 1–11.
 *   "pm" adds 12 to 1–11, "am" maps 12 to 0; "am" before a weekday, date or daypart is the German word.
 *   A bare number is a time only after um/ab/vor/nach/bis/gegen/at/after/before/from/until/by and not
 *   followed by a unit ("vor 10 Jahren", "ab 2 Personen" are no times).
 * - time_constraint: { time, relation } for "nach 14 Uhr", "ab 9", "after 2 pm", "from 9" (after);
 *   "vor 10", "bis 12 Uhr", "before 10", "until noon" (before); "gegen 10", "ca. 10 Uhr", "around 3" (around).
 *   "um 14 Uhr"/"at 2 pm" is a plain `time`. The span includes the relation word.
 * - time_range: { from, to } for "zwischen 10 und 12 Uhr", "von 9 bis 11", "10-12 Uhr", "between 2 and 4 pm".
 * - daypart: 'morning' | 'afternoon' | 'evening'. morgens, früh (after heute/morgen/a weekday), am Morgen,
 *   heute Morgen, vormittags, am Vormittag, in the morning(s) -> morning; nachmittags, am Nachmittag, in the
 *   afternoon -> afternoon; abends, am Abend, heute Abend, in the evening, tonight -> evening. English after a
 *   day: "Wednesday afternoon", "tomorrow morning", "this evening"; "afternoon"/"evening" alone too. Spellings
 *   by ear: "formittag", "vormitag", "nachmitag", "abent(s)". "Guten Morgen", "good afternoon"
 *   are greetings and no entity. "mittags" is not mapped (it straddles morning and afternoon).
 * - number: a JS number. Digits ("14", "1.200", "850,50") and number words up to 9999 ("zwei",
 *   "vierzehn", "einundzwanzig", "zweihundertfünfzig", "three", "twenty-one", "one hundred and five").
 *   The German articles ein/eine/einen/... are not numbers.
 *   German number words written apart, as voice transcripts do, are one number when they form one: "sieben
 *   hundert fünfzig" = 750, "zwei tausend drei hundert" = 2300, "tausend zweihundert" = 1200. Never across a
 *   comma, never mixing German and English; "zwei drei" and "zwanzig drei" stay two numbers. Hesitations
 *   inside do not split them: "zweitausend ähm zweihundert" = 2200. A self-correction between two figures
 *   ("1800 ähm nein 2200", "ich meine", "besser gesagt", "sorry") takes the first back: only the last is an
 *   entity, of the kind of the first ("850 Euro warm, nein 900" is money 900 warm; corrections.ts).
 * - money: { amount, currency: 'EUR', qualifier? }: "850 Euro", "850,50 €", "1.200 EUR", "€ 90", "EUR 90",
 *   "90,- €", "achthundert Euro", "650 Euro warm". A number without a currency is money when a qualifier
 *   stands next to it: "850 warm", "Warmmiete 850", "ich verdiene netto 1400", "1400 after tax" (see
 *   money-qualifier.ts for the words; the span covers a qualifier after the amount, not one before it).
 *   "18.000 im Jahr", "jährlich 18.000 €", "Jahreseinkommen 18.000", "18,000 a year" add period 'year' (and
 *   make a bare number money too).
 * - household_size: integer number of persons living together. "zu zweit" = 2, "wir sind vier" = 4,
 *   "wir sind 4 Personen"/"4 Personen"/"4-Personen-Haushalt"/"vierköpfige Familie" = 4, "alleine"/"allein"/
 *   "Single"/"single household"/"I live alone" = 1, "we are three"/"family of three"/"there are 3 of us" = 3.
 *   Children: "mit 2 Kindern" alone = one adult + 2 = 3 (also "alleinerziehend mit 2 Kindern");
 *   "ich und meine Frau mit 2 Kindern"/"meine Frau und ich und 2 Kinder"/"my wife and I with 2 kids" =
 *   2 adults + 2 = 4; "2 Erwachsene und 3 Kinder" = 5; "ich und meine Frau" alone = 2.
 *   A list of the people is summed, the speaker counted once whether named ("ich", "me", "I") or implied by
 *   "(ich wohne) mit …", "bei mir wohnen …", "alleinerziehend": "ich wohne mit meiner Frau und zwei Kindern"
 *   = 4, "ich und meine 2 Kinder" = 3, "me, my wife and our two kids" = 4, "my husband and I" = 2, "mit meiner
 *   Mutter" = 2, "ich wohne allein mit meinem Sohn" = 2 ("allein" = without partner). A couple counts 2:
 *   "Ehepaar mit drei Kindern" = 5. Having children is not living together: "ich habe zwei Kinder", "meine
 *   Frau und 2 Kinder" (speaker not named) give no household_size (the dialog must ask); "ein paar Fragen"
 *   and "a couple of questions" are no couple.
 * - postcode: the 5 digits as a string. Only when clear: after PLZ/Postleitzahl/postcode/zip/in, before a
 *   capitalised place name ("52349 Düren"), or as the whole message; otherwise a 5-digit number is a number.
 * - email: the address with the domain lower-cased.
 * - phone: digits only, German numbers in national form: "02421 25-0" -> "02421250", "+49 2421 252000" ->
 *   "02421252000", "0176 12345678" -> "017612345678"; foreign numbers keep their country code after "00":
 *   "+43 1 234567" -> "00431234567". Needs a leading 0, +, or 00 and 7–15 digits; groups are separated by
 *   one space, "-", "/" or "(...)"; a space-separated group needs at least 2 digits, so "0176 12345678 2
 *   Personen" stops before the 2. Dots and commas never belong to a phone number, which keeps dates and
 *   amounts out; "04/03/1980" and "3-4-1980" are date-shaped and no phone number either. Spelled-out
 *   digits ("null zwei vier zwei eins ...", "zero one seven six ...", at least 6
 *   digit words, zwo = 2) are also a phone number.
 * - iban: compact upper-case IBAN whose ISO 13616 mod-97 checksum is valid, typed with or without spaces
 *   or hyphens, in any case.
 * - iban_invalid: IbanInvalidValue when something is clearly meant as an IBAN (country code, 2 check digits,
 *   the country's length ±2, for the countries of the SWIFT IBAN registry) but length or checksum is wrong: the dialog can ask
 *   the citizen to check it instead of silently ignoring it.
 * - licence_plate: normalised "DN-AB 123" / "K-XY 1234E": 1–3 letter district, 1–2 letters, 1–4 digits, optional
 *   E (electric) or H (historic), at most 8 characters without separators, written in capitals.
 * - address: AddressValue for a street with a street-type ending (…straße, …str., …weg, …platz, …allee, …gasse,
 *   …ring, …damm, …ufer, …wall, …graben, …markt, …chaussee, …pfad, …steig, …hof, …kamp, "Markt") or a
 *   prepositional name ("Am Krausberg", "An der Mühle", "Zum Sportplatz"), then a house number of 1–3 digits
 *   (optional letter or range), then optionally the town: ", 52349 Düren" (after a postcode the town may
 *   be lower case, "52349 düren" gives city "Düren"), or without a postcode ", Kreuzau" (at the end of the
 *   sentence or before und/and) or "in Kreuzau", which gives a city without postcode (none is made up; the
 *   dialog decides whether the town is in the city). "str" without a dot counts ("Hauptstr 5"). The postcode inside an address is part of
 *   the address value, not a separate postcode entity. A postcode without the town stays with the address at
 *   the end of the sentence ("Schoellerstr 12, 52351"), also after "PLZ"/"Postleitzahl"; "Nr."/"Hausnummer"
 *   may stand before the house number. Any case: "kölner straße 12, 52351 düren" (dictation); a lower-case
 *   prepositional name or compound that may be another word ("am ellernbusch 5") only with a postcode, as
 *   the whole message or after "ich wohne"/"Adresse". Numbers spoken as words are read too (spoken-numbers.ts).
 */
export interface EntityValueMap {
  date: IsoDate;
  date_range: DateRangeValue;
  time: ClockTime;
  time_constraint: TimeConstraintValue;
  time_range: TimeRangeValue;
  daypart: Daypart;
  number: number;
  money: MoneyValue;
  household_size: number;
  postcode: string;
  email: string;
  phone: string;
  iban: string;
  iban_invalid: IbanInvalidValue;
  licence_plate: string;
  address: AddressValue;
}

export type EntityType = keyof EntityValueMap;

/** Overlap priority, strongest first (see the module comment). */
export const ENTITY_PRIORITY: readonly EntityType[] = [
  'email',
  'iban',
  'iban_invalid',
  'address',
  'licence_plate',
  'phone',
  'date_range',
  'date',
  'time_range',
  'time_constraint',
  'time',
  'money',
  'household_size',
  'postcode',
  'daypart',
  'number',
];

/** An entity whose `value` type follows from its `type`. Assignable to the core `Entity`. */
export type TypedEntity = {
  [K in EntityType]: Omit<Entity, 'type' | 'value'> & { type: K; value: EntityValueMap[K] };
}[EntityType];

/** Narrows an entity from the core type to its typed form, for consumers. */
export function isEntityOfType<K extends EntityType>(
  entity: Entity,
  type: K,
): entity is Entity & { type: K; value: EntityValueMap[K] } {
  return entity.type === type;
}

export interface ExtractOptions {
  locale: Locale;
  /** The injected clock; never read from the system. */
  now: Date;
  /** IANA zone for relative dates; default 'Europe/Berlin'. */
  timeZone?: string;
}
