/**
 * What a message fills: the start of a run (with `prefill` steps taken from the starting message), and the
 * values of a message applied to the slots, validated, echoed ("Verstanden: …" / "Korrigiert: …").
 */
import type { ProfileDefinition } from '../content/schema.js';
import type { TurnContext, TurnOutcome } from '../core/turn-handler.js';
import type { DialogDefinition, DialogText, StepDefinition } from './schema.js';
import { advance, HIDDEN_INPUT, outcome, stepContext } from './ask.js';
import { assignEntities, behindConsent, choicesNamed, conditionHolds, hasCorrectionCue, isAnswered, optionCorrection, textOutside, visibleSteps, type Assignment } from './flow.js';
import { introducedName, isNameStep } from './introduced-name.js';
import { placeNames } from './spoken-name.js';
import { echo, part, T, type Part } from './replies.js';
import { checkValue, valueFromText } from './slot-values.js';
import { newRun, type RunState } from './state.js';
import { onlyAsksToStart } from './start-words.js';
import { defaultWithLaterChoice, ownWordYesNo } from './own-word-answer.js';
import { label, say, type Voice } from './text.js';
import type { Engine, Turn } from './turn.js';

type Value = RunState['slots'][string];

export interface Filled {
  answeredCurrent: boolean;
  currentError: Part | null;
  personal: boolean;
  accepted: Array<{ step: StepDefinition; value: Value }>;
}

/** Starts `dialog`: intro, values of the starting message, prefilled steps, first question. */
export async function startRun(engine: Engine, ctx: TurnContext, dialog: DialogDefinition, voice: Voice, lead: Part[] = []): Promise<TurnOutcome> {
  const run = newRun(dialog.id, engine.randomId(), ctx.conversation.id, ctx.now.toISOString());
  const t: Turn = { ctx, dialog, run, voice };
  const intro = say(dialog.intro, voice);
  const parts: Part[] = [...lead, part(/„abbrechen“|"cancel"/.test(intro) ? intro : `${intro} ${say(T.waysOut, voice)}`)];
  const filled = await applyAssignments(engine, t, undefined, parts);
  const prefilled = await prefill(engine, t, parts, lead.length + 1);
  return outcome(t, await advance(engine, t, parts), filled.personal || prefilled.personal ? { userTranscriptText: HIDDEN_INPUT } : {});
}

/** Steps marked `prefill` take their answer from the starting message when it passes validation. */
async function prefill(engine: Engine, t: Turn, parts: Part[], echoAt: number): Promise<{ personal: boolean }> {
  const { ctx, run, dialog, voice } = t;
  const accepted: Array<{ step: StepDefinition; value: Value }> = [];
  const notes: Part[] = [];
  await prefillPass(engine, t, accepted, notes);
  // "Termin am Montag um 10 für Personalausweis": no word says "buchen", but the message answers steps that
  // only a booking asks. A `prefill_default` is taken when, with it, the message fills at least one more step.
  for (const step of dialog.steps) {
    if (step.prefill_default === undefined || isAnswered(run, step.slot) || !conditionHolds(step.when, run.slots)) continue;
    run.slots[step.slot] = step.prefill_default;
    accepted.push({ step, value: step.prefill_default });
    const before = accepted.length;
    await prefillPass(engine, t, accepted, notes);
    if (accepted.length > before) continue;
    accepted.pop();
    delete run.slots[step.slot];
  }
  // "Termin für einen Reisepass, mein Name ist Ali Yilmaz": the name step is visible only now that the
  // booking is chosen, so the name waits for the prefilled steps.
  const name = nameAssignment(dialog, run, undefined, ctx.turn.text, [], ctx.content.profile);
  const named = name && !isAnswered(run, name.step.slot) && !('error' in name.parsed) ? await checkValue(name.step, name.parsed.value, stepContext(t, name.step), engine.registry.validators) : null;
  if (name && named?.ok) {
    run.slots[name.step.slot] = named.value;
    accepted.push({ step: name.step, value: named.value });
  }
  parts.push(...notes);
  if (accepted.length > 0) parts.splice(echoAt, 0, echo(accepted, voice, false));
  return { personal: accepted.some((a) => a.step.personal) };
}

