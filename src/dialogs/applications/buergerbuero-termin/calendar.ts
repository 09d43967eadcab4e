/**
 * Civil dates and times in the city's time zone. Slots are stored as UTC instants; everything a citizen
 * sees (weekday, date, time) is the wall-clock time in the profile's zone.
 */
import { TZDate } from '@date-fns/tz';

/** "YYYY-MM-DD" */
export type IsoDate = string;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day };
}

/** Day arithmetic on civil dates (UTC is used only as a calendar without DST). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** 0 = Monday ... 6 = Sunday. */
export function weekdayIndex(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

export function minutesOfDay(clock: string): number {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return h * 60 + m;
}

export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The civil date and wall-clock time of an instant in a zone. */
export function zonedParts(instant: Date, timeZone: string): { date: IsoDate; minutes: number } {
  const z = new TZDate(instant.getTime(), timeZone);
  return { date: isoDate(z.getFullYear(), z.getMonth() + 1, z.getDate()), minutes: z.getHours() * 60 + z.getMinutes() };
}

/** The instant of a wall-clock time on a civil date in a zone. */
export function zonedInstant(date: IsoDate, minutes: number, timeZone: string): Date {
  const { year, month, day } = parseIsoDate(date);
  return new Date(new TZDate(year, month - 1, day, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
}

const WEEKDAY_NAMES = {
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Donnerstag, 3.12.2026" / "Thursday, 3 December 2026". */
export function formatDate(date: IsoDate, locale: 'de' | 'en'): string {
  const { year, month, day } = parseIsoDate(date);
  const weekday = WEEKDAY_NAMES[locale][weekdayIndex(date)];
  return locale === 'de' ? `${weekday}, ${day}.${month}.${year}` : `${weekday}, ${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** "Donnerstag, 3.12.2026, 10:15 Uhr" / "Thursday, 3 December 2026, 10:15". */
export function formatDateTime(date: IsoDate, minutes: number, locale: 'de' | 'en'): string {
  return locale === 'de' ? `${formatDate(date, 'de')}, ${clockOf(minutes)} Uhr` : `${formatDate(date, 'en')}, ${clockOf(minutes)}`;
}
