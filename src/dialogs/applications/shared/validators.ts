/**
 * Validators several applications share: an address in the city (postcode check against the profile's
 * `postcodes`), contact details, dates not in the future, a preferred period that is not in the past.
 */
import type { ProfileDefinition } from '../../../content/schema.js';
import type { JsonObject, JsonValue } from '../../../core/types.js';
import type { DialogRegistry, StepContext, StepLogic, ValidatorResult } from '../../registry.js';
import type { Entity } from '../../../core/types.js';
import type { DialogText } from '../../schema.js';
import { askInCity, askResult, cityName, confirmedTown, placeKind } from './city-places.js';
import { formatDate } from '../../text.js';
import { missingDate } from './missing-date.js';
import { monthEndAsked } from './month-end-asked.js';
import { nameFromAnswer } from './names.js';
import { placeNames } from '../../spoken-name.js';
import { officeDay } from '../../../core/office-day.js';

export { sameTown } from './city-places.js';

/** These validators answer at once; a plain function type lets other validators call them. */
export type SyncValidator = (value: JsonValue, context: StepContext & { entity?: Entity }) => ValidatorResult;

export function cityPostcodes(profile: ProfileDefinition): string[] {
  return String(profile.values.postcodes ?? '')
    .split(/[^\d]+/)
    .filter((code) => /^\d{5}$/.test(code));
}

export function notInCity(profile: ProfileDefinition): DialogText {
  const list = cityPostcodes(profile).join(', ');
  const city = String(profile.values.city_name ?? profile.name);
  return {
    de: `Diese Postleitzahl gehört nicht zu ${city}. Ich kann nur Adressen in ${city} annehmen (PLZ ${list}). Für andere Orte ist die dortige Stadt oder Gemeinde zuständig.`,
    en: `This postcode is not in ${city}. I can only take addresses in ${city} (postcodes ${list}). For other places, their own town is responsible.`,
    plain: `Diese Postleitzahl ist nicht in ${city}. Ich nehme nur Adressen in ${city}. Die Postleitzahlen sind: ${list}.`,
  };
}

function isObject(value: JsonValue): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An address entity in the city; its postcode, when given, must be one of the city's. */
export const cityAddress: SyncValidator = (value, context) => {
  if (!isObject(value) || typeof value.street !== 'string' || typeof value.number !== 'string') {
    return {
      ok: false,
      reason: {
        de: 'Bitte nennen Sie Straße und Hausnummer, zum Beispiel „Hauptstraße 5“.',
        en: 'Please give street and house number, for example "Hauptstraße 5".',
        plain: 'Bitte schreiben Sie die Straße und die Hausnummer. Zum Beispiel: Hauptstraße 5.',
      },
    };
  }
  if (typeof value.postcode === 'string' && !cityPostcodes(context.profile).includes(value.postcode)) return { ok: false, reason: notInCity(context.profile) };
  const city = cityName(context.profile);
  const named = typeof value.city === 'string' ? value.city.trim() : '';
  const place = placeKind(context.profile, named);
  if (place.kind === 'city') return { ok: true, value: { ...value, city } };
  // "Kölnstraße 12 in Birkesdorf", "Am Krausberg 5 in Düren-Birkesdorf": a part of the city.
  if (place.kind === 'district') return { ok: true, value: { ...value, city: place.town } };
  // "Hauptstraße 5 in Langerwehe" was accepted, and then a Düren postcode asked, so the office got a town and a
  // postcode that contradict each other; "Hohe Straße 3, 52349 Köln" became "Düren-Köln". A name the assistant
  // does not know may still be a part of the city: asked, and a yes keeps it as one (the postcode then settles it).
  const postcode = typeof value.postcode === 'string' ? value.postcode : undefined;
  const example = `${value.street} ${value.number}, ${postcode ?? cityPostcodes(context.profile)[0] ?? ''} ${city}`.replace(/\s+/g, ' ');
  return askResult(context.profile, askInCity(context.profile, named, example, postcode), { ...value, city: confirmedTown(context.profile, named) });
};

export const cityPostcode: SyncValidator = (value, context) =>
  typeof value === 'string' && cityPostcodes(context.profile).includes(value) ? { ok: true, value } : { ok: false, reason: notInCity(context.profile) };

/** The postcode step is asked only when the address came without one. */
export function postcodeFromAddress(addressSlot: string): StepLogic {
  return {
    before(context) {
      const address = context.slots[addressSlot];
      if (address && isObject(address) && typeof address.postcode === 'string') return { skip: true, slots: { [context.step.slot]: address.postcode } };
      return {};
    },
  };
}

