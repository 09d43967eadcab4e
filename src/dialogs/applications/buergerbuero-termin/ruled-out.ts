/**
 * Days the citizen rules out ("aber nicht am Montag", "ich kann am Freitag nicht", "not on Monday"): such a
 * date is no wish for that day but a day to leave out of the offer. A weekday said on its own ("Montag")
 * leaves out that weekday in every week ("da arbeite ich"); a date ("3.12.", "nächsten Freitag") that day.
 * A time of day ruled out ("nicht vormittags", "I can't do mornings") is a wish for the other half of the day, and
 * a bound ruled out the opposite bound: "nicht vor 10 Uhr" is from 10:00, "nicht nach 14 Uhr" until 14:00 (both were
 * booked as the words "vor 10 Uhr", retest18b M4).
 */
import type { Entity } from '../../../core/types.js';
import { fold } from '../../text.js';
import { weekdayIndex } from './calendar.js';
import type { SlotWish } from './slots.js';

/** A clause ends at punctuation: "nicht am Montag, lieber Dienstag" negates Monday only. */
const CLAUSE_END = /[,.;:!?]/;
// "weder Montag noch Dienstag", "anything but Monday" (retest18b M4): the next day joined by "noch"/"oder" is ruled out too.
const NEGATION = '(?:nicht|nich|kein|keine|keinen|ausser|ausgenommen|weder|not|no|neither|except|(?:anything|any day|any time|anytime|everything) but|cannot|cant|can t|can not|don t|do not|won t)';
/** Words that may stand between the negation and the day: "nicht so gern am", "can't make it on", "can't do". */
const BETWEEN = '(?: (?:am|an|den|dem|on|the|a|so|gern|gerne|leider|mehr|make|it|do|come|kommen|einen|termin|bitte|please|jedoch|aber))*';
const BEFORE = new RegExp(`(?:^| )${NEGATION}${BETWEEN}$`);
/** Words that may stand between the day and its negation: "am Freitag kann ich leider nicht". */
// "am Montag geht es bei mir (gar) nicht", "Monday does not work for me" (retest18b M4).
const AFTER_WORDS = '(?:(?:kann|koennen|ich|wir|geht|gehts|passt|es|mir|mich|uns|bei|fuer|das|dann|auch|gar|ueberhaupt|wirklich|klappt|bin|habe|hab|da|leider|doch|eh|wohl|is|are|i|am|doesn t|does not|don t|do not|won t|will not) )*';
/** After the day: "Freitag geht nicht", "Montag ist schlecht", "Friday doesn't work", "Monday is bad", "Montag nicht". */
const AFTER_NEGATION = `(?:nicht|nich|not|no|kein|keine|doesn t work|don t work|isn t|is not|can t|cannot|(?:ist |is |are |sind )?(?:bad|schlecht|unguenstig|no good))(?! (?:vor|nach|before|after|so frueh|so spaet|zu frueh|zu spaet|too|erst|only|nur))(?: |$)`;
const AFTER = new RegExp(`^${AFTER_WORDS}${AFTER_NEGATION}`);
/** A clock bound is negated after it only by the end of its clause ("vor 10 Uhr geht nicht", not "vor 10 Uhr nicht am Montag"). */
const AFTER_ALONE = new RegExp(`^${AFTER_WORDS}${AFTER_NEGATION}$`);
/** Between two days, a conjunction carries the negation on: "weder Montag noch Dienstag", "not Monday or Tuesday". */
const CHAINED = /^ ?(?:noch|oder|und|nor|or|and)(?: (?:am|an|on|den))? ?$/;
const WEEKDAY = /^(?:(?:am|an|on|den|dem|jeden|every) )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/;
/**
 * "montags", "mondays": the NLU finds no date in a weekday said as an adverb, so the words are read here
 * ("nicht montags", "außer montags", "montags nicht", "not Mondays").
 */
const WEEKDAY_ADVERBS: ReadonlyArray<readonly [number, string]> = [
  [0, 'montags|mondays'], [1, 'dienstags|tuesdays'], [2, 'mittwochs|wednesdays'], [3, 'donnerstags|thursdays'],
  [4, 'freitags|fridays'], [5, 'samstags|sonnabends|saturdays'], [6, 'sonntags|sundays'],
];
const ADVERB_BEFORE = WEEKDAY_ADVERBS.map(([day, words]) => [day, new RegExp(`(?:^| )${NEGATION}${BETWEEN} (?:${words})(?: |$)`)] as const);
const ADVERB_AFTER = WEEKDAY_ADVERBS.map(([day, words]) => [day, new RegExp(`(?:^| )(?:${words}) ${AFTER_WORDS}${AFTER_NEGATION}`)] as const);
const ADVERB_CHAINED = WEEKDAY_ADVERBS.map(([day, words]) => [day, new RegExp(`(?:^| )(?:noch|oder|und|nor|or|and) (?:${words})(?: |$)`)] as const);

export interface RuledOut {
  notOn: string[];
  notWeekdays: number[];
  /** A time of day ruled out ("nicht vormittags"): the wish is the rest of the day. */
  notDaypart?: NonNullable<SlotWish['daypart']>;
  /** A clock bound ruled out: "nicht vor 10 Uhr" is `after: 10:00`, "nicht nach 14 Uhr" `before: 14:00`. */
  bounds?: Pick<SlotWish, 'after' | 'before'>;
}

