/**
 * Asking: the outcome of a turn with its dialog status, the next open question (running step logic), the
 * current question again, and the hand-over to a person.
 */
import type { ReplyDraft, TurnOutcome } from '../core/turn-handler.js';
import { nextStep, stepById } from './flow.js';
import type { StepContext } from './registry.js';
import { part, prompt, summaryReply, T, withParts, yesNoSuggestions, type Part } from './replies.js';
import type { StepDefinition } from './schema.js';
import { writeRun } from './state.js';
import { label, say } from './text.js';
import type { Engine, Turn } from './turn.js';

/** What the transcript keeps instead of an answer with personal data. */
export const HIDDEN_INPUT = '[Angabe im Antrag]';

export function outcome(t: Turn, replies: ReplyDraft[], extra: Partial<TurnOutcome> = {}): TurnOutcome {
  t.ctx.conversation.state = writeRun(t.ctx.conversation.state, t.run);
  const open = t.run.phase !== 'paused' && t.run.phase !== 'done';
  return {
    replies,
    intent: { id: t.dialog.trigger[0] ?? t.dialog.id, confidence: 1 },
    dialog: {
      id: t.dialog.id,
      // A side question at the summary keeps reporting the summary (it was null).
      step: t.run.phase === 'confirm' || (t.run.returnTo === 'confirm' && t.run.phase !== 'done') ? 'confirm' : t.run.phase === 'done' ? null : t.run.step,
      done: t.run.phase === 'done',
      ...(t.run.reference ? { reference: t.run.reference } : {}),
    },
    expectingInput: open,
    ...extra,
  };
}

/** The context validators and step logic get for `step` in this turn. */
export function stepContext(t: Turn, step: StepDefinition): StepContext {
  const { ctx, dialog, run, voice } = t;
  return { dialog, step, slots: run.slots, locale: voice.locale, plainLanguage: voice.plainLanguage, profile: ctx.content.profile, now: ctx.now, message: { text: ctx.turn.text, entities: ctx.nlu.entities }, conversationId: ctx.conversation.id, ...(ctx.turn.client ? { client: ctx.turn.client } : {}) };
}

/** The step's prompt with its suggestions, and those its step logic offers (the three appointment slots). */
function question(engine: Engine, t: Turn, step: StepDefinition): ReplyDraft {
  const offered = step.logic ? (engine.registry.stepLogic.get(step.logic)?.suggestions?.(stepContext(t, step)) ?? []) : [];
  return prompt(step, t.voice, [], offered.map((s) => ({ title: label(s.title, t.voice), value: s.value })));
}

/** Asks the next open step (running its step logic) or shows the summary. */
export async function advance(engine: Engine, t: Turn, parts: Part[]): Promise<ReplyDraft[]> {
  // Going on ends a yes/no question about an earlier answer (asked-back.ts).
  delete t.run.asked;
  for (;;) {
    const step = nextStep(t.dialog, t.run);
    if (!step) {
      t.run.phase = 'confirm';
      t.run.step = null;
      return [summaryReply(t.dialog, t.run, t.voice, parts)];
    }
    if (step.logic) {
      const logic = engine.registry.stepLogic.get(step.logic);
      const result = await logic?.before(stepContext(t, step));
      if (result?.slots) Object.assign(t.run.slots, result.slots);
      if (result?.text) {
        const links = result.links?.map((l) => ({ title: label(l.title, t.voice), url: l.url }));
        parts.push(part(say(result.text, t.voice), say(result.text, t.voice), links));
      }
      if (result?.end) {
        // Nothing to ask any more: the answers leave the state, as at the end of a dialog without a submission.
        Object.assign(t.run, { phase: 'done', step: null, slots: {}, skipped: [], history: [], lastFilled: [] });
        const links = parts.flatMap((p) => p.links ?? []);
        return [{ text: parts.map((p) => p.text).join(' '), transcriptText: parts.map((p) => p.transcript).join(' '), ...(links.length > 0 ? { links } : {}) }];
      }
      if (result?.skip) {
        t.run.skipped.push(step.slot);
        if (result.slots && step.slot in result.slots) t.run.derived = [...(t.run.derived ?? []), step.slot];
        continue;
      }
    }
    t.run.phase = 'step';
    t.run.step = step.slot;
    if (t.run.history.at(-1) !== step.slot) t.run.history.push(step.slot);
    return withParts(parts, question(engine, t, step));
  }
}

/** Asks the current question again (step or summary) without re-running step logic, but with its reminder. */
export function reask(engine: Engine, t: Turn, parts: Part[]): ReplyDraft[] {
  const step = stepById(t.dialog, t.run.step);
  if (t.run.phase === 'confirm' || !step) {
    t.run.phase = 'confirm';
    return [summaryReply(t.dialog, t.run, t.voice, parts)];
  }
  t.run.phase = 'step';
  // A yes/no question about the answer is pending ("Meinen Sie wirklich 30 €?"): it is the question, with Ja/Nein,
  // also after a side question, help or "Einfache Sprache"; the step's own question comes after "nein".
  const asked = t.run.asked;
  if (asked?.question && asked.slot === step.slot) return withParts(parts, { text: say(asked.question, t.voice), suggestions: yesNoSuggestions(t.voice) });
  const reminder = step.logic ? engine.registry.stepLogic.get(step.logic)?.reminder?.(stepContext(t, step)) : undefined;
  return withParts(reminder ? [...parts, part(say(reminder, t.voice))] : parts, question(engine, t, step));
}

export function handoff(engine: Engine, t: Turn, parts: Part[], why: 'stuck' | 'person' = 'stuck'): ReplyDraft[] {
  t.run.failures = 0;
  const lead = say(why === 'person' ? T.personAsked : T.stuck, t.voice);
  return reask(engine, t, [...parts, part(`${lead} ${say(t.dialog.handoff, t.voice)}`)]);
}

/** Where "nein" to a side question (cancel, digression, switch) goes back to. */
export function returnPhase(t: Turn): 'confirm' | 'step' {
  return t.run.phase === 'confirm' || t.run.phase === 'edit' ? 'confirm' : 'step';
}
