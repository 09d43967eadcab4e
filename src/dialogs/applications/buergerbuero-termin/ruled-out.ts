/**
 * Days the citizen rules out ("aber nicht am Montag", "ich kann am Freitag nicht", "not on Monday"): such a
 * date is no wish for that day but a day to leave out of the offer. A weekday said on its own ("Montag")
 * leaves out that weekday in every week ("da arbeite ich"); a date ("3.12.", "nächsten Freitag") that day.
 */
import type { Entity } from '../../../core/types.js';
import { fold } from '../../text.js';
import { weekdayIndex } from './calendar.js';

/** A clause ends at punctuation: "nicht am Montag, lieber Dienstag" negates Monday only. */
const CLAUSE_END = /[,.;:!?]/;
const NEGATION = '(?:nicht|nich|kein|keine|keinen|ausser|ausgenommen|not|except|cannot|cant|can t|can not|don t|do not|won t)';
/** Words that may stand between the negation and the day: "nicht so gern am", "can't make it on". */
const BETWEEN = '(?: (?:am|an|den|dem|on|the|a|so|gern|gerne|leider|mehr|make|it|come|kommen|einen|termin|bitte|please|jedoch|aber))*';
const BEFORE = new RegExp(`(?:^| )${NEGATION}${BETWEEN}$`);
/** After the day: "Freitag geht nicht", "am Freitag kann ich leider nicht", "Friday doesn't work", "Montag nicht". */
const AFTER = new RegExp(
  `^(?:(?:kann|koennen|ich|wir|geht|gehts|passt|es|mir|uns|klappt|bin|habe|hab|da|leider|is|i|am|doesn t|does not|won t|will not) )*(?:nicht|nich|not|no|kein|keine|doesn t work|isn t|is not|can t|cannot)(?! (?:vor|nach|before|after|so frueh|so spaet|zu frueh|zu spaet|too|erst|only|nur))(?: |$)`,
);
const WEEKDAY = /^(?:(?:am|an|on|den|dem|jeden|every) )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/;

export interface RuledOut {
  notOn: string[];
  notWeekdays: number[];
}

/** True when the words around the date entity in `said` rule that day out. */
export function isRuledOut(said: string, entity: Entity, previousEnd: number): boolean {
  const before = said.slice(previousEnd, entity.start).split(CLAUSE_END).at(-1) ?? '';
  // The rest of the clause, across later values: "Montag nicht vor 10 Uhr" is no "nicht" for Monday.
  const after = said.slice(entity.end).split(CLAUSE_END)[0] ?? '';
  return BEFORE.test(fold(before)) || AFTER.test(`${fold(after)} `.trimStart());
}

/** The days the message rules out, and the date entities that name them (not wishes). */
export function ruledOutDays(said: string, entities: readonly Entity[]): { out: RuledOut; negated: Set<Entity> } {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const out: RuledOut = { notOn: [], notWeekdays: [] };
  const negated = new Set<Entity>();
  sorted.forEach((entity, index) => {
    if (entity.type !== 'date' || typeof entity.value !== 'string') return;
    if (!isRuledOut(said, entity, sorted[index - 1]?.end ?? 0)) return;
    negated.add(entity);
    if (WEEKDAY.test(fold(entity.text))) out.notWeekdays.push(weekdayIndex(entity.value));
    else out.notOn.push(entity.value);
  });
  return { out, negated };
}