/** True when the words around the entity in `said` rule that day (or time of day) out. */
export function isRuledOut(said: string, entity: Entity, previousEnd: number): boolean {
  const before = said.slice(previousEnd, entity.start).split(CLAUSE_END).at(-1) ?? '';
  // The rest of the clause, across later values: "Montag nicht vor 10 Uhr" is no "nicht" for Monday.
  const after = said.slice(entity.end).split(CLAUSE_END)[0] ?? '';
  return BEFORE.test(fold(before)) || (entity.type === 'time_constraint' ? AFTER_ALONE : AFTER).test(`${fold(after)} `.trimStart());
}

/** A day after a ruled-out day, joined only by "noch", "oder", "und" ("weder Montag noch Dienstag"). */
function chained(said: string, entity: Entity, previous: Entity | undefined, negated: ReadonlySet<Entity>): boolean {
  return previous !== undefined && previous.type === 'date' && negated.has(previous) && CHAINED.test(fold(said.slice(previous.end, entity.start)));
}

/** Weekdays ruled out as adverbs, clause by clause ("Personalausweis, nicht montags"). */
function ruledOutAdverbs(said: string): number[] {
  return said.split(CLAUSE_END).flatMap((clause) => {
    const folded = fold(clause);
    const days = WEEKDAY_ADVERBS.flatMap(([day], i) => (ADVERB_BEFORE[i]?.[1].test(folded) || ADVERB_AFTER[i]?.[1].test(folded) ? [day] : []));
    // "weder montags noch dienstags": only in a clause that rules a weekday out already.
    return days.length === 0 ? days : [...days, ...WEEKDAY_ADVERBS.flatMap(([day], i) => (ADVERB_CHAINED[i]?.[1].test(folded) ? [day] : []))];
  });
}

/** The days the message rules out, and the date and daypart entities that name them (not wishes). */
export function ruledOutDays(said: string, entities: readonly Entity[]): { out: RuledOut; negated: Set<Entity> } {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const out: RuledOut = { notOn: [], notWeekdays: ruledOutAdverbs(said) };
  const negated = new Set<Entity>();
  sorted.forEach((entity, index) => {
    const daypart = entity.type === 'daypart' && (entity.value === 'morning' || entity.value === 'afternoon' || entity.value === 'evening') ? entity.value : null;
    const bound = entity.type === 'time_constraint' && typeof entity.value === 'object' && entity.value !== null && !Array.isArray(entity.value) ? entity.value : null;
    if (bound && typeof bound.time === 'string' && (bound.relation === 'before' || bound.relation === 'after')) {
      if (!isRuledOut(said, entity, sorted[index - 1]?.end ?? 0)) return;
      negated.add(entity);
      out.bounds = { ...out.bounds, [bound.relation === 'before' ? 'after' : 'before']: bound.time };
      return;
    }
    if ((entity.type !== 'date' && !daypart) || typeof entity.value !== 'string') return;
    if (!isRuledOut(said, entity, sorted[index - 1]?.end ?? 0) && (daypart || !chained(said, entity, sorted[index - 1], negated))) return;
    negated.add(entity);
    if (daypart) out.notDaypart = daypart;
    else if (WEEKDAY.test(fold(entity.text))) out.notWeekdays.push(weekdayIndex(entity.value));
    else out.notOn.push(entity.value);
  });
  out.notWeekdays = [...new Set(out.notWeekdays)];
  return { out, negated };
}

/**
 * A new wish keeps the days ruled out before ("nicht am Montag", then "lieber in zwei Wochen"), and a second
 * "nicht am Dienstag" adds to the first, until the citizen wishes for one of those days ("doch am Montag").
 */
export function keepRuledOut(previous: SlotWish | undefined, wished: SlotWish): SlotWish {
  const named = wished.from !== undefined && wished.from === wished.to ? wished.from : undefined;
  const next = previous && onlyRuledOut(wished) ? { ...withoutRuledOutDay(previous, wished), ...wished } : wished;
  const weekdays = [...new Set([...(previous?.notWeekdays ?? []), ...(next.notWeekdays ?? [])])].filter((d) => named === undefined || d !== weekdayIndex(named));
  const dates = [...new Set([...(previous?.notOn ?? []), ...(next.notOn ?? [])])].filter((date) => date !== named);
  const merged: SlotWish = { ...next };
  delete merged.notWeekdays;
  delete merged.notOn;
  return { ...merged, ...(dates.length > 0 ? { notOn: dates } : {}), ...(weekdays.length > 0 ? { notWeekdays: weekdays.sort((a, b) => a - b) } : {}) };
}

/** "am Montag geht es nicht" after "nächste Woche, nicht vor 10 Uhr": nothing but days ruled out (smoke18 A2). */
function onlyRuledOut(wish: SlotWish): boolean {
  return Object.keys(wish).every((key) => key === 'notOn' || key === 'notWeekdays');
}

/**
 * What stands of the previous wish when only days are ruled out now: its week and times stay, but a single day
 * wished before goes when it is the day now ruled out ("Dienstag nachmittags", then "Dienstag geht doch nicht").
 */
function withoutRuledOutDay(previous: SlotWish, now: SlotWish): SlotWish {
  const kept: SlotWish = { ...previous };
  const day = previous.from !== undefined && previous.from === previous.to ? previous.from : undefined;
  if (day !== undefined && ((now.notOn ?? []).includes(day) || (now.notWeekdays ?? []).includes(weekdayIndex(day)))) {
    delete kept.from;
    delete kept.to;
    delete kept.around;
  }
  return kept;
}
