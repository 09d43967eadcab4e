/**
 * A new wish that names only part of a wish corrects that part and keeps the rest (tester-p C1): "am 17.12.2026
 * um 8 Uhr", then "lieber um 10 Uhr" is 17.12. at about 10:00, where it was the next free 10:00 three weeks
 * earlier; "am 17.12. vormittags", then "lieber am 18." is the 18th in the morning. A wish that names both a day
 * and a time replaces the old one; days ruled out are kept as keepRuledOut (ruled-out.ts) says.
 */
import type { Entity } from '../../../core/types.js';
import type { AppointmentProfile } from '../../../content/appointment-profile.js';
import { WEEKDAY_NAME, weekdayNumber } from '../../../nlu/entities/date-words.js';
import { addDays, isoDate, parseIsoDate, weekdayIndex, zonedParts, type IsoDate } from './calendar.js';
import { keepRuledOut } from './ruled-out.js';
import { hasTimeOfDay, isRuledOutDay, whyNoFit, type SlotWish } from './slots.js';

const TIME_FIELDS = ['daypart', 'after', 'before', 'around'] as const;

function timeOfDayOf(wish: SlotWish): SlotWish {
  const kept: SlotWish = {};
  for (const field of TIME_FIELDS) if (wish[field] !== undefined) Object.assign(kept, { [field]: wish[field] });
  return kept;
}

/** The previous days, unless the new wish rules out the one day wished before ("um 10, aber nicht am 17.12."). */
function daysOf(previous: SlotWish, said: SlotWish): SlotWish {
  if (previous.from === undefined || previous.to === undefined) return {};
  if (previous.from === previous.to && isRuledOutDay(said, previous.from)) return {};
  return { from: previous.from, to: previous.to };
}

/**
 * The wish after `said`, given the wish before it (absent at the first answer). `open` tells whether the
 * Bürgerbüro is open at the times of a wish on its days: a time kept that it is not open at on the new day
 * ("Donnerstag nach 16 Uhr", then "lieber Freitag") is dropped, or the offer went to other Thursday evenings.
 */
export function correctWish(previous: SlotWish | undefined, said: SlotWish, open: (wish: SlotWish) => boolean = () => true): SlotWish {
  if (!previous) return keepRuledOut(previous, said);
  const saysDays = said.from !== undefined;
  const saysTime = hasTimeOfDay(said);
  if (saysDays && !saysTime) {
    const kept = { ...timeOfDayOf(previous), ...said };
    return keepRuledOut(previous, open(kept) ? kept : said);
  }
  if (saysTime && !saysDays) return keepRuledOut(previous, { ...daysOf(previous, said), ...said });
  return keepRuledOut(previous, said);
}

/**
 * "am 18." / "am 18" / "on the 18th": a day of the month without its month, which the NLU reads as a number only.
 * Not "den 2.", which at the slot choice is the second slot, and not "am 18 Uhr".
 */
const DAY_OF_MONTH = [/(?:^|[^\p{L}\d])am\s+(\d{1,2})(?:\.(?![\d\s]*\d)|(?![\d.:]))(?!\s*(?:uhr|h)\b)/u, /\bon the (\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?::|am\b|pm\b|o'?clock))/u];

/**
 * The date a day of the month names: in the month of the day wished before (or this month), else the next month
 * that has that day and where it is not past ("am 3." on 26 November is 3 December).
 */
function dateOfDay(day: number, today: IsoDate, reference: IsoDate | undefined): IsoDate | null {
  if (day < 1 || day > 31) return null;
  const start = reference !== undefined && reference > today ? reference : today;
  let { year, month } = parseIsoDate(start);
  for (let i = 0; i < 13; i++) {
    const date = isoDate(year, month, day);
    // A day the month does not have rolls over in addDays: "31.11." is no date.
    if (addDays(date, 0) === date && date >= today) return date;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return null;
}

/**
 * The message's entities with a day of the month said alone read as a date, when the message has no date of
 * its own. `today` is the city's date; `previous` the wish before, whose month the day is taken in.
 */
export function withDayOfMonth(text: string, given: readonly Entity[], today: IsoDate, previous?: SlotWish): readonly Entity[] {
  const entities = weekdayNearWish(text, given, today, previous);
  if (entities.some((e) => e.type === 'date' || e.type === 'date_range')) return entities;
  const lower = text.toLowerCase();
  const match = DAY_OF_MONTH.map((pattern) => pattern.exec(lower)).find((m) => m !== null);
  const date = match ? dateOfDay(Number(match[1]), today, previous?.from) : null;
  if (!match || !date) return entities;
  const number = entities.find((e) => e.type === 'number' && e.value === Number(match[1]));
  const rest = entities.filter((e) => e !== number);
  const at = number ? { start: number.start, end: number.end, text: number.text } : { start: 0, end: text.length, text };
  return [...rest, { type: 'date', value: date, ...at }];
}

const BARE_WEEKDAY = new RegExp(`^(?:am\\s+|on\\s+)?(${WEEKDAY_NAME})$`, 'iu');
// "nächsten Freitag", "diesen Freitag", "Freitag in einer Woche": the day is named from today, and stays so.
const FROM_TODAY = /n(?:ä|ae)chste|kommende|diese[nmrs]?\b|\b(?:next|this|coming)\b|woche|week|\b(?:heute|morgen|today|tomorrow)\b/iu;

/**
 * "lieber Freitag" after "am 17.12.": a weekday said alone is the first such day after the day wished before
 * (Friday 18.12.; "lieber Montag" is Monday 21.12.), or the first in the period wished before, not the coming one
 * from today (4.12., tester N7). Never a day before the wish: the citizen moves the wish, and the offered slots
 * show the date. A wish at most a week ahead keeps the coming weekday.
 */
function weekdayNearWish(text: string, entities: readonly Entity[], today: IsoDate, previous?: SlotWish): readonly Entity[] {
  const from = previous?.from;
  // A wish within the coming week ("Donnerstag", then "lieber Freitag") was itself named from today.
  if (!from || !previous.to || from <= addDays(today, 7) || FROM_TODAY.test(text)) return entities;
  return entities.map((entity) => {
    const day = BARE_WEEKDAY.exec(entity.text.trim())?.[1];
    const index = day === undefined ? undefined : weekdayNumber(day);
    if (entity.type !== 'date' || typeof entity.value !== 'string' || index === undefined || entity.value >= from) return entity;
    const start = from === previous.to ? addDays(from, 1) : from;
    return { ...entity, value: addDays(start, (index - 1 - weekdayIndex(start) + 7) % 7) };
  });
}

/** The city's date today, for a day of the month said alone ("am 18."). */
export function todayIn(context: { now: Date; profile: { appointments?: { time_zone: string } } }): string {
  return zonedParts(context.now, context.profile.appointments?.time_zone ?? 'Europe/Berlin').date;
}

/** Whether the Bürgerbüro is open at the times of a wish on its days (slots.ts: no 'hours' reason). */
export function openFor(context: { now: Date; profile: { appointments?: AppointmentProfile } }): (wish: SlotWish) => boolean {
  const calendar = context.profile.appointments;
  return (wish) => !calendar || whyNoFit(calendar, wish, context.now).kind !== 'hours';
}
