/**
 * "Beschreibung: Sie ist seit drei Tagen ganz aus" at the summary: the name of an answer, a colon and the
 * new value. The summary's own prompt asks for exactly this ("den neuen Wert mit dem Namen der Angabe"), but
 * the value was dropped and the question asked again.
 */
import type { Turn } from './turn.js';
import { behindConsent, visibleSteps } from './flow.js';
import type { StepDefinition } from './schema.js';
import { fold } from './text.js';

/** "nein,", "ach nein", "sorry," and the like before the name of the answer. */
const CUE = /^\s*(?:(?:nein|ne|nee|no|doch|ach|oh|oops|sorry|korrektur|bitte|please|und|and|also)[\s,.!:;-]+)*/iu;
// "Name ist falsch" is no new name: only a colon, "=" or "ändern in" bring a value.
const SEPARATOR = /^\s*(?:[:=]|(?:bitte\s+)?(?:ändern|aendern|ändere|korrigieren)\s+(?:in|auf|zu)|(?:change|changed)\s+to|(?:ist|is)\s+(?:jetzt|now))\s*/iu;

export interface LabelledValue {
  step: StepDefinition;
  /** The value as written, and where it starts in the message. */
  text: string;
  start: number;
}

/** The step a message names at its start with a new value after a colon, or null. */
export function labelledValue(t: Turn): LabelledValue | null {
  const text = t.ctx.turn.text;
  const lead = CUE.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead);
  let best: { step: StepDefinition; length: number } | null = null;
  for (const step of visibleSteps(t.dialog, t.run.slots)) {
    if (behindConsent(t.dialog, t.run, step)) continue;
    for (const name of [step.label.de, step.label.en, step.label.plain ?? '', ...step.keywords]) {
      const length = namedAt(rest, name);
      if (length > 0 && (!best || length > best.length)) best = { step, length };
    }
  }
  if (!best) return null;
  // "Beschreibung ändern" still asks for the step; "Name Peter" is too loose to be a value.
  const separator = SEPARATOR.exec(rest.slice(best.length));
  if (!separator) return null;
  const start = lead + best.length + separator[0].length;
  const value = text.slice(start).trim();
  return /\p{L}|\p{N}/u.test(value) ? { step: best.step, text: value, start } : null;
}

/** How many characters of `text` the name takes at its start (case and umlaut spelling aside), or 0. */
function namedAt(text: string, name: string): number {
  const wanted = fold(name);
  if (!wanted) return 0;
  const words = wanted.split(' ').length;
  // A closing bracket or quote ends the name: "Freibeträge (§ 17 WoGG): GdB 50" (its colon was not found).
  const match = new RegExp(`^(?:[\\p{L}\\p{N}]+[^\\p{L}\\p{N}]+){${words - 1}}[\\p{L}\\p{N}]+[)\\]“”"»]*`, 'u').exec(text);
  return match && fold(match[0]) === wanted ? match[0].length : 0;
}

/** The turn as if only the value had been written: the entities after it keep their places in it. */
export function valueOnly(t: Turn, labelled: LabelledValue): Turn {
  const { ctx } = t;
  const entities = ctx.nlu.entities.filter((e) => e.start >= labelled.start).map((e) => ({ ...e, start: e.start - labelled.start, end: e.end - labelled.start }));
  return { ...t, ctx: { ...ctx, turn: { ...ctx.turn, text: ctx.turn.text.slice(labelled.start) }, nlu: { ...ctx.nlu, entities } } };
}
