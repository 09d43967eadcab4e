/**
 * Leaving the question for a moment: an FAQ answer mid-dialog ("Sollen wir mit … weitermachen?"), another
 * application's trigger ("Möchten Sie … abbrechen und mit … beginnen?"), and the yes/no that follows these
 * and "Wirklich abbrechen?".
 */
import { intentReply } from '../core/answer.js';
import { FOLLOW_UP_UNSURE } from '../core/follow-up.js';
import type { ReplyDraft, TurnOutcome } from '../core/turn-handler.js';
import { outcome, reask, returnPhase } from './ask.js';
import { looksLikeQuestion, looksLikeRequest } from './commands.js';
import { endReply, pendingEnd } from './ending.js';
import { startRun } from './fill.js';
import { part, T, yesNoSuggestions, type Part } from './replies.js';
import { yesNo } from './slot-values.js';
import { writeRun } from './state.js';
import { label, say } from './text.js';
import { dialogsOf, type Engine, type Turn } from './turn.js';

export const DIGRESSION_CONFIDENCE = 0.5;
/**
 * A message that neither asks nor requests ("blau" where a number is wanted) is most likely an answer
 * that did not fit: it leaves the question only when the NLU is sure, because a wrong digression costs
 * the citizen the thread of the form, a re-ask costs one more message.
 */
export const STATEMENT_DIGRESSION_CONFIDENCE = 0.8;
export const SWITCH_CONFIDENCE = 0.5;

function faqAnswer(t: Turn, intentId: string): ReplyDraft | null {
  const intent = t.ctx.content.intentsById.get(intentId);
  return intent ? intentReply(intent, t.voice.locale, t.voice.plainLanguage) : null;
}

// "nächste Woche, und was kostet das?", "ja, und wann ist der nächste Termin?": a question after an answer.
// The question starts a clause of its own: after a comma or full stop, or after "und"/"and" ("What does a passport
// cost?" is one question, not "What" and a question).
const TRAILING_QUESTION =
  /(?:[,;.!]\s*(?:(?:und|and|aber|but)\s+)?|\s(?:und|and|aber|but)\s+)((?:was|wie|wo|wann|wer|welche[rsmn]?|warum|wieso|wieviel|muss|kann|brauche|gibt|what|how|where|when|who|which|why|do|does|can|is|are)\b[^?]*\?)\s*$/iu;

/**
 * The answer to a question asked along with an answer, as an info part before the next question: from the
 * topic it names, else (it names none: "was kostet das?") from the application's own topic. Null when the
 * message holds no such question.
 */
export function questionAlongside(t: Turn): Part | null {
  const asked = TRAILING_QUESTION.exec(t.ctx.turn.text)?.[1];
  if (!asked) return null;
  return answerFor(t);
}

/**
 * Splits "nächste Woche, und was kostet das?" at a step: the turn keeps "nächste Woche" (and its entities)
 * as the answer, and the question's answer is returned to be said before the next question. Null, and the
 * turn unchanged, when there is no answer in front of the question.
 */
export function splitQuestionAlongside(t: Turn): Part | null {
  const text = t.ctx.turn.text;
  const match = TRAILING_QUESTION.exec(text);
  if (!match) return null;
  const answer = text.slice(0, match.index).replace(/[\s,;.!-]+$/u, '');
  if (!/[\p{L}\p{N}]/u.test(answer)) return null;
  const said = answerFor(t);
  if (!said) return null;
  t.ctx.turn.text = answer;
  t.ctx.nlu = { ...t.ctx.nlu, entities: t.ctx.nlu.entities.filter((e) => e.end <= answer.length) };
  return said;
}

function answerFor(t: Turn): Part | null {
  const parsed = t.ctx.nlu.asked?.at(-1) ?? t.ctx.nlu.intents[0];
  const own = t.dialog.trigger[0];
  const id = parsed && parsed.id !== 'unknown' && parsed.confidence >= DIGRESSION_CONFIDENCE ? parsed.id : own;
  const answer = id ? faqAnswer(t, id) : null;
  return answer ? part(answer.text, answer.text, answer.links) : null;
}

/**
 * "Wie lange dauert die Bearbeitung?" in the Wohngeld application read as a complaint at 0.6: a question that
 * got another topic without confidence, and that read with the application's title names the application's
 * topic, is about it (the rule a follow-up after an answer follows: src/core/follow-up.ts).
 */
function unsureOwnTopic(t: Turn, own: string): boolean {
  const parsed = t.ctx.nlu.intents[0];
  const title = t.ctx.content.intentsById.get(own)?.title[t.ctx.nlu.language];
  if (!parsed || parsed.id === own || parsed.confidence >= FOLLOW_UP_UNSURE || !title || !t.ctx.reread) return false;
  return t.ctx.reread(`${t.ctx.turn.text} (${title})`).intents[0]?.id === own;
}

