/**
 * Dates in a wish that cannot be taken as they stand (tester-o B4, C1): a day that does not exist ("am 31.2.",
 * "30.02.2027"), the 29.2. of a common year (it jumped to the next leap year, 14 months ahead), and "12/3", which
 * is the 12 March in Germany and the 3 December in the US. The NLU finds no date in them, so the wish was refused
 * with "keinen Tag gefunden" or the words were sent on as the wish; the citizen is told what is wrong instead.
 */
import { civilToday, isValidDate, nextOccurrence } from '../../../nlu/entities/calendar.js';
import { findExplicitDates, fullYear } from '../../../nlu/entities/dates.js';
import type { DialogText } from '../../schema.js';

const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day and month with a slash and no year: "12/3", "am 25/12". */
const SLASHED_DAY_MONTH = /(?<![\p{N}/.,-])(\d{1,2})\/(\d{1,2})(?![\p{N}/.,-])/u;

function never(day: number, month: number, year: string | null): DialogText {
  const given = year ? `${day}.${month}.${year}` : `${day}.${month}.`;
  return {
    de: `Den ${given} gibt es nicht. Bitte prüfen Sie Tag und Monat.`,
    en: `There is no ${given}. Please check the day and month.`,
    plain: `Den ${given} gibt es nicht. Bitte prüfen Sie das Datum.`,
  };
}

function notThisYear(day: number, month: number, year: number): DialogText {
  return {
    de: `Den ${day}.${month}. gibt es ${year} nicht: ${year} ist kein Schaltjahr. Bitte nennen Sie einen anderen Tag.`,
    en: `There is no ${day} ${MONTHS_EN[month - 1] ?? ''} in ${year}: ${year} is not a leap year. Please give another day.`,
    plain: `Den ${day}.${month}. gibt es ${year} nicht. Bitte nennen Sie einen anderen Tag.`,
  };
}

/** "12/3": both readings when both are dates, and the written form that is clear. */
function slashed(first: number, second: number): DialogText | null {
  const readings = [[first, second], ...(first !== second ? [[second, first]] : [])].filter(([d = 0, m = 0]) => isValidDate(2000, m, d));
  if (readings.length === 0) return null;
  const de = readings.map(([d = 0, m = 0]) => `den ${d}. ${MONTHS_DE[m - 1] ?? ''}`).join(' oder ');
  const en = readings.map(([d = 0, m = 0]) => `${d} ${MONTHS_EN[m - 1] ?? ''}`).join(' or ');
  const [d = 0, m = 0] = readings[0] ?? [];
  return {
    de: `Meinen Sie ${de}? Bitte schreiben Sie den Tag mit Punkten, zum Beispiel „${d}.${m}.“.`,
    en: `Do you mean ${en}? Please write the day like this: "${d} ${MONTHS_EN[m - 1] ?? ''}" or "${d}.${m}.".`,
    plain: `Meinen Sie ${de}? Bitte schreiben Sie den Tag so: ${d}.${m}.`,
  };
}

/** What is wrong with a date the message names, or null when every date in it can be taken. */
export function missingDate(text: string, now: Date, timeZone = 'Europe/Berlin'): DialogText | null {
  const today = civilToday(now, timeZone);
  for (const d of findExplicitDates(text)) {
    if (d.year !== null) {
      if (!isValidDate(fullYear(d.year, today), d.month, d.day)) return never(d.day, d.month, d.year);
      continue;
    }
    // 2000 is a leap year: a day it lacks exists in no year.
    if (!isValidDate(2000, d.month, d.day)) return never(d.day, d.month, null);
    if (nextOccurrence(today, d.month, d.day) === null) {
      const year = d.month > today.month || (d.month === today.month && d.day >= today.day) ? today.year : today.year + 1;
      return notThisYear(d.day, d.month, year);
    }
  }
  const slash = SLASHED_DAY_MONTH.exec(text);
  return slash ? slashed(Number(slash[1]), Number(slash[2])) : null;
}