/** E-mail address or phone number, recognised as an entity. */
export const contact: SyncValidator = (value, context) => {
  if (context.entity && (context.entity.type === 'email' || context.entity.type === 'phone') && typeof value === 'string') return { ok: true, value };
  // The example number has the city's area code (the central number's first group), not Düren's.
  const area = /^\s*(0\d{2,5})\b/.exec(String(context.profile.values.phone_central ?? ''))?.[1] ?? '0123';
  return {
    ok: false,
    reason: {
      de: `Bitte nennen Sie eine Telefonnummer (zum Beispiel ${area} 123456) oder eine E-Mail-Adresse.`,
      en: `Please give a phone number (for example ${area} 123456) or an e-mail address.`,
      plain: 'Bitte schreiben Sie eine Telefonnummer oder eine E-Mail-Adresse.',
    },
  };
};

function today(now: Date): string {
  return officeDay(now);
}

export const notInFuture: SyncValidator = (value, context) =>
  typeof value === 'string' && value <= today(context.now)
    ? { ok: true, value }
    : { ok: false, reason: { de: 'Dieses Datum liegt in der Zukunft.', en: 'That date is in the future.', plain: 'Dieses Datum ist noch nicht da.' } };

const PAST_WORDS = /(?<![a-zäöüß])(letzte[nrs]?|vorige[nrs]?|vergangene[nrs]?|gestern|vorgestern|last|yesterday|ago)(?![a-zäöüß])/;
const BARE_ANSWER = /^(ja|nein|yes|no|ok|okay|jo|nee)[.!]?$/;

/** A date or a date range from today on, stored as { from, to }; "so bald wie möglich" is kept as text. */
// Free words about a time: a name given one question early ("Erika Mustermann") was stored as the period.
const TIME_WORD = new RegExp(
  String.raw`(?<!\p{L})(?:wochen?|monate?n?|tage?n?|bald|möglich|moeglich|egal|jederzeit|immer|flexibel|nach|vor|ab|bis|anfang|mitte|ende|weihnachten|ostern|ferien|urlaub|früh|frueh|morgens?|vormittags?|mittags?|nachmittags?|abends?|später|spaeter|demnächst|irgendwann|schnell|zeitnah|sofort|dringend|gleich|(?:mon|diens|donners|frei|sams)tags?|mittwochs?|wochenende|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|soon|asap|weeks?|months?|days?|any|anytime|whenever|before|after|from|until|holidays?|christmas|easter|mornings?|afternoons?|evenings?|weekends?|(?:mon|tues|wednes|thurs|fri|satur)days?|january|february|march|may|june|july|october|december)(?!\p{L})|\d`,
  'iu',
);

/**
 * "nächste Woche ab Mittwoch", "next week until Thursday": a day inside the range with "ab"/"bis" in front of it
 * narrows the range (it was dropped, and the whole week went to the office).
 */
function narrowed(from: string, to: string, context: Parameters<SyncValidator>[1]): [string, string] {
  const text = context.message?.text ?? '';
  let [start, end] = [from, to];
  for (const entity of context.message?.entities ?? []) {
    if (entity.type !== 'date' || typeof entity.value !== 'string' || entity.value < from || entity.value > to) continue;
    const before = text.slice(Math.max(0, entity.start - 12), entity.start).toLowerCase();
    if (/(?:^|\s)(?:ab|from|starting)\s+(?:dem\s+|am\s+)?$/.test(before)) start = entity.value;
    else if (/(?:^|\s)(?:bis|until|till|before)\s+(?:zum\s+|dem\s+|am\s+)?$/.test(before)) end = entity.value;
  }
  return start <= end ? [start, end] : [from, to];
}

/** Half a year: a wish without a year further ahead than this is more likely a day just passed than next year's. */
const FAR_DAYS = 183;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/**
 * "am 30.11." on 1 December is next year's 30 November, which the citizen may not mean (yesterday's date, a typo):
 * asked back, and a yes keeps it. So is "am 28.12." or "Weihnachten" on 5 January (this year's, but the day just
 * gone is more likely meant): whatever the calendar year, a wish without a year more than half a year ahead.
 * A period with its year written ("30.11.2027") is taken as it stands.
 */