/** An FAQ question: the answer, then "Sollen wir mit … weitermachen?". */
export function digression(t: Turn): TurnOutcome | null {
  const parsed = t.ctx.nlu.intents[0];
  const text = t.ctx.turn.text;
  const asks = looksLikeQuestion(text) || looksLikeRequest(text);
  // "Welche Unterlagen brauche ich?", "Wo ist die Wohngeldstelle?" name no topic of their own: asked inside
  // an application, they are about its topic (as a follow-up is about the topic just answered).
  const own = t.dialog.trigger[0];
  const aboutThis = looksLikeQuestion(text) && !t.ctx.nlu.otherLanguage && own !== undefined && (!parsed || parsed.id === 'unknown' || unsureOwnTopic(t, own));
  const top = aboutThis ? { id: own, confidence: parsed?.confidence ?? 0 } : parsed;
  if (!top || top.id === 'unknown' || (!aboutThis && top.confidence < (asks ? DIGRESSION_CONFIDENCE : STATEMENT_DIGRESSION_CONFIDENCE))) return null;
  // This dialog's own topic is answered only when asked ("Was kostet Sperrmüll?"), never for an answer.
  if (t.dialog.trigger.includes(top.id) && !looksLikeQuestion(text)) return null;
  const answer = faqAnswer(t, top.id);
  if (!answer) return null;
  t.run.returnTo = returnPhase(t);
  t.run.phase = 'resume';
  const question = { text: say(T.resumeQuestion, t.voice, { title: label(t.dialog.title, t.voice) }), suggestions: yesNoSuggestions(t.voice) };
  return { ...outcome(t, [answer, question]), intent: top };
}

/**
 * Another application's trigger intent: its FAQ answer (if any), then the offer to switch. "ja" discards
 * this run and starts the other; "nein" goes on here.
 */
export function switchOffer(t: Turn): TurnOutcome | null {
  const top = t.ctx.nlu.intents[0];
  if (!top || top.confidence < SWITCH_CONFIDENCE || t.dialog.trigger.includes(top.id)) return null;
  const target = dialogsOf(t.ctx).find((d) => d.id !== t.dialog.id && d.trigger.includes(top.id));
  if (!target) return null;
  t.run.returnTo = returnPhase(t);
  t.run.phase = 'switch';
  t.run.switchTo = target.id;
  const vars = { title: label(t.dialog.title, t.voice), next: label(target.title, t.voice) };
  const question = { text: say(T.switchQuestion, t.voice, vars), suggestions: yesNoSuggestions(t.voice) };
  const answer = faqAnswer(t, top.id);
  return { ...outcome(t, answer ? [answer, question] : [question]), intent: top };
}

/**
 * The answer to "Wirklich abbrechen?", "Sollen wir weitermachen?" or "… abbrechen und mit … beginnen?".
 * Null when the message is no yes/no: the run is back at its question and the message is read as usual.
 */
export async function answerSideQuestion(engine: Engine, t: Turn): Promise<TurnOutcome | null> {
  const { ctx, run, voice } = t;
  const answer = yesNo(ctx.turn.text);
  const switchTo = run.switchTo;
  delete run.switchTo;
  const end = pendingEnd(t);
  delete run.endWith;
  if (run.phase === 'cancel' && answer === true && end) return endReply(t, end, []);
  if (run.phase === 'cancel' && answer === true) {
    ctx.conversation.state = writeRun(ctx.conversation.state, null);
    return {
      replies: [{ text: say(t.dialog.cancelled ?? T.cancelled, voice) }],
      intent: { id: 'abbrechen', confidence: 1 },
      dialog: { id: t.dialog.id, step: null, done: true },
      expectingInput: false,
    };
  }
  if (run.phase === 'resume' && answer === false) {
    run.phase = 'paused';
    return outcome(t, [{ text: say(T.paused, voice, { title: label(t.dialog.title, voice) }) }]);
  }
  const target = run.phase === 'switch' && answer === true ? dialogsOf(ctx).find((d) => d.id === switchTo) : undefined;
  if (target) {
    // The answers of the run left behind are deleted, as on "abbrechen".
    ctx.conversation.state = writeRun(ctx.conversation.state, null);
    return startRun(engine, ctx, target, voice, [part(say(T.switched, voice, { title: label(t.dialog.title, voice) }))]);
  }
  run.phase = run.returnTo ?? 'step';
  delete run.returnTo;
  if (answer === null) return null;
  const alongside = questionAlongside(t);
  return outcome(t, reask(engine, t, alongside ? [alongside] : []));
}
