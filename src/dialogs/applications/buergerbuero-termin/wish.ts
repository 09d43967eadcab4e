/** The citizen's wish for an appointment, from all entities of one message ("Donnerstag nach 14 Uhr"). */
import type { Entity, JsonObject } from '../../../core/types.js';
import { fold } from '../../text.js';
import type { SlotWish } from './slots.js';

const ANY_TIME = ['egal', 'ganz egal', 'beliebig', 'irgendwann', 'so bald wie moeglich', 'so schnell wie moeglich', 'moeglichst bald', 'naechster freier', 'naechsten freien', 'fruehestens', 'asap', 'as soon as possible', 'any time', 'anytime', 'whenever', 'next free', 'earliest', 'doesnt matter', 'does not matter'];

/**
 * Dayparts named in the words, for when the NLU gives none: written together with the weekday
 * ("Mittwochnachmittag") or in English after a weekday ("Wednesday afternoon").
 */
const DAYPARTS: Array<[RegExp, NonNullable<SlotWish['daypart']>]> = [
  [/(?:vormittag|morning)s?\b/, 'morning'],
  [/(?:nachmittag|afternoon)s?\b/, 'afternoon'],
  [/(?:abend|evening)s?\b/, 'evening'],
];

/** Greetings name a daypart without wishing for it ("Guten Abend, am Montag bitte"). */
const GREETING = /\b(?:guten|good)\s+(?:morgen|abend|morning|afternoon|evening)\b/g;

function daypartIn(text: string): SlotWish['daypart'] {
  const folded = fold(text).replace(GREETING, ' ');
  return DAYPARTS.find(([pattern]) => pattern.test(folded))?.[1];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A wish when the message names a day, a period or a time, {} for "egal", null when it says nothing usable. */
export function wishFrom(text: string, entities: readonly Entity[]): SlotWish | null {
  const wish: SlotWish = {};
  let found = false;
  for (const entity of entities) {
    const v = entity.value;
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
  const daypart = wish.daypart ? undefined : daypartIn(text);
  if (daypart) {
    wish.daypart = daypart;
    found = true;
  }
  if (found) return wish;
  const folded = ` ${fold(text)} `;
  return ANY_TIME.some((phrase) => folded.includes(` ${phrase}`)) ? {} : null;
}
