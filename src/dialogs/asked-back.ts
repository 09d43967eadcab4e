/**
 * The next message after a validator asked a yes/no question about the answer it refused ("Liegt Langerwehe in
 * Düren?", registry.ts `ask`): a short yes takes the answer as asked about, a short no says why it cannot be
 * taken and asks the step again. Anything else is read as usual: a new answer to the step replaces the question
 * (fill.ts), while a side question, help, "Einfache Sprache" or "abbrechen" – "nein" keep it, and the step is then
 * asked with it again (ask.ts `reask`).
 */
import type { TurnOutcome } from '../core/turn-handler.js';
import { advance, HIDDEN_INPUT, outcome, reask } from './ask.js';
import { stepById } from './flow.js';
import { echo, part } from './replies.js';
import { yesNo } from './slot-values.js';
import { say } from './text.js';
import type { Engine, Turn } from './turn.js';

// "ja, Hauptstraße 5, 52349 Düren" is a new answer, not only a yes.
const SHORT = 6;
const SIDE_PHASES = new Set(['cancel', 'resume', 'switch', 'paused']);

export async function answerToAsked(engine: Engine, t: Turn): Promise<TurnOutcome | null> {
  const { run, voice, ctx } = t;
  const asked = run.asked;
  if (!asked) return null;
  // "Sollen wir weitermachen?", "Wirklich abbrechen?": the question waits until the run is back at its step.
  if (SIDE_PHASES.has(run.phase)) return null;
  const step = run.phase === 'step' ? stepById(t.dialog, run.step) : undefined;
  if (!step || asked.slot !== step.slot) {
    delete run.asked;
    return null;
  }
  const text = ctx.turn.text.trim();
  const answer = yesNo(text);
  if (answer === null || text.split(/\s+/).length > SHORT || ctx.nlu.entities.some((e) => e.type === 'address' || e.type === 'postcode')) return null;
  delete run.asked;
  if (answer === false) return outcome(t, reask(engine, t, [part(say(asked.no, voice))]));
  run.slots[step.slot] = asked.yes;
  if (asked.extra) Object.assign(run.slots, asked.extra);
  run.skipped = run.skipped.filter((s) => s !== step.slot);
  run.failures = 0;
  run.lastFilled = [step.slot];
  return outcome(t, await advance(engine, t, [echo([{ step, value: asked.yes }], voice, false)]), step.personal ? { userTranscriptText: HIDDEN_INPUT } : {});
}
