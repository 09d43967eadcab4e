/**
 * The dialog manager: a TurnHandler asked before the FAQ answerer. It starts a dialog on its trigger
 * intent, continues a running one (active-turn.ts: commands, values, digressions, switching, submission),
 * resumes a paused one, and redeems resume codes (resume-code.ts).
 */
import type { TurnHandler } from '../core/turn-handler.js';
import type { Entity } from '../core/types.js';
import { outcome, reask } from './ask.js';
import { activeTurn } from './active-turn.js';
import { createAttemptLimiter, type AttemptLimiter } from './attempt-limiter.js';
import { detectCommand, resumeCodeIn } from './commands.js';
import { startRun } from './fill.js';
import { stepById } from './flow.js';
import { UNKNOWN_INTENT } from '../core/faq-handler.js';
import { answerInsteadOfStart } from './info-question.js';
import type { DialogRegistry } from './registry.js';
import { part, T } from './replies.js';
import { CHAT_CODE_LIMITS, redeem } from './resume-code.js';
import { yesNo } from './slot-values.js';
import { readRun, writeRun } from './state.js';
import { fold, label, say, type Voice } from './text.js';
import { dialogsOf, type DialogStore, type Engine, type Turn } from './turn.js';

export { DIGRESSION_CONFIDENCE, SWITCH_CONFIDENCE } from './away.js';
export { MAX_FAILURES } from './active-turn.js';
export { RESUME_CODE_DAYS } from './resume-code.js';
export { dialogsOf } from './turn.js';

export const START_CONFIDENCE = 0.5;
/**
 * Below this, with "unknown" next, an application's trigger gets the topic's answer with its start button
 * instead of the first question: a form opened by mistake costs the citizen more than one press. 0.75 is the
 * out-of-scope threshold the dev data chose (docs/benchmarks.md, "Out-of-scope gate").
 */
export const SURE_START_CONFIDENCE = 0.75;

export interface DialogManagerOptions {
  store: DialogStore;
  registry: DialogRegistry;
  randomId?: () => string;
  codeLimiter?: AttemptLimiter;
}

