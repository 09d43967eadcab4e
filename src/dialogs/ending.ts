/**
 * An option with `end` ("Online beim Land NRW", "Jetzt nicht"): the dialog ends there and nothing is stored.
 * When the step comes again after a correction at the summary, later answers (name, address …) would go
 * with it, so the citizen is asked first, as for "abbrechen".
 */
import type { TurnOutcome } from '../core/turn-handler.js';
import { outcome } from './ask.js';
import type { Filled } from './fill.js';
import { isAnswered, stepById } from './flow.js';
import { T, yesNoSuggestions, type Part } from './replies.js';
import type { EnumOption, StepDefinition } from './schema.js';
import { writeRun } from './state.js';
import { label, say } from './text.js';
import type { Turn } from './turn.js';

/** The option's end text and links; the run is gone. */
export function endReply(t: Turn, option: EnumOption, parts: Part[]): TurnOutcome {
  const { ctx, voice } = t;
  if (!option.end) throw new Error(`option ${option.value} has no end`);
  ctx.conversation.state = writeRun(ctx.conversation.state, null);
  const links = option.links.map((l) => ({ title: label(l.title, voice), url: l.url }));
  return {
    replies: [{ text: [...parts.map((p) => p.text), say(option.end, voice)].join(' '), ...(links.length > 0 ? { links } : {}) }],
    intent: { id: t.dialog.trigger[0] ?? t.dialog.id, confidence: 1 },
    dialog: { id: t.dialog.id, step: null, done: true },
    expectingInput: false,
  };
}

/** Answered personal steps after `step` that ending here would delete (a consent given is no loss). */
function laterAnswers(t: Turn, step: StepDefinition): StepDefinition[] {
  const steps = t.dialog.steps;
  return steps.slice(steps.indexOf(step) + 1).filter((s) => s.personal && isAnswered(t.run, s.slot) && !t.run.skipped.includes(s.slot));
}

/** A chosen option with `end` (now or as a correction): ends the dialog, or asks first when later answers would go. */
export function ending(t: Turn, filled: Filled, parts: Part[]): TurnOutcome | null {
  const chosen = filled.accepted
    .flatMap(({ step, value }) => (step.type === 'enum' ? (step.options ?? []).filter((o) => o.value === value && o.end).map((option) => ({ step, option })) : []))
    .at(-1);
  if (!chosen) return null;
  const later = laterAnswers(t, chosen.step);
  if (later.length === 0) return endReply(t, chosen.option, parts);
  const { run, voice } = t;
  // "nein" comes back to this question with nothing chosen; "ja" ends with the option (answerSideQuestion).
  delete run.slots[chosen.step.slot];
  run.lastFilled = run.lastFilled.filter((slot) => slot !== chosen.step.slot);
  run.step = chosen.step.slot;
  run.returnTo = 'step';
  run.phase = 'cancel';
  run.endWith = { slot: chosen.step.slot, value: chosen.option.value };
  const answers = later.map((s) => label(s.label, voice)).join(', ');
  const question = say(T.endQuestion, voice, { answers });
  return outcome(t, [{ text: question, suggestions: yesNoSuggestions(voice) }]);
}

/** The option "ja" to the question above ends with, if the run still names one. */
export function pendingEnd(t: Turn): EnumOption | undefined {
  const wanted = t.run.endWith;
  if (!wanted) return undefined;
  return stepById(t.dialog, wanted.slot)?.options?.find((o) => o.value === wanted.value && o.end);
}
