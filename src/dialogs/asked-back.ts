/**
 * The next message after a validator asked a yes/no question about the answer it refused ("Liegt Langerwehe in
 * Düren?", registry.ts `ask`): a short yes takes the answer as asked about, a short no says why it cannot be
 * taken and asks the step again. Anything else is read as usual (a new address, a question, a command).
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

export async function answerToAsked(engine: Engine, t: Turn): Promise<TurnOutcome | null> {
  const { run, voice, ctx } = t;
  const asked = run.asked;
  delete run.asked;
  const step = run.phase === 'step' ? stepById(t.dialog, run.step) : undefined;
  if (!asked || !step || asked.slot !== step.slot) return null;
  const text = ctx.turn.text.trim();
  const answer = yesNo(text);
  if (answer === null || text.split(/\s+/).length > SHORT || ctx.nlu.entities.some((e) => e.type === 'address' || e.type === 'postcode')) return null;
  if (answer === false) return outcome(t, reask(engine, t, [part(say(asked.no, voice))]));
  run.slots[step.slot] = asked.yes;
  run.skipped = run.skipped.filter((s) => s !== step.slot);
  run.failures = 0;
  run.lastFilled = [step.slot];
  return outcome(t, await advance(engine, t, [echo([{ step, value: asked.yes }], voice, false)]), step.personal ? { userTranscriptText: HIDDEN_INPUT } : {});
}
