/** The citizen's wish for an appointment, from all entities of one message ("Donnerstag nach 14 Uhr"). */
import type { Entity, JsonObject } from '../../../core/types.js';
import { fold } from '../../text.js';
import { formatDate } from './calendar.js';
import { ruledOutDays } from './ruled-out.js';
import type { SlotWish } from './slots.js';

const ANY_TIME = ['egal', 'ganz egal', 'beliebig', 'irgendwann', 'so bald wie moeglich', 'so schnell wie moeglich', 'moeglichst bald', 'naechster freier', 'naechsten freien', 'fruehestens', 'asap', 'as soon as possible', 'any time', 'anytime', 'whenever', 'next free', 'earliest', 'doesnt matter', 'does not matter'];

/**
 * Dayparts named in the words, for when the NLU gives none: written together with the weekday
 * ("Mittwochnachmittag") or in English after a weekday ("Wednesday afternoon"). Only as a word of its own or
 * after a day: "Heiligabend" and "Sonnabend" hold "abend" and were read as "abends" (tester-o B1).
 */
const DAY_BEFORE = '(?:^|[^a-z]|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|heute|morgen|feier)';
const DAYPARTS: Array<[RegExp, NonNullable<SlotWish['daypart']>]> = [
  [new RegExp(`${DAY_BEFORE}(?:vormittag|morning)s?\\b`), 'morning'],
  [new RegExp(`${DAY_BEFORE}(?:nachmittag|afternoon)s?\\b`), 'afternoon'],
  [new RegExp(`${DAY_BEFORE}(?:abend|evening)s?\\b`), 'evening'],
];

/** Greetings name a daypart without wishing for it ("Guten Abend, am Montag bitte"). */
const GREETING = /\b(?:guten|good)\s+(?:morgen|abend|morning|afternoon|evening)\b/g;

/** The rest of the day when one time of day is ruled out; 16:00 is where slots.ts lets the evening begin. */
const OTHER_HALF: Record<NonNullable<SlotWish['daypart']>, SlotWish> = { morning: { daypart: 'afternoon' }, afternoon: { daypart: 'morning' }, evening: { before: '16:00' } };