function nextYearAsked(period: { from: string; to: string }, now: string, context: Parameters<SyncValidator>[1]): ValidatorResult | null {
  const words = context.entity?.text ?? '';
  if (/\d{4}/.test(words) || daysBetween(now, period.from) <= FAR_DAYS) return null;
  const de = period.from === period.to ? `den ${formatDate(period.from, 'de')}` : `${formatDate(period.from, 'de')} – ${formatDate(period.to, 'de')}`;
  const en = period.from === period.to ? formatDate(period.from, 'en') : `${formatDate(period.from, 'en')} – ${formatDate(period.to, 'en')}`;
  const nextYear = period.from.slice(0, 4) > now.slice(0, 4);
  return {
    ok: false,
    reason: nextYear
      ? { de: `Meinen Sie ${de}, im nächsten Jahr?`, en: `Do you mean ${en}, next year?`, plain: `Meinen Sie ${de}? Das ist nächstes Jahr.` }
      : {
          de: `Meinen Sie ${de}, also erst in mehr als einem halben Jahr?`,
          en: `Do you mean ${en}, more than half a year from now?`,
          plain: `Meinen Sie ${de}? Das ist erst in mehr als einem halben Jahr.`,
        },
    ask: {
      yes: period,
      no: { de: 'Bitte nennen Sie den Tag mit Jahr oder einen Zeitraum wie „nächste Woche“.', en: 'Please give the day with its year, or a period such as "next week".', plain: 'Bitte schreiben Sie den Tag mit Jahr. Oder zum Beispiel: nächste Woche.' },
    },
  };
}

// "ab 10.12." was stored as the single day 10.12., so the DSB read a fixed day: the wish is open from that day.
const FROM_BEFORE = /(?:^|\s)(?:ab|from|starting)\s+(?:dem\s+|am\s+|the\s+)?$/i;

function openFrom(date: string, context: Parameters<SyncValidator>[1]): boolean {
  const text = context.message?.text ?? '';
  const entity = context.entity ?? context.message?.entities.find((e) => e.type === 'date' && e.value === date);
  if (!entity) return /^\s*(?:ab|from|starting)\s/i.test(text);
  return FROM_BEFORE.test(text.slice(Math.max(0, entity.start - 14), entity.start));
}

// "vom 10.12. bis 20.12.", "ab 10.12., aber nicht nach dem 20.12.": the first day came alone, so the DSB read one
// fixed day (retest19s R1). A later date with "bis" (or a dash) in front of it ends the period.
const UNTIL_BEFORE = /(?:bis|until|till|to|through|nach dem|after the|[-–])\s*(?:zum\s+|einschließlich\s+|dem\s+|am\s+|the\s+)?$/i;

function rangeEnd(date: string, context: Parameters<SyncValidator>[1]): string | undefined {
  const text = context.message?.text ?? '';
  for (const entity of context.message?.entities ?? []) {
    if (entity.type !== 'date' || typeof entity.value !== 'string' || entity.value <= date) continue;
    if (UNTIL_BEFORE.test(text.slice(Math.max(0, entity.start - 16), entity.start))) return entity.value;
  }
  return undefined;
}

/** A period without an end: no `to`, so it never counts as passed; the label shows "ab 10.12.2026" in the summary. */
function fromDay(date: string): JsonObject {
  return { from: date, label: { de: `ab ${formatDate(date, 'de')}`, en: `from ${formatDate(date, 'en')}` } };
}

export const futurePeriod: SyncValidator = (value, context) => {
  const now = today(context.now);
  const past: DialogText = {
    de: 'Dieser Zeitraum liegt in der Vergangenheit. Bitte nennen Sie einen Zeitraum ab heute.',
    en: 'That period is in the past. Please give a period from today on.',
    plain: 'Diese Zeit ist schon vorbei. Bitte nennen Sie eine Zeit ab heute.',
  };
  // "am 31.2." went to the DSB as the wish, "29.2." became 2028, "12/3" was kept as words (tester-o C1).
  const missing = missingDate(context.message?.text ?? (typeof value === 'string' ? value : ''), context.now);
  if (missing) return { ok: false, reason: missing };
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (value < now) return { ok: false, reason: past };
    const end = rangeEnd(value, context);
    const taken = end ? { from: value, to: end } : openFrom(value, context) ? fromDay(value) : { from: value, to: value };
    const ask = nextYearAsked({ from: value, to: value }, now, context);
    return ask && !ask.ok && ask.ask ? { ...ask, ask: { ...ask.ask, yes: taken } } : { ok: true, value: taken };
  }
  if (isObject(value) && typeof value.from === 'string' && typeof value.to === 'string') {
    if (value.to < now) return { ok: false, reason: past };
    const [from, to] = narrowed(value.from < now ? now : value.from, value.to, context);
    const monthEnd = monthEndAsked(context.entity?.text ?? context.message?.text ?? '', { from, to }, now);
    if (monthEnd) return monthEnd;
    return nextYearAsked({ from, to }, now, context) ?? { ok: true, value: { from, to } };
  }
  // Free words are kept for the office ("nach den Ferien", "so bald wie möglich"), but not a past time, a
  // bare yes or no, or a date that does not exist ("31.2.").
  if (typeof value === 'string' && /^\s*\d{1,2}\.\s?\d{1,2}\.?(\d{2,4})?\s*$/.test(value)) {
    return { ok: false, reason: { de: 'Dieses Datum gibt es nicht. Bitte prüfen Sie es.', en: 'That date does not exist. Please check it.', plain: 'Dieses Datum gibt es nicht.' } };
  }
  if (typeof value === 'string' && PAST_WORDS.test(value.toLowerCase())) return { ok: false, reason: past };
  // The step's question with its examples follows the reason, so the reason asks nothing itself (it came twice).
  if (typeof value === 'string' && WHOLE_YEAR.test(value)) return { ok: false, reason: WHOLE_YEAR_REASON };
  if (typeof value === 'string' && value.trim().length >= 3 && !BARE_ANSWER.test(value.trim().toLowerCase()) && TIME_WORD.test(value)) return { ok: true, value: value.trim() };
  return { ok: false, reason: { de: 'Darin habe ich keinen Tag und keinen Zeitraum gefunden.', en: 'I found no day or period in that.', plain: 'Das verstehe ich nicht als Tag.' } };
};

