/**
 * Days and periods said by name rather than by number (tester-o B1, B3, F): "Heiligabend", "Silvester",
 * "Neujahr", "Weihnachten" (the 1st Christmas Day, 25.12.), "zwischen den Jahren" (27.–30.12.), "nach
 * Weihnachten", "nach Ostern", "Ende des Monats", and a weekday a week or two on ("Freitag in einer Woche",
 * "Tuesday week"). Each is the coming one; a past cue ("seit Weihnachten") makes a single day the last one.
 * "Heiligabend" held "abend", and the booking read it as "abends": these words are matched whole here.
 */
import {
  addDays,
  compareDates,
  isoWeekday,
  lastDayOfMonth,
  lastOccurrence,
  nextOccurrence,
  type CivilDate,
} from './calendar.js';
import { WEEKDAY_NAME, weekdayNumber } from './date-words.js';
import { parseCount } from './number-words.js';
import { wordRegex } from './patterns.js';

/** Easter Sunday of a year (Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** An Easter-based day (offset from Easter Sunday): this year's unless it is over, then next year's. */
function easterDay(today: CivilDate, offset: number, past: boolean): CivilDate {
  const inYear = (year: number) => addDays(easterSunday(year), offset);
  const current = inYear(today.year);
  if (past) return compareDates(current, today) <= 0 ? current : inYear(today.year - 1);
  return compareDates(current, today) >= 0 ? current : inYear(today.year + 1);
}

const ORDINAL_1 = '(?:1\\.|erste[nrm]?)\\s*';
const ORDINAL_2 = '(?:2\\.|zweite[nrm]?)\\s*';
const XMAS_DAY = 'weihnachts(?:feier)?tag';

/** Fixed days of the year, [month, day], and Easter days as [offset from Easter Sunday]. */
const FIXED_DAYS: Array<[RegExp, number, number]> = [
  [wordRegex("heilig(?:en)?\\s?abends?|christmas\\s+eve"), 12, 24],
  [wordRegex(`${ORDINAL_2}${XMAS_DAY}|boxing\\s+day`), 12, 26],
  [wordRegex(`(?:${ORDINAL_1})?${XMAS_DAY}|weihnachten|christmas(?:\\s+day)?`), 12, 25],
  [wordRegex("silvester|sylvester|new\\s+year'?s\\s+eve"), 12, 31],
  [wordRegex("neujahr(?:stag)?|new\\s+year'?s(?:\\s+day)?"), 1, 1],
];
const EASTER_DAYS: Array<[RegExp, number]> = [
  [wordRegex('karfreitag|good\\s+friday'), -2],
  [wordRegex('ostersonntag|ostern|easter(?:\\s+sunday)?'), 0],
  [wordRegex('ostermontag|easter\\s+monday'), 1],
];

// Words that point back in time ("seit Weihnachten", "since Christmas"): the last such day.
const PAST_BEFORE = /(?:^|[^\p{L}])(?:seit|since|letzte[nms]?|vergangene[nms]?|last)\s+$/iu;

