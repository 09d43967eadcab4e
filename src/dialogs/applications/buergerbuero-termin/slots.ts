/**
 * Which appointment slots to offer: the opening hours of the profile cut into slots, minus public
 * holidays, closing days, slots too soon and slots already booked, filtered by the citizen's wish
 * ("nächste Woche vormittags", "Donnerstag nach 14 Uhr"). Three are offered, spread over days.
 */
import { getHolidayByDate } from 'feiertagejs';
import type { AppointmentProfile, Weekday } from '../../../content/appointment-profile.js';
import { WEEKDAYS } from '../../../content/appointment-profile.js';
import { addDays, minutesOfDay, parseIsoDate, weekdayIndex, zonedInstant, zonedParts, type IsoDate } from './calendar.js';

/** What the citizen asked for; every field is optional ("egal" = {}). Plain JSON: kept in dialog state. */
export interface SlotWish {
  from?: IsoDate;
  to?: IsoDate;
  daypart?: 'morning' | 'afternoon' | 'evening';
  /** Wall-clock bounds "HH:MM": the slot starts at or after `after` and ends at or before `before`. */
  after?: string;
  before?: string;
  /** A time to be near ("um 10", "gegen 10"): within an hour, nearest first. */
  around?: string;
  /** Days ruled out ("aber nicht am 3.12."), and weekdays (0 = Monday) ruled out ("nicht am Montag"): never offered. */
  notOn?: IsoDate[];
  notWeekdays?: number[];
}

export interface Slot {
  /** UTC instants, ISO 8601: the booking key. */
  start: string;
  end: string;
  /** Wall-clock date and minutes after midnight in the profile's zone. */
  date: IsoDate;
  minutes: number;
}

export type Relaxed = 'none' | 'dates' | 'all';

/**
 * Why no slot fit the wish, so that the reply can say it before offering others: the day has passed, lies
 * after the booking window, the Bürgerbüro is closed then, not open at that time (`periods`: its hours that
 * day, when one open day was asked for), the time is within the notice period, or everything is booked.
 */
export type NoFit =
  | { kind: 'past'; from: IsoDate; to: IsoDate }
  | { kind: 'beyond'; last: IsoDate }
  | { kind: 'closed'; from: IsoDate; to: IsoDate; holiday?: { de: string; en: string }; dayOff?: { de: string; en: string } }
  | { kind: 'hours'; date?: IsoDate; periods: string[] }
  | { kind: 'too_soon'; minutes: number; passed?: boolean }
  | { kind: 'booked'; dated: boolean };

export interface Offer {
  slots: Slot[];
  /** 'dates': nothing fit the days asked for, the times were kept; 'all': the wish was dropped. */
  relaxed: Relaxed;
  /** Why the wish was relaxed (absent when it was met). */
  why?: NoFit;
}

const AROUND_MINUTES = 60;
/** "vormittags" ends at noon; "nachmittags" starts after lunch, as it is meant in everyday German. */
const MORNING_END = 12 * 60;
const AFTERNOON_START = 13 * 60;
const EVENING_START = 16 * 60;

function periodsOn(hours: AppointmentProfile['hours'], date: IsoDate): string[] {
  const weekday: Weekday = WEEKDAYS[weekdayIndex(date)] ?? 'mon';
  const day = hours[weekday];
  if (!day) return [];
  if (Array.isArray(day)) return day;
  const weekOfMonth = Math.ceil(parseIsoDate(date).day / 7);
  return day.weeks_of_month.includes(weekOfMonth) ? day.periods : [];
}

/** feiertagejs compares local calendar fields: local noon is that civil date in any process zone. */
function localNoon(date: IsoDate): Date {
  const { year, month, day } = parseIsoDate(date);
  return new Date(year, month - 1, day, 12);
}

type HolidayName = { de: string; en: string };

/**
 * Public holidays by region and date. feiertagejs works out the whole year on every call (about a
 * millisecond), and an offer looks at every day of the booking window several times; holidays never change.
 */
const holidays = new Map<string, HolidayName | null>();

/** The public holiday on a date (its German and English name), or null. */
function holidayOn(calendar: AppointmentProfile, date: IsoDate): HolidayName | null {
  const key = `${calendar.holidays_region} ${date}`;
  const known = holidays.get(key);
  if (known !== undefined) return known;
  const holiday = getHolidayByDate(localNoon(date), calendar.holidays_region);
  const de = holiday ? holiday.translate('de') : undefined;
  const name = holiday ? { de: de ?? holiday.name, en: holiday.translate('en') ?? de ?? holiday.name } : null;
  if (holidays.size > 5000) holidays.clear();
  holidays.set(key, name);
  return name;
}

/**
 * 24.12. and 31.12. are no public holidays, but public employees are released from work on both (§ 6 Abs. 3
 * TVöD), so town halls are normally closed; a Thursday afternoon on Christmas Eve was offered (tester-o B2).
 */
const DAYS_OFF: Record<string, HolidayName> = { '12-24': { de: 'Heiligabend', en: 'Christmas Eve' }, '12-31': { de: 'Silvester', en: "New Year's Eve" } };

