/**
 * Which offered slot a message at the slot choice picks ("2", "den zweiten", "um drei", "Donnerstag 14:15"), and
 * the new wish it says instead when it picks none.
 */
import type { Entity, JsonObject, JsonValue } from '../../../core/types.js';
import { fold } from '../../text.js';
import { minutesOfDay, zonedParts } from './calendar.js';
import { ruledOutDays } from './ruled-out.js';
import type { SlotWish } from './slots.js';
import { wishFrom } from './wish.js';

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ORDINALS: Array<[number, string[]]> = [
  [0, ['1', 'eins', 'erste', 'ersten', 'erster', 'first', 'one']],
  [1, ['2', 'zwei', 'zweite', 'zweiten', 'zweiter', 'second', 'two']],
  [2, ['3', 'drei', 'dritte', 'dritten', 'dritter', 'third', 'three', 'letzte', 'letzten', 'last']],
];

export type Offered = Array<{ start: string; date: string; minutes: number }>;

export function offered(slots: Readonly<Record<string, JsonValue>>): Offered {
  const raw = slots.angebot;
  return Array.isArray(raw) ? raw.filter(isObject).map((o) => ({ start: String(o.start), date: String(o.date), minutes: Number(o.minutes) })) : [];
}

/** The offer a list-position word names ("2", "den zweiten", "the last"), or null. */
function offerAtPosition(text: string, offers: Offered): Offered[number] | null {
  const words = fold(text).split(' ');
  for (const [index, names] of ORDINALS) if (offers[index] && names.some((n) => words.includes(n))) return offers[index];
  return null;
}

/** Clock times the message names ("um drei", "viertel nach zwei", "the one at 3", "14:15"), as minutes of the day. */
function timesSaid(text: string, entities: readonly Entity[]): number[] {
  const times = entities.flatMap((e) => {
    if (e.type === 'time' && typeof e.value === 'string') return [e.value];
    if (e.type === 'time_constraint' && isObject(e.value) && e.value.relation === 'around' && typeof e.value.time === 'string') return [e.value.time];
    return [];
  });
  if (times.length > 0) return times.map(minutesOfDay);
  // Without the NLU's entities: a written clock time ("14:15", "15 Uhr").
  const clock = /(\d{1,2})[:.](\d{2})/.exec(text) ?? /\b(\d{1,2})\s*uhr\b/i.exec(text);
  return clock ? [Number(clock[1]) * 60 + Number(clock[2] ?? 0)] : [];
}

/** Offers at a clock time, or twelve hours off it when none is exactly at it ("3 Uhr" for 15:00). */
function offersAt(offers: Offered, minutes: number, timeZone: string): Offered {
  const clock = (o: Offered[number]) => zonedParts(new Date(o.start), timeZone).minutes;
  const exact = offers.filter((o) => clock(o) === minutes);
  return exact.length > 0 ? exact : offers.filter((o) => Math.abs(clock(o) - minutes) === 12 * 60);
}

/**
 * "2", "den zweiten", "um drei", "the one at 3", "Donnerstag 14:15" -> the offered slot meant. A day or a
 * clock time that matches one offer wins over a position word ("um drei" is 15:00, not the third slot); a
 * time or day that was not offered is never read as a position ("viertel nach zwei" is not the second).
 */
export function chooseSlot(text: string, offers: Offered, timeZone: string, entities: readonly Entity[] = []): Offered[number] | null {
  const position = offerAtPosition(text, offers);
  const times = timesSaid(text, entities);
  const dates = entities.flatMap((e) => (e.type === 'date' && typeof e.value === 'string' ? [e.value] : []));
  if (times.length === 0 && dates.length === 0) return position;
  const onDay = dates.length > 0 ? offers.filter((o) => dates.includes(o.date)) : offers;
  const hits = times.length > 0 ? [...new Set(times.flatMap((minutes) => offersAt(onDay, minutes, timeZone)))] : onDay;
  if (hits.length === 1) return hits[0] ?? null;
  // Several offers on that day or at that time: a position word may still pick one of them.
  return position && hits.includes(position) ? position : null;
}

/** A slot button's own value ("3.12.2026 14:00"): one of an earlier offer is refused, not read as a new wish. */
const BUTTON_VALUE = /^\s*\d{1,2}\.\d{1,2}\.\d{4} \d{2}:\d{2}\s*$/;

/**
 * The new wish a message at the slot choice says, or null: when it picks an offered slot, is an old slot
 * button, or names no day, time or day ruled out ("egal" and "1" stay answers to the choice).
 */
export function newWish(text: string, entities: readonly Entity[], offers: Offered, timeZone: string): SlotWish | null {
  // "nicht am Dienstag" names the offered Tuesday only to rule it out: no choice of it.
  const { negated } = ruledOutDays(text, entities);
  if (BUTTON_VALUE.test(text) || chooseSlot(text, offers, timeZone, entities.filter((e) => !negated.has(e)))) return null;
  const wish = wishFrom(text, entities);
  return wish && Object.keys(wish).length > 0 ? wish : null;
}