/** Single named days. */
export function findNamedDays(text: string, today: CivilDate): Array<{ date: CivilDate; start: number; end: number }> {
  const out: Array<{ date: CivilDate; start: number; end: number }> = [];
  const pastAt = (start: number) => PAST_BEFORE.test(text.slice(Math.max(0, start - 30), start));
  for (const [re, month, day] of FIXED_DAYS) {
    for (const m of text.matchAll(re)) {
      const date = pastAt(m.index) ? lastOccurrence(today, month, day) : nextOccurrence(today, month, day);
      if (date) out.push({ date, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const [re, offset] of EASTER_DAYS) {
    for (const m of text.matchAll(re)) out.push({ date: easterDay(today, offset, pastAt(m.index)), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// "Freitag in einer Woche", "am Freitag in zwei Wochen", "in zwei Wochen am Freitag", "Tuesday week",
// "a week on Tuesday", "Friday in two weeks": the weekday a week (or n weeks) after its coming one.
const WEEKS = '(\\d|[\\p{L}]{1,10})\\s+(?:wochen?|weeks?)';
const WEEKDAY_WEEKS = wordRegex(
  `(?:(?:am|on)\\s+)?(${WEEKDAY_NAME})\\s+in\\s+${WEEKS}` +
    `|in\\s+${WEEKS}\\s+(?:(?:am|on)\\s+)?(${WEEKDAY_NAME})` +
    `|(?:(?:am|on)\\s+)?(${WEEKDAY_NAME})\\s+week` +
    `|a\\s+week\\s+(?:on|from)\\s+(${WEEKDAY_NAME})`,
);

/** "Freitag in einer Woche": the coming Friday (today, if it is one) and a week on. */
export function findWeekdaysWeeksOn(text: string, today: CivilDate): Array<{ date: CivilDate; start: number; end: number }> {
  const out: Array<{ date: CivilDate; start: number; end: number }> = [];
  for (const m of text.matchAll(WEEKDAY_WEEKS)) {
    const day = weekdayNumber(m[1] ?? m[4] ?? m[5] ?? m[6] ?? '');
    const count = m[2] ?? m[3];
    const weeks = count === undefined ? 1 : parseCount(count);
    if (day === undefined || weeks === null || weeks < 1 || weeks > 8) continue;
    const coming = addDays(today, (day - isoWeekday(today) + 7) % 7);
    out.push({ date: addDays(coming, 7 * weeks), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A period of the coming year: from the day it starts, or from today when it has begun. */
function coming(today: CivilDate, span: (year: number) => [CivilDate, CivilDate]): [CivilDate, CivilDate] {
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    const [from, to] = span(year);
    if (compareDates(to, today) >= 0) return [compareDates(from, today) < 0 ? today : from, to];
  }
  return span(today.year + 1);
}

const day = (year: number, month: number, d: number): CivilDate => ({ year, month, day: d });
/** "nach Weihnachten" and the like name no end: the two weeks after. */
const TWO_WEEKS = 13;

const PERIODS: Array<[RegExp, (year: number) => [CivilDate, CivilDate]]> = [
  [wordRegex('zwischen\\s+den\\s+jahren|between\\s+christmas\\s+and\\s+new\\s+year'), (y) => [day(y, 12, 27), day(y, 12, 30)]],
  [wordRegex('nach\\s+(?:den\\s+)?weihnacht(?:en|stagen|sfeiertagen)|after\\s+christmas'), (y) => [day(y, 12, 27), addDays(day(y, 12, 27), TWO_WEEKS)]],
  [wordRegex('nach\\s+(?:neujahr|silvester)|after\\s+new\\s+year'), (y) => [day(y, 1, 2), addDays(day(y, 1, 2), TWO_WEEKS)]],
  [wordRegex('nach\\s+(?:ostern|ostermontag|den\\s+osterfeiertagen)|after\\s+easter'), (y) => [addDays(easterSunday(y), 2), addDays(easterSunday(y), 2 + TWO_WEEKS)]],
];
// "vor Weihnachten", "vor Ostern": from today up to the day before.
const BEFORE: Array<[RegExp, (year: number) => CivilDate]> = [
  [wordRegex('vor\\s+(?:heilig(?:en)?\\s?abend|weihnachten)|before\\s+christmas'), (y) => day(y, 12, 23)],
  [wordRegex('vor\\s+ostern|before\\s+easter'), (y) => addDays(easterSunday(y), -3)],
];

const NEXT = 'n(?:ä|ae)chste[nm]?|kommende[nm]?|next|the\\s+coming';
// "Ende des Monats", "Anfang nächsten Monats", "end of the month", "Mitte des kommenden Monats".
const MONTH_PART = wordRegex(
  `(anfang|mitte|ende|(?:the\\s+)?(?:beginning|start|middle|end))\\s+(?:des\\s+|dieses\\s+|of\\s+(?:the\\s+|this\\s+)?)?(?:(${NEXT})\\s+)?(?:monats|month)`,
);
const PART_DAYS: Record<string, [number, number]> = { anfang: [1, 10], beginning: [1, 10], start: [1, 10], mitte: [11, 20], middle: [11, 20], ende: [21, 31], end: [21, 31] };

function monthSpan(year: number, month: number, [first, last]: [number, number]): [CivilDate, CivilDate] {
  const end = lastDayOfMonth(year, month).day;
  return [day(year, month, first), day(year, month, Math.min(last, end))];
}

function addMonth(d: CivilDate, n: number): CivilDate {
  const index = d.year * 12 + d.month - 1 + n;
  return day(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** Named periods: between the years, after Christmas or Easter, before Christmas, a part of this or next month. */
export function findNamedPeriods(text: string, today: CivilDate): Array<{ from: CivilDate; to: CivilDate; start: number; end: number }> {
  const out: Array<{ from: CivilDate; to: CivilDate; start: number; end: number }> = [];
  const push = ([from, to]: [CivilDate, CivilDate], m: RegExpMatchArray & { index: number }) => out.push({ from, to, start: m.index, end: m.index + m[0].length });
  for (const [re, span] of PERIODS) for (const m of text.matchAll(re)) push(coming(today, span), m);
  for (const [re, last] of BEFORE) {
    for (const m of text.matchAll(re)) {
      const end = compareDates(last(today.year), today) >= 0 ? last(today.year) : last(today.year + 1);
      push([today, end], m);
    }
  }
  for (const m of text.matchAll(MONTH_PART)) {
    const part = PART_DAYS[(m[1] ?? '').toLowerCase().replace(/^the\s+/, '')];
    if (!part) continue;
    const month = addMonth(today, m[2] ? 1 : 0);
    let [from, to] = monthSpan(month.year, month.month, part);
    // This month's part already over ("Anfang des Monats" on the 25th): next month's, as with a named month.
    if (!m[2] && compareDates(to, today) < 0) [from, to] = monthSpan(addMonth(today, 1).year, addMonth(today, 1).month, part);
    push([compareDates(from, today) < 0 ? today : from, to], m);
  }
  return out;
}
