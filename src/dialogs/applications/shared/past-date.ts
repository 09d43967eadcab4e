/**
 * A date given in answer to a question about the past ("Seit wann lebt der Hund bei Ihnen?"). The NLU reads
 * a date without a year ("20.11.") and a bare weekday ("Montag") as the next one, which fits appointments;
 * here they mean the last one. With "seit" ("seit 20.11.", "seit Montag") the NLU already looks back; this
 * covers the answer without it. Relative words ("morgen") and dates with a year stay as read. A month
 * ("im Januar") is read as its first day, the last January.
 */
import type { Entity } from '../../../core/types.js';
import { officeDay } from '../../../core/office-day.js';

const YEARLESS = /^(?:\d{1,2}\.\s?\d{1,2}\.?|\d{1,2}(?:\.|st|nd|rd|th)?\s{0,2}(?:of\s+)?\p{L}{3,9}\.?|\p{L}{3,9}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?)$/iu;
const WEEKDAY = /^(?:am\s+|on\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;

function shift(iso: string, days: number, years = 0): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// "der Hund kommt erst am 1.12.": the date is ahead, and the answer says so.
const AHEAD = /(?<!\p{L})(?:erst|kommt|kommen|bekomme|bekommen|hole|holen|ab|bald|demnächst|nächste[nmrs]?|werde|wird|will|next|coming|soon|from|getting)(?!\p{L})/iu;

/**
 * `value` (an ISO date after `today`) read as the last such day, when its words allow it and the message
 * (`said`) does not point ahead; else `value`.
 */
export function lookBack(value: string, today: string, entity: Entity | undefined, said = ''): string {
  if (entity?.type === 'date_range') return rangeBack(value, today, entity.text, said);
  if (value <= today || entity?.type !== 'date' || AHEAD.test(said)) return value;
  const text = entity.text.trim();
  if (WEEKDAY.test(text)) return shift(value, -7);
  // 29 February: the year before has none; the date stays in the future and is refused as such.
  if (YEARLESS.test(text) && !/\d{4}/.test(text) && value.slice(5) !== '02-29') return shift(value, 0, -1);
  return value;
}

/**
 * A month or a part of one ("im Oktober", "Ende November"; the value is its first day) meant as the last one.
 * For booking, the NLU cuts a running month to the days still ahead; looking back, it starts where its words say.
 */
function rangeBack(value: string, today: string, text: string, said: string): string {
  if (/\d{4}/.test(text) || AHEAD.test(said)) return value;
  if (value > today) return shift(value, 0, -1);
  if (value !== today) return value;
  const day = /mitte|mid/iu.test(text) ? '11' : /ende|end|late/iu.test(text) ? '21' : '01';
  return `${today.slice(0, 8)}${day}`;
}

/**
 * A confirmed period ({ from, to } ISO dates) whose last day is already over (Europe/Berlin), e.g. a bulky-waste
 * wish left at the summary over the weekend: checked again when the citizen confirms, since conversations live
 * 30 days. Free words ("nach den Ferien") are never "over" here; the office reads them.
 */
export function periodHasPassed(period: unknown, now: Date): boolean {
  if (typeof period !== 'object' || period === null || Array.isArray(period)) return false;
  const to = (period as { to?: unknown }).to;
  if (typeof to !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return false;
  const today = officeDay(now);
  return to < today;
}