/** True when the message is nothing but entities (an e-mail address, a phone number, a date). */
export function valueOnly(text: string, entities: readonly Entity[]): boolean {
  let rest = text;
  for (const e of [...entities].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, e.start)} ${rest.slice(e.end)}`;
  return entities.length > 0 && !/\p{L}{2,}/u.test(rest);
}

const EXPLICIT = /^(bitte )?(abbrechen|abbruch|stop|stopp|cancel|zurueck|zuruck|back|go back|weiter|weitermachen|fortsetzen|continue)( bitte)?$/;
// "ich habe die falsche Hausnummer angegeben, es ist Schenkelstraße 18" was no correction (an FAQ guess came):
// a wrong answer named by what it was counts too, but not "falsch" alone ("Was kostet falsch parken?").
const FIELD = 'hausnummer|hausnr|adresse|anschrift|strasse|nummer|telefonnummer|handynummer|name|namen|nachname|vorname|postleitzahl|plz|e mail|email|mail|datum|ort|angabe|angaben|daten|iban|zeitraum|beschreibung';
const FIELD_EN = 'house number|number|address|street|name|postcode|e mail|email|phone number|phone|date|place|details|iban';
const WANTS_CHANGE = new RegExp(
  `\\b(aendern|abaendern|korrigieren|korrektur|berichtigen|war falsch|ist falsch|stimmt nicht|vertan|vertippt|verschrieben|tippfehler|fehler gemacht|falsch (?:angegeben|eingegeben|geschrieben|getippt)|falsche[nrsm]? (?:\\w+ )?(?:${FIELD})|change it|change that|correct it|correct that|was wrong|is wrong|made a mistake|typo|(?:the )?wrong (?:${FIELD_EN}))\\b`,
);

export function createDialogManager(options: DialogManagerOptions): TurnHandler {
  const engine: Engine = {
    store: options.store,
    registry: options.registry,
    randomId: options.randomId ?? (() => crypto.randomUUID()),
    limiter: options.codeLimiter ?? createAttemptLimiter(CHAT_CODE_LIMITS),
  };

  return {
    name: 'dialogs',
    async handle(ctx) {
      const voice: Voice = { locale: ctx.turn.locale, plainLanguage: ctx.turn.plainLanguage };
      const dialogs = dialogsOf(ctx);
      if (dialogs.length === 0) return null;
      const actionCode = /^resume_code:([A-Z0-9]{8})$/.exec(ctx.turn.action ?? '')?.[1];
      const code = actionCode ?? resumeCodeIn(ctx.turn.text);
      if (code) return redeem(engine, ctx, code, voice);

      const run = readRun(ctx.conversation.state);
      const dialog = run ? dialogs.find((d) => d.id === run.id) : undefined;
      const top = ctx.nlu.intents[0];
      const triggered = top && top.confidence >= START_CONFIDENCE ? dialogs.find((d) => d.trigger.includes(top.id)) : undefined;

      if (run && dialog && run.phase === 'moved') {
        ctx.conversation.state = writeRun(ctx.conversation.state, null);
        const moved = { text: say(T.moved, voice, { title: label(dialog.title, voice) }) };
        // A new request ("Ich möchte Sperrmüll anmelden") still gets its start; an answer meant for the moved run does not.
        const next = triggered && !ctx.turn.action ? await startRun(engine, ctx, triggered, voice) : null;
        return next ? { ...next, replies: [moved, ...next.replies] } : { replies: [moved], intent: null };
      }
      if (run && dialog && run.phase !== 'done' && run.phase !== 'paused') {
        // An answer that is only a value ("info@example.org", "0176 …") says nothing about the language: the
        // language detection must not switch a German dialog to English for it.
        if (!ctx.turn.requestedLocale && valueOnly(ctx.turn.text, ctx.nlu.entities)) {
          ctx.turn.locale = ctx.conversation.locale;
          voice.locale = ctx.conversation.locale;
        }
        return activeTurn(engine, { ctx, dialog, run, voice });
      }
      if (run && dialog && run.phase === 'paused') {
        const resume = (triggered === dialog && !ctx.nlu.entities.length) || detectCommand(ctx.turn.text, ctx.nlu, undefined) === 'continue' || yesNo(ctx.turn.text) === true;
        if (resume) {
          const t: Turn = { ctx, dialog, run, voice };
          run.phase = stepById(dialog, run.step) ? 'step' : 'confirm';
          return outcome(t, reask(engine, t, [part(say(T.welcomeBack, voice, { title: label(dialog.title, voice) }))]));
        }
      }
      if (run && dialog && run.phase === 'done' && run.reference && yesNo(ctx.turn.text) === true && !triggered) {
        return outcome({ ctx, dialog, run, voice }, [{ text: say(T.alreadyDone, voice, { reference: run.reference }) }]);
      }
      // "das war falsch, ich will das ändern" right after sending: a second run would send a second request.
      if (run && dialog && run.phase === 'done' && run.reference && WANTS_CHANGE.test(fold(ctx.turn.text)) && (!triggered || triggered === dialog)) {
        const text = dialog.after_done ? say(dialog.after_done, voice) : `${say(T.sentAlready, voice, { reference: run.reference })} ${say(dialog.handoff, voice)}`;
        return outcome({ ctx, dialog, run, voice }, [{ text }]);
      }
      const bare = triggered ? null : detectCommand(ctx.turn.text, ctx.nlu, undefined);
      if (bare === 'resume_code') return { replies: [{ text: say(T.noDialog, voice) }], intent: null };
      // "abbrechen" while paused ends the paused run; "zurück" or "abbrechen" with none running says so
      // ("zurück" was read as deregistering, "abbrechen" claimed to have stopped something).
      if (bare === 'cancel' && run && dialog && run.phase === 'paused') {
        ctx.conversation.state = writeRun(ctx.conversation.state, null);
        return { replies: [{ text: dialog.cancelled ? say(dialog.cancelled, voice) : say(T.cancelled, voice) }], intent: top ?? null };
      }
      // The reported intent stays the classifier's ("Abbrechen" is abbrechen for every channel and for analytics).
      if ((bare === 'cancel' || bare === 'back' || bare === 'continue') && EXPLICIT.test(fold(ctx.turn.text))) return { replies: [{ text: say(T.nothingRunning, voice) }], intent: top ?? null };
      if (!triggered || !top) return null;
      // A button ("intent:…") is a request; a question about the topic gets its answer and a start button.
      // Unsure between the application and nothing the city does ("Stadthalle mieten": Wohngeld 0.51, unknown 0.48).
      const unsure = top.confidence < SURE_START_CONFIDENCE && ctx.nlu.intents[1]?.id === UNKNOWN_INTENT;
      return (ctx.turn.action ? null : answerInsteadOfStart(ctx, triggered, top.id, unsure)) ?? startRun(engine, ctx, triggered, voice);
    },
  };
}
