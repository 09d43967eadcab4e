/**
 * Finds checkable facts in an answer (phone numbers and extensions, postcodes, euro amounts, times of day, e-mail
 * addresses, web addresses, street addresses) and reports each one that is neither in the verified facts file
 * nor in the intent's own `facts:` list (e-mail, web and street addresses: nor in the city profile's values). Web-standard only: the facts
 * file arrives as a string, so the browser editor can run the same check.
 */

import { findNumberWords } from '../nlu/entities/numbers.js';

export type FactKind = 'phone' | 'extension' | 'postcode' | 'euro' | 'time' | 'email' | 'web' | 'street';

/** The kinds a city profile may add to what counts as known (its values are the city's own addresses). */
const PROFILE_KINDS: readonly FactKind[] = ['email', 'web', 'street'];

export interface FoundFact {
  kind: FactKind;
  /** As written in the answer. */
  text: string;
  /** Comparable form: digits for phones, "27.6" for amounts, "7:30" for times. */
  normalized: string;
  index: number;
}

const DASH = /[‐‑‒–—−]/g;
/** 0 or +49, area code, then groups split by space, slash or hyphen: "02421 25-0", "(02421) 25-2000", "+49 2421 250". */
const PHONE = /(?:\+49[\s-]?(?:\(0\))?\s?|\(?\b0)\d{2,}\)?(?:[ /-]{1,3}\d+)+|(?:\+49[\s-]?|\b0)\d{5,}/g;
const POSTCODE = /(?<![\d.,:])\b\d{5}\b(?![.,:]\d)/g;
const AMOUNT = '\\d{1,3}(?:[., ]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)|\\d+(?:[.,]\\d{1,2})?(?!\\d)';
/** "€", "EUR", "Euro", English "euros"; "53,- €" and "53,-- €" (how Word and price lists write whole euros). */
const EURO_SIGN = '(?:[.,]-{1,2})?\\s?(?:€|EUR\\b|[Ee]uros?\\b)';
const EURO_AFTER = new RegExp(`(?<![\\d.,])(${AMOUNT})${EURO_SIGN}`, 'g');
const EURO_BEFORE = new RegExp(`(?:€|EUR)\\s?(${AMOUNT})`, 'g');
const EURO_RANGE_START = new RegExp(`(?<![\\d.,])(${AMOUNT})\\s?-\\s?(?:${AMOUNT})${EURO_SIGN}`, 'g');
const CLOCK = /(?<![\d.,:])([01]?\d|2[0-4]):([0-5]\d)(?![\d:])/g;
/** Hours without "Uhr" after a day ("Samstags von 9-11", "Sa 9 bis 12"): both ends are times (re-test A3). */
const DAY_HOURS =
  /(?<!\p{L})(?:montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|werktags|Mo|Di|Mi|Do|Fr|Sa|So)\.?(?:\s?-\s?(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?)?\s?:?\s?(?:von\s)?(([01]?\d|2[0-4]))()\s?(?:-|bis)\s?(([01]?\d|2[0-4]))()(?![\d.:]|\s?(?:Uhr|h)\b)/giu;
const CLOCK_UHR = /(?<![\d.,:])([01]?\d|2[0-4])(?:[.:]([0-5]\d))?\s?(?:Uhr|h)\b/g;
/** The start of "9 bis 11 Uhr", "9-11 h", "9 to 11 am": the end is found by the patterns above. */
const CLOCK_RANGE_START = /(?<![\d.,:])(([01]?\d|2[0-4])(?:[.:]([0-5]\d))?)\s?(?:-|bis|to|until)\s?(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s?(?:Uhr\b|h\b)/g;
/** "Durchwahl 25-9999", "extension 2000": only the part after the central number. */
const EXTENSION = /(?:Durchwahl(?:nummer)?|Apparat|[Ee]xtension|[Ee]xt\.)\s*:?\s*(\d[\d -]*\d|\d)/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
const WEB = /\b(?:https?:\/\/)?((?:[a-z0-9-]+\.)+(?:de|com|org|net|eu|info|nrw|bund|gov|io))\b(?![@\w-])/gi;
/** German street addresses with a house number: "Kaiserstraße 12", "Am Markt 2" is "Markt 2". */
const STREET = /(?<!\p{L})([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜa-zäöüß][a-zäöüß]+)*(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer)|Markt)\s(\d{1,4})(?!\d)/gu;
const CLOCK_AMPM = /(?<![\d.,:])(1[0-2]|0?\d)(?:[:.]([0-5]\d))?\s?([ap])\.?\s?m\b\.?/gi;

/** Dashes of every kind become "-", non-breaking and narrow spaces (as Word and websites paste them) become spaces. */
function unify(text: string): string {
  return text.replace(DASH, '-').replace(/[\u00a0\u2007\u202f\u2009]/g, ' ');
}

export function normalizeStreet(name: string, number: string): string {
  return `${name.toLowerCase().replace(/str\.$/, 'straße').replace(/strasse$/, 'straße')} ${Number(number)}`;
}

export const normalizeHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

export function normalizePhone(text: string): string {
  const digits = text.replace(/\(0\)/g, '').replace(/\D/g, '');
  return digits.startsWith('49') && text.trim().startsWith('+') ? `0${digits.slice(2)}` : digits;
}

/** "27,60" and "27.60" -> "27.6"; "1.230" and "1,230" (thousands) -> "1230". */
export function normalizeAmount(text: string): string {
  const compact = text.replace(/[\s  ]/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = (decimal ? compact.slice(0, decimal.index) : compact).replace(/[.,]/g, '');
  const value = Number(`${whole}.${decimal?.[1] ?? '0'}`);
  return String(value);
}

function normalizeTime(hours: string, minutes: string | undefined): string {
  return `${Number(hours)}:${minutes ?? '00'}`;
}

/** Every phone number, postcode, euro amount and time of day in a text, in order of appearance. */
export function findFacts(input: string): FoundFact[] {
  const text = unify(input);
  const found: FoundFact[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a);
  const add = (kind: FactKind, raw: string, normalized: string, index: number, claim = true) => {
    found.push({ kind, text: raw.trim(), normalized, index });
    if (claim) taken.push([index, index + raw.length]);
  };

  for (const m of text.matchAll(EMAIL)) add('email', m[0], m[0].toLowerCase(), m.index);
  for (const m of text.matchAll(WEB)) {
    if (!overlaps(m.index, m.index + m[0].length)) add('web', m[0], normalizeHost(m[1] ?? ''), m.index);
  }
  for (const m of text.matchAll(PHONE)) {
    const digits = normalizePhone(m[0]);
    if (digits.length >= 6 && !/^\d{5}$/.test(m[0].trim()) && !overlaps(m.index, m.index + m[0].length)) add('phone', m[0], digits, m.index);
  }
  for (const m of text.matchAll(EXTENSION)) {
    const number = m[1] ?? '';
    const start = m.index + m[0].lastIndexOf(number);
    if (!overlaps(start, start + number.length)) add('extension', number, number.replace(/\D/g, ''), start);
  }
  for (const m of text.matchAll(STREET)) add('street', m[0], normalizeStreet(m[1] ?? '', m[2] ?? ''), m.index);
  for (const m of text.matchAll(CLOCK_AMPM)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const hours = Number(m[1]) % 12 + ((m[3] ?? '').toLowerCase() === 'p' ? 12 : 0);
    add('time', m[0], normalizeTime(String(hours), m[2]), m.index);
  }
  for (const m of text.matchAll(DAY_HOURS)) {
    const from = m[1] ?? '';
    const to = m[4] ?? '';
    const fromAt = m.index + m[0].indexOf(from);
    const toAt = m.index + m[0].lastIndexOf(to);
    if (!overlaps(fromAt, fromAt + from.length)) add('time', from, normalizeTime(m[2] ?? '0', undefined), fromAt);
    if (!overlaps(toAt, toAt + to.length)) add('time', to, normalizeTime(m[5] ?? '0', undefined), toAt);
  }
  for (const m of text.matchAll(CLOCK_RANGE_START)) {
    // Only the start is taken here ("9" of "9 bis 11 Uhr"); the end is a time of its own for the patterns below.
    if (!overlaps(m.index, m.index + (m[1] ?? '').length)) add('time', m[1] ?? '', normalizeTime(m[2] ?? '0', m[3]), m.index);
  }
  for (const re of [CLOCK_UHR, CLOCK]) {
    for (const m of text.matchAll(re)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      add('time', m[0], normalizeTime(m[1] ?? '0', m[2]), m.index);
    }
  }
  for (const re of [EURO_RANGE_START, EURO_AFTER, EURO_BEFORE]) {
    for (const m of text.matchAll(re)) {
      const amount = m[1] ?? '';
      const start = m.index + m[0].indexOf(amount);
      if (overlaps(start, start + amount.length)) continue;
      add('euro', amount, normalizeAmount(amount), start);
    }
  }
  // "dreiundfünfzig Euro": a fee written in words is a fee too.
  for (const w of findNumberWords(text)) {
    if (/^\s?(?:€|EUR\b|[Ee]uros?\b)/.test(text.slice(w.end)) && !overlaps(w.start, w.end)) add('euro', text.slice(w.start, w.end), String(w.value), w.start);
  }
  for (const m of text.matchAll(POSTCODE)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    add('postcode', m[0], m[0], m.index);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** What the facts file states, in comparable form. */
export type KnownFacts = Record<FactKind, Set<string>>;

/**
 * Reads the facts file. Euro amounts count when written with € ("46 €", "40–45 €", "110.40, 142.60 €") or when
 * they stand in a table introduced by a line that names € (the Wohngeld tables), so their numbers are known too.
 */
export function knownFactsFrom(factsText: string, profileText = ''): KnownFacts {
  const known: KnownFacts = { phone: new Set(), extension: new Set(), postcode: new Set(), euro: new Set(), time: new Set(), email: new Set(), web: new Set(), street: new Set() };
  for (const fact of findFacts(factsText)) known[fact.kind].add(fact.normalized);
  // The profile's own addresses count; its numbers must still be backed by the facts file.
  for (const fact of findFacts(profileText)) if (PROFILE_KINDS.includes(fact.kind)) known[fact.kind].add(fact.normalized);
  const lines = unify(factsText).split('\n');
  let euroTable = false;
  let lastText = '';
  for (const line of lines) {
    const isTableRow = line.trim().startsWith('|');
    if (isTableRow && euroTable) {
      // The first cell names the row (household members), the others are amounts.
      const cells = line.split('|').slice(2).join('|');
      for (const m of cells.matchAll(new RegExp(AMOUNT, 'g'))) known.euro.add(normalizeAmount(m[0]));
    }
    if (!isTableRow && line.trim()) {
      lastText = line;
      euroTable = /€|\bEUR\b|\bEuro\b/.test(lastText);
    }
    if (/€/.test(line)) addEuroLists(line, known.euro);
  }
  return known;
}

/** In "54, 67, 79, 92, 103 €" every number is an amount: only numbers and separators stand between it and the €. */
function addEuroLists(line: string, into: Set<string>): void {
  for (const m of line.matchAll(new RegExp(AMOUNT, 'g'))) {
    const after = line.slice(m.index + m[0].length);
    const euro = after.indexOf('€');
    if (euro >= 0 && /^[\d\s.,+-]*$/.test(after.slice(0, euro))) into.add(normalizeAmount(m[0]));
  }
}

export type ListedFacts = ReadonlyArray<{ value: string }>;

/** Every fact in the answer that neither the facts file (read once with knownFactsFrom) nor the listed facts back. */
export function uncheckedFacts(answer: string, known: KnownFacts, listed: ListedFacts = []): FoundFact[] {
  const listedFacts = findFacts(listed.map((fact) => fact.value).join('\n'));
  const isKnown = (kind: FactKind, normalized: string): boolean => {
    // An extension is known when a verified number ends with it ("25-2000" of "02421 25-2000").
    if (kind === 'extension') return [...known.phone, ...listedFacts.filter((l) => l.kind === 'phone').map((l) => l.normalized)].some((phone) => phone.endsWith(normalized));
    return known[kind].has(normalized) || listedFacts.some((l) => l.kind === kind && l.normalized === normalized);
  };
  return findFacts(answer).filter((fact) => {
    if (isKnown(fact.kind, fact.normalized)) return false;
    // The phone pattern may swallow a following number ("02421 25-0 2 Wochen"): try without trailing groups.
    if (fact.kind === 'phone') {
      const groups = fact.text.split(' ');
      for (let n = groups.length - 1; n >= 1; n -= 1) {
        const digits = normalizePhone(groups.slice(0, n).join(' '));
        if (digits.length >= 6 && isKnown('phone', digits)) return false;
      }
    }
    return true;
  });
}

/** Convenience for one answer: reads the facts text and checks. */
export function checkFacts(answer: string, factsText: string, listed: ListedFacts = []): FoundFact[] {
  return uncheckedFacts(answer, knownFactsFrom(factsText), listed);
}