async function prefillPass(engine: Engine, t: Turn, accepted: Array<{ step: StepDefinition; value: Value }>, notes: Part[]): Promise<void> {
  const { ctx, run, dialog, voice } = t;
  // "sperrmül anmelden" asks for the application and answers no free-text step (start-words.ts).
  const startOnly = onlyAsksToStart(dialog, ctx.turn.text);
  for (const step of dialog.steps) {
    if (!step.prefill || isAnswered(run, step.slot) || !conditionHolds(step.when, run.slots) || behindConsent(dialog, run, step)) continue;
    if (startOnly && step.type === 'text') continue;
    const parsed = valueFromText(step, ctx.turn.text, voice.locale);
    if (!parsed || 'error' in parsed) continue;
    const result = await checkValue(step, parsed.value, stepContext(t, step), engine.registry.validators);
    if (!result.ok) {
      if ('sayOnPrefill' in result && result.sayOnPrefill) notes.push(part(say(result.reason, voice)));
      continue;
    }
    run.slots[step.slot] = result.value;
    if (result.extra) Object.assign(run.slots, result.extra);
    accepted.push({ step, value: result.value });
    if (result.note) notes.push(part(say(result.note, voice)));
  }
}

/** Applies the values a message carries; returns what happened for failure counting. */
export async function applyAssignments(engine: Engine, t: Turn, current: StepDefinition | undefined, parts: Part[], textValue = true): Promise<Filled> {
  const { ctx, run, dialog, voice } = t;
  const assignments = assignEntities(dialog, run, current, ctx.turn.text, ctx.nlu.entities);
  // "nein, Reisepass" / "doch lieber online": an option of an earlier choice. Then the text is not also an
  // answer to the current step (a "nein" is not the answer to a yes/no question here).
  const option = optionCorrection(dialog, run, current, ctx.turn.text);
  if (option && !assignments.some((a) => a.step === option.step)) assignments.push(option);
  for (const named of option ? [] : choicesNamed(dialog, run, current, ctx.turn.text)) if (!assignments.some((a) => a.step === named.step)) assignments.push(named);
  // "Kölnstraße 12, 52351 Düren, ich heiße Peter Müller": the name goes to the name step, asked or not.
  const name = option ? null : nameAssignment(dialog, run, current, ctx.turn.text, assignments, ctx.content.profile);
  if (name) assignments.push(name);
  if (current && !option && !assignments.some((a) => a.step === current) && textValue) {
    // A text step takes what the other values leave of the message, when that still has words.
    const rest = assignments.length === 0 ? ctx.turn.text : current.type === 'text' ? textOutside(ctx.turn.text, assignments) : ctx.turn.text;
    const parsed = current.type !== 'text' || assignments.length === 0 || /\p{L}{2,}/u.test(rest) ? valueFromText(current, rest, voice.locale) : null;
    if (parsed) assignments.push({ step: current, parsed, correction: false });
    else if (assignments.length === 0) {
      // "Lastschrift" at the direct-debit question, "Reisepass" at "buchen, absagen oder verschieben?" (own-word-answer.ts).
      const own = ownWordYesNo(current, rest);
      if (own !== null) assignments.push({ step: current, parsed: { value: own }, correction: false });
      for (const d of own === null ? (defaultWithLaterChoice(dialog, run.slots, current, rest) ?? []) : []) assignments.push({ step: d.step, parsed: { value: d.value }, correction: false });
    }
  }
  const accepted: Filled['accepted'] = [];
  let currentError: Part | null = null;
  let corrected = false;
  // "nein, Dienstag vormittag" at the slot choice: the new wish clears the offered slots, so the rest of the
  // message is no choice among them; the question comes anew, with a new offer (it was refused and the
  // question asked again without slots, and the caller was stuck).
  let resetCurrent = false;
  // Said after the echo: a choice made after the changed answer is asked again ("Wie weiter" after a new rent).
  const later: Part[] = [];
  const resetSaid: string[] = [];
  for (const a of assignments) {
    if (a.step === current && resetCurrent) continue;
    const result = 'error' in a.parsed ? { ok: false as const, reason: a.parsed.error } : await checkValue(a.step, a.parsed.value, { ...stepContext(t, a.step), ...(a.parsed.entity ? { entity: a.parsed.entity } : {}) }, engine.registry.validators);
    if (!result.ok) {
      if ('extra' in result && result.extra) Object.assign(run.slots, result.extra);
      // Consent refused: the personal answers given before it go at once, not with the conversation.
      if (a.step.consent && 'value' in a.parsed && a.parsed.value === false) forgetPersonal(dialog, run, a.step);
      const message = part(reasonText(result, voice));
      if (a.step !== current) parts.push(part(`${label(a.step.label, voice)}: ${message.text}`));
      else {
        currentError = message;
        // A new refused answer replaces a yes/no question pending about the one before (asked-back.ts).
        if ('ask' in result && result.ask) run.asked = { slot: a.step.slot, ...result.ask, question: result.reason };
        else delete run.asked;
      }
      continue;
    }
    const before = run.slots[a.step.slot];
    run.slots[a.step.slot] = result.value;
    if (result.extra) Object.assign(run.slots, result.extra);
    run.skipped = run.skipped.filter((s) => s !== a.step.slot);
    if (before !== undefined && JSON.stringify(before) !== JSON.stringify(result.value)) {
      for (const slot of a.step.resets) {
        const reset = dialog.steps.find((s) => s.slot === slot);
        if (reset && isAnswered(run, slot) && !resetSaid.includes(slot)) {
          resetSaid.push(slot);
          later.push(part(say(T.askedAgain, voice, { step: label(reset.label, voice) })));
        }
        delete run.slots[slot];
      }
      resetCurrent ||= Boolean(current && a.step !== current && a.step.resets.includes(current.slot));
    }
    corrected ||= a.correction;
    accepted.push({ step: a.step, value: result.value });
    if (result.note) parts.push(part(say(result.note, voice)));
  }
  if (corrected) {
    forgetDerived(dialog, run, accepted.map((a) => a.step));
    await recheck(engine, t, accepted.map((a) => a.step), parts);
  }
  parts.push(...later);
  if (accepted.length > 0) {
    parts.unshift(echo(accepted, voice, corrected));
    run.lastFilled = accepted.map((a) => a.step.slot);
  }
  return {
    answeredCurrent: Boolean(current && accepted.some((a) => a.step === current)),
    currentError,
    personal: accepted.some((a) => a.step.personal) || Boolean(current?.personal && assignments.some((a) => a.step === current)),
    accepted,
  };
}

