/** Dates and date ranges, German and English, resolved against the injected clock (rules in types.ts). */
import {
  addDays,
  civilToday,
  compareDates,
  formatIsoDate,
  isoWeekday,
  isValidDate,
  lastDayOfMonth,
  lastOccurrence,
  nextOccurrence,
  startOfWeek,
  type CivilDate,
} from './calendar.js';
import { candidate, type Candidate } from './candidate.js';
import { MONTH_NAME, monthNumber, WEEKDAY_NAME, weekdayNumber } from './date-words.js';
import { parseCount } from './number-words.js';
import { wordRegex } from './patterns.js';
import { findNamedDays, findNamedPeriods, findWeekdaysWeeksOn } from './named-days.js';
import { findSpokenDates } from './spoken-dates.js';

/** A date written with day and month (and maybe a year), before any resolution against today. */
export interface ExplicitDate {
  day: number;
  month: number;
  /** The year as written (2 or 4 digits), or null. */
  year: string | null;
  start: number;
  end: number;
}

const NUMERIC = /(?<![\p{L}\p{N}.,])(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})(?![\p{N}]))?(?![\p{N}])/gu;
const NUMERIC_CUED = /(?<=(?:am|den|dem|ab|bis|vom|zum|seit|on|until|since)\s)(\d{1,2})\.(\d{1,2})(?![\p{N}.,])/giu;
const ISO = /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu;
// "14/02/1988", "14-02-88" (British, and German forms typed that way); "02/14/1988" only where the day shows it.
const SLASHED = /(?<![\p{N}/.,-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}/-])/gu;
// A two-digit year only from 25 up ("3. april 85"): "am 3. April 10 Uhr" holds an hour, not a year.
const DAY_MONTH = wordRegex(
  `(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s{0,2}(?:of\\s+)?(${MONTH_NAME})\\.?(?:,?\\s+(\\d{4}|[2-9]\\d(?<![2][0-4])(?!\\s*(?:uhr|h\\b|:|\\.\\d))))?`,
);
const MONTH_DAY = wordRegex(`(${MONTH_NAME})\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`);

/** Explicit calendar dates: "3.12.", "03.12.2026", "14/02/1988", "3. Dezember", "December 3rd, 2026", "2026-12-03". */
export function findExplicitDates(text: string): ExplicitDate[] {
  const out: ExplicitDate[] = [];
  const push = (day: string | undefined, month: number | undefined, year: string | undefined, start: number, end: number) => {
    if (day === undefined || month === undefined) return;
    out.push({ day: Number(day), month, year: year ?? null, start, end });
  };
  for (const m of text.matchAll(NUMERIC)) push(m[1], Number(m[2]), m[3], m.index, m.index + m[0].length);
  for (const m of text.matchAll(NUMERIC_CUED)) push(m[1], Number(m[2]), undefined, m.index, m.index + m[0].length);
  for (const m of text.matchAll(ISO)) push(m[3], Number(m[2]), m[1], m.index, m.index + m[0].length);
  for (const m of text.matchAll(SLASHED)) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    // Day first, as in Europe; American month-first only when the first number cannot be a month's day order.
    const [day, month] = first <= 12 && second > 12 ? [second, first] : [first, second];
    push(String(day), month, m[4], m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(DAY_MONTH)) push(m[1], monthNumber(m[2] ?? ''), m[3], m.index, m.index + m[0].length);
  for (const m of text.matchAll(MONTH_DAY)) push(m[2], monthNumber(m[1] ?? ''), m[3], m.index, m.index + m[0].length);
  out.push(...findSpokenDates(text));
  return out.filter((d) => d.day >= 1 && d.day <= 31 && d.month >= 1 && d.month <= 12);
}

/** Two-digit years: 20yy unless that is more than 10 years ahead, then 19yy ("3.4.80" is 1980). */
export function fullYear(year: string, today: CivilDate): number {
  if (year.length === 4) return Number(year);
  const y = 2000 + Number(year);
  return y > today.year + 10 ? y - 100 : y;
}

