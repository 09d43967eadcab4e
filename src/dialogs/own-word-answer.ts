/**
 * Answers that name the question's own subject instead of saying yes or choosing (smoke19 B2):
 * "Lastschrift" at "Möchten Sie … per SEPA-Lastschrift zahlen?" is the yes, "Überweisung" the no; "Reisepass"
 * at "Möchten Sie einen Termin buchen, absagen oder verschieben?" is a booking for a passport. Both were read
 * as side questions (the payment FAQ, the passport FAQ) and took the citizen out of the application.
 */
import type { Slots } from './registry.js';
import type { DialogDefinition, StepDefinition } from './schema.js';
import { conditionHolds } from './flow.js';
import { matchOption } from './slot-values.js';
import { fold } from './text.js';

const FILLER = new Set('ja gern gerne bitte per mit ueber via by please yes die der das den eine einen ein lieber am liebsten the a'.split(' '));
// The other way to pay, where a yes/no step asks about the direct debit: its words are the no.
const DEBIT = /(?:^| )(?:lastschrift|sepa|abbuchen|direct debit)(?: |$)/;
const TRANSFER = new Set(['ueberweisung', 'ueberweisen', 'uberweisung', 'uberweisen', 'selbst ueberweisen', 'selber ueberweisen', 'transfer', 'bank transfer']);

function said(text: string): string {
  return fold(text)
    .split(' ')
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
}

/** The yes (the step's own word, "Lastschrift") or the no (the other way, "Überweisung") of a yes/no step, or null. */
export function ownWordYesNo(step: StepDefinition, text: string): boolean | null {
  if (step.type !== 'yes_no') return null;
  const rest = said(text);
  if (!rest) return null;
  const own = step.keywords.map((k) => fold(k));
  if (own.some((k) => k === rest) || (rest.split(' ').every((w) => own.includes(w)) && rest.split(' ').length <= 3)) return true;
  if (own.some((k) => DEBIT.test(` ${k} `)) && TRANSFER.has(rest)) return false;
  return null;
}

/**
 * At a choice with a `prefill_default` (the booking), a message that chooses nothing there but names exactly one
 * option of a later choice that the default opens ("Reisepass"): the default and that option.
 */
export function defaultWithLaterChoice(dialog: DialogDefinition, slots: Slots, current: StepDefinition, text: string): Array<{ step: StepDefinition; value: string }> | null {
  if (current.prefill_default === undefined || matchOption(current, text)) return null;
  const withDefault: Slots = { ...slots, [current.slot]: current.prefill_default };
  const opened = dialog.steps.filter((s) => s.type === 'enum' && s.when?.slot === current.slot && !conditionHolds(s.when, slots) && conditionHolds(s.when, withDefault));
  const hits = opened.flatMap((s) => {
    const option = matchOption(s, text, text.trim().endsWith('?'));
    return option ? [{ step: s, value: option.value }] : [];
  });
  const hit = hits.length === 1 ? hits[0] : undefined;
  return hit ? [{ step: current, value: current.prefill_default }, hit] : null;
}
