/**
 * The calendar day (and year) of an instant in the city's time zone. Timestamps are stored in UTC, so their
 * first ten characters are the UTC day: a request sent at 00:45 on 1 January in Düren is still 31 December
 * there. Every date shown to the citizen or the office, and the year in a reference, is the local day
 * (tester-o A1, A3), as the summary page and the staff list already show it. Intl only: same on Node and Workers.
 */

/** The zone of the offices the assistant serves (German municipalities); staff pages may set their own. */
export const OFFICE_TIME_ZONE = 'Europe/Berlin';

const formats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format;
}

/** "YYYY-MM-DD" of `at` (an ISO timestamp or a Date) in `timeZone`. Throws RangeError for an invalid date. */
export function officeDay(at: string | Date, timeZone: string = OFFICE_TIME_ZONE): string {
  return dayFormat(timeZone).format(typeof at === 'string' ? new Date(at) : at);
}

/** "YYYY" of `at` in `timeZone`: the year a reference number carries. */
export function officeYear(at: string | Date, timeZone: string = OFFICE_TIME_ZONE): string {
  return officeDay(at, timeZone).slice(0, 4);
}
