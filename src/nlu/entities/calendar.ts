/**
 * Civil-date arithmetic. "Today" is taken from the injected clock in the given time zone via
 * Intl.DateTimeFormat; everything after that is done on plain year-month-day values in UTC, so daylight
 * saving changes can never shift a date.
 */
import { pad2 } from './patterns.js';

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws a RangeError naming the zone when it is unknown: a configuration error, not user input.
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The civil date of `now` in `timeZone`. */
export function civilToday(now: Date, timeZone: string): CivilDate {
  const parts = formatterFor(timeZone).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

function toUtc(d: CivilDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromUtc(t: Date): CivilDate {
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CivilDate, days: number): CivilDate {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: CivilDate): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const t = fromUtc(new Date(Date.UTC(year, month - 1, day)));
  return t.month === month && t.day === day;
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function formatIsoDate(d: CivilDate): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** Monday of the week that contains `d`. */
export function startOfWeek(d: CivilDate): CivilDate {
  return addDays(d, 1 - isoWeekday(d));
}

export function lastDayOfMonth(year: number, month: number): CivilDate {
  return fromUtc(new Date(Date.UTC(year, month, 0)));
}

/**
 * A day and month without a year: the next occurrence on or after today ("1.2." in November is next
 * February). Null when the date does not exist then: 31.4. never, 29.2. in the coming February of a common
 * year (it jumped to the next leap year, 14 months ahead, and the booking offered that; tester-o B4).
 */
export function nextOccurrence(today: CivilDate, month: number, day: number): CivilDate | null {
  const year = compareDates({ year: today.year, month, day }, today) >= 0 ? today.year : today.year + 1;
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** A day and month without a year, looking back: the last occurrence on or before today ("seit 20.11."). */
export function lastOccurrence(today: CivilDate, month: number, day: number): CivilDate | null {
  for (let year = today.year; year >= today.year - 8; year--) {
    if (!isValidDate(year, month, day)) continue;
    const d = { year, month, day };
    if (compareDates(d, today) <= 0) return d;
  }
  return null;
}