function resolveExplicit(d: ExplicitDate, today: CivilDate, past: boolean): CivilDate | null {
  if (d.year === null) return past ? lastOccurrence(today, d.month, d.day) : nextOccurrence(today, d.month, d.day);
  const year = fullYear(d.year, today);
  return isValidDate(year, d.month, d.day) ? { year, month: d.month, day: d.day } : null;
}

const RELATIVE = wordRegex(
  'the\\s+day\\s+after\\s+tomorrow|day\\s+after\\s+tomorrow|übermorgen|uebermorgen|vorgestern|heute|gestern|today|tomorrow|yesterday|' +
    `(?<!(?:heute|gestern|am|jeden|guten|den|diesen|einen|${WEEKDAY_NAME})\\s{1,3})morgen`,
);
const RELATIVE_OFFSET: Record<string, number> = {
  übermorgen: 2, uebermorgen: 2, vorgestern: -2, heute: 0, gestern: -1, morgen: 1, today: 0, tomorrow: 1, yesterday: -1,
};
const IN_DAYS = wordRegex('in\\s+(\\d{1,3}|[\\p{L}]{1,20})\\s+(tag|tagen|days?|wochen?|weeks?)');
/** "nächste" and its spellings by ear: "naechste", "nekste", "nechste", "nexte" (no other German word). */
const NEXT = 'n(?:ä|ae|e)(?:chs|ks|gs|x|hs)te';
const WEEKDAY = wordRegex(
  `(?:(übernächsten|uebernaechsten|${NEXT}n|kommenden|diesen|am|next|this|on|coming)\\s+)?` +
    `(${WEEKDAY_NAME})(\\s+(?:(?:in\\s+der\\s+)?${NEXT}[rn]?\\s+woche|next\\s+week))?`,
);
/** "nächste Woche Dienstag", "next week on Tuesday": the weekday of next week. */
const NEXT_WEEK_BEFORE = new RegExp(`(?<![\\p{L}])(?:${NEXT}[rn]?\\s+woche|next\\s+week)\\s+(?:am\\s+|on\\s+)?$`, 'iu');

// Words that point back in time: "seit dem 20.11.", "seit Montag", "letzten Dienstag", "since last Monday".
const PAST_CUE =
  /(?:^|[^\p{L}])(?:seit|since|letzten|letztem|letzte|vergangenen|vergangenem|vorigen|vorigem|last|previous)(?:\s+(?:dem|den|der|letzten|letztem|vergangenen|vergangenem|the|last))?\s+$/iu;

function pastCue(text: string, start: number): boolean {
  return PAST_CUE.test(text.slice(Math.max(0, start - 40), start));
}

// "vor 3 Tagen", "seit zwei Wochen", "seit einem Jahr", "3 days ago", "a year ago": that far back from today.
const AGO = wordRegex(
  '(?:vor|seit)\\s+(\\d{1,3}|[\\p{L}]{1,20})\\s+(tag|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren)' +
    '|(\\d{1,3}|[\\p{L}]{1,20})\\s+(days?|weeks?|months?|years?)\\s+ago',
);

/** `d` moved by whole months, the day kept where the month has it ("vor einem Monat" on 31 March: 28 February). */
function addMonths(d: CivilDate, months: number): CivilDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, lastDayOfMonth(year, month).day) };
}

function backFrom(today: CivilDate, n: number, unit: string): CivilDate {
  const u = unit.toLowerCase();
  if (/^(monat|monate|monaten|months?)$/.test(u)) return addMonths(today, -n);
  if (/^(jahr|jahre|jahren|years?)$/.test(u)) return addMonths(today, -12 * n);
  return addDays(today, -n * (/^(woche|wochen|weeks?)$/.test(u) ? 7 : 1));
}

function weekdayDate(today: CivilDate, target: number, mode: string): CivilDate {
  const m = mode.toLowerCase();
  if (m === 'past') {
    const back = (isoWeekday(today) - target + 7) % 7;
    return addDays(today, -(back === 0 ? 7 : back));
  }
  if (m === 'next-week' || m === 'next' || new RegExp(`^${NEXT}n$`, 'u').test(m)) return addDays(startOfWeek(today), 7 + target - 1);
  if (m === 'übernächsten' || m === 'uebernaechsten') return addDays(startOfWeek(today), 14 + target - 1);
  const ahead = (target - isoWeekday(today) + 7) % 7;
  return addDays(today, ahead === 0 ? 7 : ahead);
}