function forgetPersonal(dialog: DialogDefinition, run: RunState, gate: StepDefinition): void {
  for (const step of dialog.steps.slice(0, dialog.steps.indexOf(gate))) {
    if (step.personal && run.slots[step.slot] !== undefined) delete run.slots[step.slot];
  }
}

/** Why an answer was refused, with the rule's numbers filled in ("mindestens {min}"). */
function reasonText(result: { reason: DialogText; vars?: Record<string, string | number> }, voice: Voice): string {
  return say(result.reason, voice, result.vars ?? {});
}

/**
 * A corrected answer can make another one impossible ("nein, 1 Hund" with 2 dangerous dogs): the other
 * numeric answers are checked again against their rules, without the message (it was not about them); one
 * that fails is cleared, its reason said, and its question comes again before the summary. Only numbers:
 * validators of text answers turn the citizen's words into the stored value and cannot take it back in.
 */
async function recheck(engine: Engine, t: Turn, changed: StepDefinition[], parts: Part[]): Promise<void> {
  const { run, voice } = t;
  for (const step of visibleSteps(t.dialog, run.slots)) {
    const value = run.slots[step.slot];
    if (typeof value !== 'number' || changed.includes(step) || (run.derived ?? []).includes(step.slot)) continue;
    const { message: _, ...context } = stepContext(t, step);
    const result = await checkValue(step, value, context, engine.registry.validators);
    if (result.ok) continue;
    delete run.slots[step.slot];
    parts.push(part(`${label(step.label, voice)}: ${reasonText(result, voice)}`));
  }
}

/** A corrected answer: later steps that their logic filled from it (the postcode) are worked out again. */
function forgetDerived(dialog: DialogDefinition, run: RunState, changed: StepDefinition[]): void {
  const first = Math.min(...changed.map((step) => dialog.steps.indexOf(step)));
  const stale = (run.derived ?? []).filter((slot) => dialog.steps.findIndex((s) => s.slot === slot) > first);
  for (const slot of stale) delete run.slots[slot];
  run.skipped = run.skipped.filter((slot) => !stale.includes(slot));
  run.derived = (run.derived ?? []).filter((slot) => !stale.includes(slot));
}

/**
 * The name step that takes a name introduced in the message: the step being asked, or one not answered yet
 * (after "nein"/"doch" also an answered one). A step behind a consent not given takes nothing (Wohngeld).
 */
function nameAssignment(dialog: DialogDefinition, run: RunState, current: StepDefinition | undefined, text: string, taken: readonly Assignment[], profile: ProfileDefinition): Assignment | null {
  const steps = visibleSteps(dialog, run.slots).filter(
    (step) => isNameStep(step) && !taken.some((a) => a.step === step) && !behindConsent(dialog, run, step) && (step === current || !isAnswered(run, step.slot) || hasCorrectionCue(text)),
  );
  const step = steps.find((s) => s === current) ?? steps[0];
  const found = step ? introducedName(text, placeNames(profile)) : null;
  if (!step || !found) return null;
  return { step, parsed: { value: found.name }, correction: run.slots[step.slot] !== undefined && run.slots[step.slot] !== null, span: found.span };
}