// "nächstes Jahr": a whole year is no wish the office can plan a pickup with.
const WHOLE_YEAR = /(?<!\p{L})(?:n(?:ä|ae)chste[ns]?|kommende[ns]?|im\s+neuen|next|the\s+coming)\s+(?:jahr|year)(?!\p{L})/iu;
const WHOLE_YEAR_REASON: DialogText = {
  de: 'Ein ganzes Jahr ist zu ungenau. Bitte nennen Sie einen Monat, eine Woche oder einen Tag.',
  en: 'A whole year is too vague. Please give a month, a week or a day.',
  plain: 'Ein Jahr ist zu lang. Bitte nennen Sie einen Monat oder einen Tag.',
};

const NO_NAME: DialogText = {
  de: 'Bitte nennen Sie Vor- und Nachnamen, zum Beispiel „Maria Schmidt“.',
  en: 'Please give a first name and surname, for example "Maria Schmidt".',
  plain: 'Bitte schreiben Sie Vorname und Nachname.',
};

const CLAUSE_WORDS = new Set(
  'ich du er sie es wir ihr mein meine meinen dein sein seine ihre unser ist sind war hat haben hatte sagt sagen braucht brauche brauchen will wollen möchte kann muss soll wohnt heißt nebenan nicht weil dass the is are was has have says said needs wants my his their our'.split(' '),
);

/** A person's name as given ("ich heiße Ali Yilmaz", "my name is John Smith"): stored without the introduction. */
export const personName: SyncValidator = (value, context) => {
  const name = typeof value === 'string' ? nameFromAnswer(value, placeNames(context.profile)) : '';
  // A sentence is no name ("Frau Özdemir von nebenan sagt, ihr Sohn braucht einen Kitaplatz" became the dog's
  // owner), but a long name is ("Maria del Carmen García de la Fuente López"): a long answer with a verb or a
  // pronoun is refused.
  const words = name.toLowerCase().split(/[\s,]+/);
  if (words.length > 6 && words.some((w) => CLAUSE_WORDS.has(w))) return { ok: false, reason: NO_NAME };
  return /\p{L}.*\p{L}/u.test(name) ? { ok: true, value: name } : { ok: false, reason: NO_NAME };
};

// "ich", "auf mich", "gleicher Name", "same as above": the account holder is the person already named.
// Also the learner's "is meine konto" and the English "it's my account", "the account is mine" (stored as the name).
const SELF =
  /^(?:(?:das )?(?:ist|is) )?(?:ich|ich selbst|mich|mir|auf mich|auf meinen namen|meiner|mein name|mein konto|meine konto|mein eigenes konto|das ist mein konto|das konto ist meins|gleicher name|der gleiche name|derselbe name|dieselbe person|wie oben|siehe oben|der halter|die halterin|me|myself|mine|same|same name|same person|same as above|as above|(?:it'?s |it is )?(?:my|my own) account|(?:the )?account is mine|in my name|on my name)[.!]?$/i;

/** The account holder's name; a self-reference is the name given at the step `name` of the same dialog. */
export const accountHolder: SyncValidator = (value, context) => {
  const given = typeof value === 'string' ? value.trim() : '';
  const own = context.slots.name;
  if (SELF.test(given)) return typeof own === 'string' && own ? { ok: true, value: own } : { ok: false, reason: NO_NAME };
  return personName(value, context);
};

export function registerSharedValidators(registry: DialogRegistry): void {
  registry.validators.set('person_name', personName);
  registry.validators.set('account_holder', accountHolder);
  registry.validators.set('city_address', cityAddress);
  registry.validators.set('city_postcode', cityPostcode);
  registry.validators.set('contact', contact);
  registry.validators.set('not_in_future', notInFuture);
  registry.validators.set('future_period', futurePeriod);
}