function daypartIn(text: string): SlotWish['daypart'] {
  const folded = fold(text).replace(GREETING, ' ');
  return DAYPARTS.find(([pattern]) => pattern.test(folded))?.[1];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A wish when the message names a day, a period or a time, {} for "egal", null when it says nothing usable.
 * `said` is the message the entities were found in (their positions), when `text` is only the value taken.
 * A day ruled out ("aber nicht am Montag", "ich kann am Freitag nicht") is no wish for it: it is left out.
 */
export function wishFrom(text: string, entities: readonly Entity[], said = text): SlotWish | null {
  const wish: SlotWish = {};
  let found = false;
  const { out, negated } = ruledOutDays(said, entities);
  if (out.notOn.length > 0) wish.notOn = out.notOn;
  if (out.notWeekdays.length > 0) wish.notWeekdays = [...new Set(out.notWeekdays)];
  if (negated.size > 0 || out.notWeekdays.length > 0) found = true;
  for (const entity of entities) {
    const v = entity.value;
    if (negated.has(entity)) continue;
    if (entity.type === 'date' && typeof v === 'string') Object.assign(wish, { from: v, to: v });
    else if (entity.type === 'date_range' && isObject(v) && typeof v.from === 'string' && typeof v.to === 'string') Object.assign(wish, { from: v.from, to: v.to });
    else if (entity.type === 'daypart' && (v === 'morning' || v === 'afternoon' || v === 'evening')) wish.daypart = v;
    else if (entity.type === 'time' && typeof v === 'string') wish.around = v;
    else if (entity.type === 'time_constraint' && isObject(v) && typeof v.time === 'string') {
      if (v.relation === 'after') wish.after = v.time;
      else if (v.relation === 'before') wish.before = v.time;
      else wish.around = v.time;
    } else if (entity.type === 'time_range' && isObject(v) && typeof v.from === 'string' && typeof v.to === 'string') Object.assign(wish, { after: v.from, before: v.to });
    else continue;
    found = true;
  }
  // "nicht vormittags, da arbeite ich": the afternoon; "nicht abends": before the evening. The word itself is no wish.
  if (out.notDaypart && !wish.daypart && !wish.before) Object.assign(wish, OTHER_HALF[out.notDaypart]);
  // "nicht vor 10 Uhr": from 10:00; a bound said as such in the same message ("nach 11 Uhr") comes first.
  if (out.bounds?.after && !wish.after && !wish.around) wish.after = out.bounds.after;
  if (out.bounds?.before && !wish.before && !wish.around) wish.before = out.bounds.before;
  const daypart = wish.daypart || out.notDaypart ? undefined : daypartIn(text);
  if (daypart) {
    wish.daypart = daypart;
    found = true;
  }
  if (found) return wish;
  const folded = ` ${fold(text)} `;
  return ANY_TIME.some((phrase) => folded.includes(` ${phrase}`)) ? {} : null;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_PLURAL = {
  de: ['montags', 'dienstags', 'mittwochs', 'donnerstags', 'freitags', 'samstags', 'sonntags'],
  en: ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'],
} as const;
const DAYPART_WORDS = {
  de: { morning: 'vormittags', afternoon: 'nachmittags', evening: 'abends' },
  en: { morning: 'in the morning', afternoon: 'in the afternoon', evening: 'in the evening' },
} as const;

/** "30.11.2026" / "30 November 2026". */
function shortDate(date: string, locale: 'de' | 'en'): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return locale === 'de' ? `${day}.${month}.${year}` : `${day} ${MONTHS_EN[month - 1] ?? ''} ${year}`;
}

/** "14:00" -> "14 Uhr", "14:30" -> "14:30 Uhr" / "14:00". */
function clock(time: string, locale: 'de' | 'en'): string {
  const bare = time.replace(/^0(\d)/, '$1');
  if (locale === 'en') return bare;
  return `${bare.replace(/:00$/, '')} Uhr`;
}

/**
 * The wish as it was understood, for the echo and the summary: "Dienstag, 1.12.2026, vormittags" /
 * "Wednesday, 2 December 2026, in the afternoon". The citizen's words ("dienstag", "Wednesday afternoon")
 * did not show whether the day and the time of day were taken; "egal" is any time.
 */
export function describeWish(wish: SlotWish, locale: 'de' | 'en'): string {
  const parts: string[] = [];
  if (wish.from && wish.to) parts.push(wish.from === wish.to ? formatDate(wish.from, locale) : `${shortDate(wish.from, locale)} ${locale === 'de' ? 'bis' : 'to'} ${shortDate(wish.to, locale)}`);
  if (wish.daypart) parts.push(DAYPART_WORDS[locale][wish.daypart]);
  const [between, after, before, around] = locale === 'de' ? ['zwischen', 'nach', 'vor', 'gegen'] : ['between', 'after', 'before', 'around'];
  if (wish.after && wish.before) parts.push(`${between} ${clock(wish.after, locale).replace(/ Uhr$/, '')} ${locale === 'de' ? 'und' : 'and'} ${clock(wish.before, locale)}`);
  else if (wish.after) parts.push(`${after} ${clock(wish.after, locale)}`);
  else if (wish.before) parts.push(`${before} ${clock(wish.before, locale)}`);
  if (wish.around) parts.push(`${around} ${clock(wish.around, locale)}`);
  // "nicht montags" / "not on Mondays": the echo shows that the day was ruled out, not wished for.
  const not = [...(wish.notWeekdays ?? []).map((d) => `${locale === 'de' ? '' : 'on '}${WEEKDAYS_PLURAL[locale][d] ?? ''}`), ...(wish.notOn ?? []).map((date) => `${locale === 'de' ? 'am' : 'on'} ${formatDate(date, locale)}`)];
  if (not.length > 0) parts.push(`${locale === 'de' ? 'nicht' : 'not'} ${not.join(locale === 'de' ? ' und ' : ' and ')}`);
  if (parts.length === 0) return locale === 'de' ? 'egal' : 'any time';
  return parts.join(', ');
}