/** Single dates: relative words, weekdays, "in 3 Tagen", explicit dates. */
export function detectDates(text: string, now: Date, timeZone: string): Candidate[] {
  const today = civilToday(now, timeZone);
  const out: Candidate[] = [];
  const add = (d: CivilDate | null, start: number, end: number) => {
    if (d) out.push(candidate('date', formatIsoDate(d), start, end));
  };
  for (const m of text.matchAll(RELATIVE)) {
    const key = m[0].toLowerCase().replace(/\s+/g, ' ');
    add(addDays(today, RELATIVE_OFFSET[key] ?? (key.endsWith('after tomorrow') ? 2 : 0)), m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(IN_DAYS)) {
    const n = parseCount(m[1] ?? '');
    if (n === null || n > 366) continue;
    const perUnit = /^(woche|wochen|week|weeks)$/i.test(m[2] ?? '') ? 7 : 1;
    add(addDays(today, n * perUnit), m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(AGO)) {
    const n = parseCount(m[1] ?? m[3] ?? '');
    if (n === null || n > 366) continue;
    add(backFrom(today, n, m[2] ?? m[4] ?? ''), m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const target = weekdayNumber(m[2] ?? '');
    if (target === undefined) continue;
    const nextWeek = m[3] || (!m[1] && NEXT_WEEK_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)));
    const mode = nextWeek ? 'next-week' : !m[1] && pastCue(text, m.index) ? 'past' : (m[1] ?? '');
    add(weekdayDate(today, target, mode), m.index, m.index + m[0].length);
  }
  for (const d of findExplicitDates(text)) add(resolveExplicit(d, today, pastCue(text, d.start)), d.start, d.end);
  for (const d of [...findNamedDays(text, today), ...findWeekdaysWeeksOn(text, today)]) add(d.date, d.start, d.end);
  return out;
}

const WEEK = wordRegex(
  `(?<!(?:${WEEKDAY_NAME})\\s{1,3}(?:in\\s+der\\s+)?)(?:in\\s+(?:der\\s+)?)?` +
    `(?:(übernächste[rn]?|uebernaechste[rn]?)|(${NEXT}[rn]?|kommende[rn]?|next|coming|the\\s+coming)|(diese[rn]?|this))\\s+(?:woche|week)` +
    '|(the\\s+week\\s+after\\s+next)',
);
const WEEKEND = wordRegex('(?:am|dieses|this|nächstes|naechstes|next|kommendes|the|at\\s+the|on\\s+the)\\s+(?:wochenende|weekend)');
const NEXT_MONTH = wordRegex(`(?:im\\s+)?(?:${NEXT}n|kommenden|next)\\s+(?:monat|month)`);
const THIS_MONTH = wordRegex('(?:diesen|this|in\\s+diesem)\\s+(?:monat|month)');
// "Anfang Januar", "Mitte Dezember", "Ende Mai 2027", "im Januar", "early January", "end of May", "in June".
const MONTH_PART = wordRegex(
  `(?:(anfang|mitte|ende|early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of)[\\s-]+|(?:im|in|(seit|since|ab|from))\\s+)(${MONTH_NAME})(?!\\.?\\s{1,2}\\d{1,2}(?![\\p{N}]))(?:\\s+(\\d{4}))?`,
);
// A month with its year needs no cue ("März 2023"), unless a day stands in front ("3. März 2023" is a date).
const MONTH_YEAR = wordRegex(`(?<!\\d(?:\\.|st|nd|rd|th)?\\s{0,2}(?:of\\s+)?)(${MONTH_NAME})\\s+(\\d{4})`);
// "seit letztem Monat", "seit letzte monat" (learners drop the ending).
const LAST_MONTH = wordRegex('(?:im\\s+)?(?:letzte[nm]?|vergangene[nm]?|vorige[nm]?|last|previous)\\s+(?:monat|month)');
// "seit 2019", "im Jahr 2019", "since 2019": the whole year (a bare "2019" is a number).
const YEAR = wordRegex('(?:seit|since|im\\s+jahr|in\\s+the\\s+year|in)\\s+((?:19|20)\\d\\d)(?![\\p{N}.,])');
const PART_DAYS: Record<string, [number, number]> = { anfang: [1, 10], early: [1, 10], beginning: [1, 10], start: [1, 10], mitte: [11, 20], mid: [11, 20], middle: [11, 20], ende: [21, 31], late: [21, 31], end: [21, 31] };

/** The days of a month part, this year's or (when it is over and nothing points back) next year's. */
function monthPart(today: CivilDate, month: number, part: string | undefined, year: string | undefined, past: boolean): [CivilDate, CivilDate] {
  const key = (part ?? '').toLowerCase().replace(/^the\s+/, '').split(/\s+/)[0] ?? '';
  const [first, last] = PART_DAYS[key] ?? [1, 31];
  const span = (y: number): [CivilDate, CivilDate] => {
    const end = lastDayOfMonth(y, month);
    return [{ year: y, month, day: first }, { year: y, month, day: Math.min(last, end.day) }];
  };
  if (year) return span(Number(year));
  const [from, to] = span(today.year);
  if (past) return compareDates(from, today) <= 0 ? [from, to] : span(today.year - 1);
  if (compareDates(to, today) < 0) return span(today.year + 1);
  // Days already gone are of no use for a booking, as with "diese Woche".
  return [compareDates(from, today) < 0 ? today : from, to];
}

/** Ranges: this/next week, this/next/last month, the week after next, the weekend, parts of a month, a month or a year. */
export function detectDateRanges(text: string, now: Date, timeZone: string): Candidate[] {
  const today = civilToday(now, timeZone);
  const monday = startOfWeek(today);
  const out: Candidate[] = [];
  const add = (from: CivilDate, to: CivilDate, m: RegExpMatchArray & { index: number }) =>
    out.push(candidate('date_range', { from: formatIsoDate(from), to: formatIsoDate(to) }, m.index, m.index + m[0].length));
  for (const m of text.matchAll(WEEK)) {
    if (m[1] || m[4]) add(addDays(monday, 14), addDays(monday, 20), m);
    else if (m[2]) add(addDays(monday, 7), addDays(monday, 13), m);
    else add(today, addDays(monday, 6), m);
  }
  for (const m of text.matchAll(WEEKEND)) add(isoWeekday(today) >= 6 ? today : addDays(monday, 5), addDays(monday, 6), m);
  for (const m of text.matchAll(NEXT_MONTH)) {
    const first = today.month === 12 ? { year: today.year + 1, month: 1, day: 1 } : { year: today.year, month: today.month + 1, day: 1 };
    add(first, lastDayOfMonth(first.year, first.month), m);
  }
  for (const m of text.matchAll(THIS_MONTH)) add(today, lastDayOfMonth(today.year, today.month), m);
  for (const m of text.matchAll(MONTH_PART)) {
    const month = monthNumber(m[3] ?? '');
    if (month === undefined) continue;
    const past = /^(seit|since)$/i.test(m[2] ?? '') || pastCue(text, m.index);
    const [from, to] = monthPart(today, month, m[1], m[4], past);
    add(from, to, m);
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const month = monthNumber(m[1] ?? '');
    if (month !== undefined) add(...monthPart(today, month, undefined, m[2], false), m);
  }
  for (const m of text.matchAll(LAST_MONTH)) {
    const first = today.month === 1 ? { year: today.year - 1, month: 12, day: 1 } : { year: today.year, month: today.month - 1, day: 1 };
    add(first, lastDayOfMonth(first.year, first.month), m);
  }
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    add({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }, m);
  }
  for (const p of findNamedPeriods(text, today)) out.push(candidate('date_range', { from: formatIsoDate(p.from), to: formatIsoDate(p.to) }, p.start, p.end));
  return out;
}
