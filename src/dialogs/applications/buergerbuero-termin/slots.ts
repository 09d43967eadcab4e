/**
 * Which appointment slots to offer: the opening hours of the profile cut into slots, minus public
 * holidays, closing days, slots too soon and slots already booked, filtered by the citizen's wish
 * ("nächste Woche vormittags", "Donnerstag nach 14 Uhr"). Three are offered, spread over days.
 */
import { isHoliday } from 'feiertagejs';
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

export interface Offer {
  slots: Slot[];
  /** 'dates': nothing fit the days asked for, the times were kept; 'all': the wish was dropped. */
  relaxed: Relaxed;
}

const AROUND_MINUTES = 60;
const AFTERNOON = 12 * 60;
const EVENING = 16 * 60;

function periodsOn(hours: AppointmentProfile['hours'], date: IsoDate): string[] {
  const weekday: Weekday = WEEKDAYS[weekdayIndex(date)] ?? 'mon';
  const day = hours[weekday];
  if (!day) return [];
  if (Array.isArray(day)) return day;
  const weekOfMonth = Math.ceil(parseIsoDate(date).day / 7);
  return day.weeks_of_month.includes(weekOfMonth) ? day.periods : [];
}

export function isClosedDay(calendar: AppointmentProfile, date: IsoDate): boolean {
  if (calendar.closed_dates.includes(date)) return true;
  const { year, month, day } = parseIsoDate(date);
  // feiertagejs compares local calendar fields: local noon is that civil date in any process zone.
  return isHoliday(new Date(year, month - 1, day, 12), calendar.holidays_region);
}

/** All slots of one civil date, in order. */
export function slotsOn(calendar: AppointmentProfile, date: IsoDate): Slot[] {
  if (isClosedDay(calendar, date)) return [];
  const slots: Slot[] = [];
  for (const period of periodsOn(calendar.hours, date)) {
    const [from = '', to = ''] = period.split('-');
    const end = minutesOfDay(to);
    for (let m = minutesOfDay(from); m + calendar.slot_minutes <= end; m += calendar.slot_minutes) {
      slots.push({
        start: zonedInstant(date, m, calendar.time_zone).toISOString(),
        end: zonedInstant(date, m + calendar.slot_minutes, calendar.time_zone).toISOString(),
        date,
        minutes: m,
      });
    }
  }
  return slots;
}

/** The bookable window: today (in the city's zone) up to days_ahead. */
export function bookingWindow(calendar: AppointmentProfile, now: Date): { first: IsoDate; last: IsoDate } {
  const today = zonedParts(now, calendar.time_zone).date;
  return { first: today, last: addDays(today, calendar.days_ahead) };
}

function fitsTime(slot: Slot, wish: SlotWish, length: number): boolean {
  if (wish.daypart === 'morning' && slot.minutes >= AFTERNOON) return false;
  if (wish.daypart === 'afternoon' && slot.minutes < AFTERNOON) return false;
  if (wish.daypart === 'evening' && slot.minutes < EVENING) return false;
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

function search(calendar: AppointmentProfile, now: Date, from: IsoDate, to: IsoDate, wish: SlotWish, taken: ReadonlySet<string>, count: number): Slot[] {
  const earliest = now.getTime() + calendar.min_notice_minutes * 60_000;
  const byDay: Slot[][] = [];
  const order = nearness(wish);
  for (let date = from; date <= to && byDay.length < count; date = addDays(date, 1)) {
    const free = slotsOn(calendar, date).filter(
      (slot) => Date.parse(slot.start) >= earliest && !taken.has(slot.start) && fitsTime(slot, wish, calendar.slot_minutes),
    );
    if (free.length > 0) byDay.push(free.sort(order));
  }
  return pick(byDay, count);
}

/**
 * Up to `count` free slots for a wish. When nothing fits the days asked for, the same times on later days
 * are offered; when nothing fits at all, the earliest free slots.
 */
export function offerSlots(calendar: AppointmentProfile, wish: SlotWish, now: Date, taken: ReadonlySet<string>, count = 3): Offer {
  const window = bookingWindow(calendar, now);
  const from = wish.from && wish.from > window.first ? wish.from : window.first;
  const to = wish.to && wish.to < window.last ? wish.to : window.last;
  if (from <= to) {
    const slots = search(calendar, now, from, to, wish, taken, count);
    if (slots.length > 0) return { slots, relaxed: 'none' };
  }
  const timesOnly: SlotWish = { ...wish };
  delete timesOnly.from;
  delete timesOnly.to;
  const later = search(calendar, now, from <= window.last ? from : window.first, window.last, timesOnly, taken, count);
  if (later.length > 0) return { slots: later, relaxed: 'dates' };
  return { slots: search(calendar, now, window.first, window.last, {}, taken, count), relaxed: 'all' };
}

/** True when the instant is a slot start of the calendar that is still in the booking window. */
export function isBookableSlot(calendar: AppointmentProfile, start: string, now: Date): Slot | null {
  const instant = new Date(start);
  if (Number.isNaN(instant.getTime())) return null;
  const { date } = zonedParts(instant, calendar.time_zone);
  const window = bookingWindow(calendar, now);
  if (date < window.first || date > window.last) return null;
  if (instant.getTime() < now.getTime() + calendar.min_notice_minutes * 60_000) return null;
  return slotsOn(calendar, date).find((slot) => slot.start === instant.toISOString()) ?? null;
}
