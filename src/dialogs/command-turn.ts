/** The global commands inside a running dialog: cancel, back, skip, help, a person, a resume code, continue, plain language. */
import { plainLanguageNote, plainLanguageRequest } from '../core/plain-language-request.js';
import type { TurnOutcome } from '../core/turn-handler.js';
import { advance, handoff, outcome, reask, returnPhase } from './ask.js';
import { helpTarget, type Command } from './commands.js';
import { isAnswered, stepById, visibleSteps } from './flow.js';
import { part, T, yesNoSuggestions, type Part } from './replies.js';
import { issueCode } from './resume-code.js';
import { say } from './text.js';
import type { Engine, Turn } from './turn.js';

export async function command(engine: Engine, t: Turn, cmd: Command, parts: Part[]): Promise<TurnOutcome | null> {
  const { run, voice } = t;
  const step = stepById(t.dialog, run.step);
  switch (cmd) {
    case 'cancel':
      run.returnTo = returnPhase(t);
      run.phase = 'cancel';
      return outcome(t, [{ text: say(T.cancelQuestion, voice), suggestions: yesNoSuggestions(voice) }]);
    case 'restart':
      // The citizen asked for it: the answers go, the first question comes (no "wirklich?" as for cancelling).
      Object.assign(run, { phase: 'step', step: null, slots: {}, skipped: [], history: [], lastFilled: [], failures: 0, derived: [] });
      return outcome(t, await advance(engine, t, [part(say(T.restarted, voice))]));
    case 'back': {
      const visible = visibleSteps(t.dialog, run.slots);
      const index = run.phase === 'confirm' ? run.history.length : run.history.lastIndexOf(run.step ?? '');
      const asked = [...run.history.slice(0, Math.max(0, index))].reverse().find((slot) => visible.some((s) => s.slot === slot));
      // An answer taken from an earlier message was never asked, so it is not in the history ("Termin am
      // Dienstag nachmittag" and then "zurück" at the slot choice): the answered step before this one.
      const here = run.phase === 'confirm' ? visible.length : visible.findIndex((s) => s.slot === run.step);
      const given = [...visible.slice(0, Math.max(0, here))].reverse().find((s) => isAnswered(run, s.slot) && !(run.derived ?? []).includes(s.slot))?.slot;
      const order = (slot: string | undefined) => (slot === undefined ? -1 : visible.findIndex((s) => s.slot === slot));
      const previous = order(given) > order(asked) ? given : asked;
      if (!previous) return outcome(t, reask(engine, t, [part(say(T.firstStep, voice))]));
      run.history = run.history.slice(0, run.history.lastIndexOf(previous) + 1);
      run.step = previous;
      run.phase = 'step';
      run.failures = 0;
      return outcome(t, reask(engine, t, [...parts, part(say(T.wentBack, voice))]));
    }
    case 'skip':
      if (!step || run.phase !== 'step') return null;
      if (!step.optional) return outcome(t, reask(engine, t, [part(say(T.requiredStep, voice))]));
      run.slots[step.slot] = null;
      if (!run.skipped.includes(step.slot)) run.skipped.push(step.slot);
      run.failures = 0;
      return outcome(t, await advance(engine, t, parts));
    case 'help': {
      // "was ist Bruttokaltmiete?" is answered even while another step is asked; then that step again.
      const about = helpTarget(t.ctx.turn.text, visibleSteps(t.dialog, run.slots), run.phase === 'step' ? step : undefined);
      return outcome(t, reask(engine, t, [part(about?.help ? say(about.help, voice) : `${say(T.generalHelp, voice)} ${say(t.dialog.handoff, voice)}`)]));
    }
    case 'person':
      return outcome(t, handoff(engine, t, parts, 'person'));
    case 'resume_code':
      return issueCode(engine, t);
    case 'continue':
      return outcome(t, reask(engine, t, parts));
    case 'plain_language': {
      // The flag for this turn and the next ones (the engine saves it), and the question again in that language.
      const plain = plainLanguageRequest(t.ctx.turn.text)?.plain ?? voice.plainLanguage;
      t.ctx.turn.plainLanguage = plain;
      voice.plainLanguage = plain;
      return outcome(t, reask(engine, t, [...parts, part(plainLanguageNote(voice.locale, plain))]));
    }
  }
}