/** Heiligabend or Silvester when the profile keeps them closed (`closed_christmas_new_years_eve`), else null. */
export function dayOffOn(calendar: AppointmentProfile, date: IsoDate): HolidayName | null {
  return calendar.closed_christmas_new_years_eve ? (DAYS_OFF[date.slice(5)] ?? null) : null;
}

export function isClosedDay(calendar: AppointmentProfile, date: IsoDate): boolean {
  return calendar.closed_dates.includes(date) || holidayOn(calendar, date) !== null || dayOffOn(calendar, date) !== null;
}

/** The slots of one opening period ("07:30-13:00") of a civil date. */
function periodSlots(calendar: AppointmentProfile, date: IsoDate, period: string): Slot[] {
  const [from = '', to = ''] = period.split('-');
  const [first, end] = [minutesOfDay(from), minutesOfDay(to)];
  const zone = calendar.time_zone;
  const opens = zonedInstant(date, first, zone).getTime();
  // Without a change of summer time inside the period, every slot is so many minutes after the opening.
  const steady = zonedInstant(date, end, zone).getTime() - opens === (end - first) * 60_000;
  const at = (minutes: number) => (steady ? new Date(opens + (minutes - first) * 60_000) : zonedInstant(date, minutes, zone)).toISOString();
  const slots: Slot[] = [];
  for (let m = first; m + calendar.slot_minutes <= end; m += calendar.slot_minutes) {
    slots.push({ start: at(m), end: at(m + calendar.slot_minutes), date, minutes: m });
  }
  return slots;
}

/** All slots of one civil date, in order. */
export function slotsOn(calendar: AppointmentProfile, date: IsoDate): Slot[] {
  if (isClosedDay(calendar, date)) return [];
  return periodsOn(calendar.hours, date).flatMap((period) => periodSlots(calendar, date, period));
}

/** The bookable window: today (in the city's zone) up to days_ahead. */
export function bookingWindow(calendar: AppointmentProfile, now: Date): { first: IsoDate; last: IsoDate } {
  const today = zonedParts(now, calendar.time_zone).date;
  return { first: today, last: addDays(today, calendar.days_ahead) };
}

function fitsTime(slot: Slot, wish: SlotWish, length: number): boolean {
  if (wish.daypart === 'morning' && slot.minutes >= MORNING_END) return false;
  if (wish.daypart === 'afternoon' && slot.minutes < AFTERNOON_START) return false;
  if (wish.daypart === 'evening' && slot.minutes < EVENING_START) return false;
  if (wish.after && slot.minutes < minutesOfDay(wish.after)) return false;
  if (wish.before && slot.minutes + length > minutesOfDay(wish.before)) return false;
  if (wish.around && Math.abs(slot.minutes - minutesOfDay(wish.around)) > AROUND_MINUTES) return false;
  return true;
}

function nearness(wish: SlotWish): (a: Slot, b: Slot) => number {
  const target = wish.around ? minutesOfDay(wish.around) : null;
  return (a, b) => (target === null ? a.minutes - b.minutes : Math.abs(a.minutes - target) - Math.abs(b.minutes - target) || a.minutes - b.minutes);
}

/** The best slot of each day first (so the citizen can choose between days), then the next best. */
function pick(byDay: Slot[][], count: number): Slot[] {
  const chosen: Slot[] = [];
  for (let round = 0; chosen.length < count; round++) {
    let added = false;
    for (const day of byDay) {
      const slot = day[round];
      if (slot && chosen.length < count) {
        chosen.push(slot);
        added = true;
      }
    }
    if (!added) break;
    // One per day is enough when there are enough days; otherwise fill up within the days found.
    if (byDay.length >= count) break;
  }
  return chosen.sort((a, b) => a.start.localeCompare(b.start));
}

/** The civil dates from `from` to `to`, both included. */
function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

function earliestStart(calendar: AppointmentProfile, now: Date): number {
  return now.getTime() + calendar.min_notice_minutes * 60_000;
}

/** True when the citizen ruled the day out: it is left out of every offer, also when the rest of the wish is relaxed. */
export function isRuledOutDay(wish: SlotWish, date: IsoDate): boolean {
  return Boolean(wish.notOn?.includes(date) || wish.notWeekdays?.includes(weekdayIndex(date)));
}

/** Free slots fitting the wish's times on the first `count` days that have any, in the order of `dates`. */
function search(calendar: AppointmentProfile, now: Date, dates: IsoDate[], wish: SlotWish, taken: ReadonlySet<string>, count: number): Slot[] {
  const earliest = earliestStart(calendar, now);
  const byDay: Slot[][] = [];
  const order = nearness(wish);
  for (const date of dates) {
    if (byDay.length >= count) break;
    if (isRuledOutDay(wish, date)) continue;
    const free = slotsOn(calendar, date).filter(
      (slot) => Date.parse(slot.start) >= earliest && !taken.has(slot.start) && fitsTime(slot, wish, calendar.slot_minutes),
    );
    if (free.length > 0) byDay.push(free.sort(order));
  }
  return pick(byDay, count);
}

/** The wish without its days: what is kept when nothing is free on the days asked for. */
function timesOf(wish: SlotWish): SlotWish {
  const times: SlotWish = { ...wish };
  delete times.from;
  delete times.to;
  return times;
}

/** Only the days ruled out: what is kept when the wish is dropped. */
function ruledOutOf(wish: SlotWish): SlotWish {
  return { ...(wish.notOn ? { notOn: wish.notOn } : {}), ...(wish.notWeekdays ? { notWeekdays: wish.notWeekdays } : {}) };
}

/** True when the wish names a time of day ("vormittags", "nach 14 Uhr", "um 10"). */
export function hasTimeOfDay(wish: SlotWish): boolean {
  return Boolean(wish.daypart ?? wish.after ?? wish.before ?? wish.around);
}

/** Why the days of the wish, clipped to the booking window, have no free slot at the times asked for. */
function closedOrBusy(calendar: AppointmentProfile, wish: SlotWish, now: Date, days: IsoDate[]): NoFit {
  const open = days.filter((date) => slotsOn(calendar, date).length > 0);
  const first = days[0] ?? '';
  const last = days.at(-1) ?? first;
  if (open.length === 0) {
    const holiday = first === last ? holidayOn(calendar, first) : null;
    const dayOff = first === last && !holiday ? dayOffOn(calendar, first) : null;
    return { kind: 'closed', from: first, to: last, ...(holiday ? { holiday } : {}), ...(dayOff ? { dayOff } : {}) };
  }
  const fitting = open.flatMap((date) => slotsOn(calendar, date)).filter((slot) => fitsTime(slot, wish, calendar.slot_minutes));
  const single = wish.from !== undefined && open.length === 1 ? open[0] : undefined;
  if (fitting.length === 0) return single ? { kind: 'hours', date: single, periods: periodsOn(calendar.hours, single) } : { kind: 'hours', periods: [] };
  const earliest = earliestStart(calendar, now);
  if (fitting.every((slot) => Date.parse(slot.start) < earliest)) {
    // "heute um 8" at 14:00: the time is over, which the notice period does not explain (tester-o B4).
    const passed = fitting.every((slot) => Date.parse(slot.start) < now.getTime());
    return { kind: 'too_soon', minutes: calendar.min_notice_minutes, ...(passed ? { passed } : {}) };
  }
  return { kind: 'booked', dated: wish.from !== undefined };
}

/** Why no slot fits the wish. Asked after the search found none: open, timely slots at that time are booked. */
export function whyNoFit(calendar: AppointmentProfile, wish: SlotWish, now: Date): NoFit {
  const window = bookingWindow(calendar, now);
  if (wish.to !== undefined && wish.to < window.first) return { kind: 'past', from: wish.from ?? wish.to, to: wish.to };
  if (wish.from !== undefined && wish.from > window.last) return { kind: 'beyond', last: window.last };
  const from = wish.from !== undefined && wish.from > window.first ? wish.from : window.first;
  const to = wish.to !== undefined && wish.to < window.last ? wish.to : window.last;
  return closedOrBusy(calendar, wish, now, datesBetween(from, to));
}

/**
 * Up to `count` free slots for a wish. When nothing fits the days asked for, the same times on the nearest
 * other days are offered (from the day asked for on; for a day after the window, its last days); when nothing
 * fits at all, the nearest free slots. `why` then says what stood in the way.
 */
export function offerSlots(calendar: AppointmentProfile, wish: SlotWish, now: Date, taken: ReadonlySet<string>, count = 3): Offer {
  const window = bookingWindow(calendar, now);
  const from = wish.from && wish.from > window.first ? wish.from : window.first;
  const to = wish.to && wish.to < window.last ? wish.to : window.last;
  if (from <= to) {
    const slots = search(calendar, now, datesBetween(from, to), wish, taken, count);
    if (slots.length > 0) return { slots, relaxed: 'none' };
  }
  const why = whyNoFit(calendar, wish, now);
  const nearest = why.kind === 'beyond' ? datesBetween(window.first, window.last).reverse() : datesBetween(from <= window.last ? from : window.first, window.last);
  const later = search(calendar, now, nearest, timesOf(wish), taken, count);
  if (later.length > 0) return { slots: later, relaxed: 'dates', why };
  const anyDay = why.kind === 'beyond' ? nearest : datesBetween(window.first, window.last);
  return { slots: search(calendar, now, anyDay, ruledOutOf(wish), taken, count), relaxed: 'all', why };
}

/** True when the instant is a slot start of the calendar that is still in the booking window. */
export function isBookableSlot(calendar: AppointmentProfile, start: string, now: Date): Slot | null {
  const instant = new Date(start);
  if (Number.isNaN(instant.getTime())) return null;
  const { date } = zonedParts(instant, calendar.time_zone);
  const window = bookingWindow(calendar, now);
  if (date < window.first || date > window.last) return null;
  if (instant.getTime() < earliestStart(calendar, now)) return null;
  return slotsOn(calendar, date).find((slot) => slot.start === instant.toISOString()) ?? null;
}
