/**
 * Resume codes: "Code bitte" stores a hashed 8-character code for the run (valid 7 days); "Code ABCD-EFGH"
 * on any device continues the run in the new conversation. Wrong codes are limited (attempt-limiter.ts).
 */
import type { TurnContext, TurnOutcome } from '../core/turn-handler.js';
import { outcome, reask } from './ask.js';
import { stepById } from './flow.js';
import { part, T } from './replies.js';
import { formatCode, randomCode, sha256Hex } from './secrets.js';
import { readRun, writeRun, type RunState } from './state.js';
import { label, say, type Voice } from './text.js';
import { dialogsOf, type Engine, type Turn } from './turn.js';

export const RESUME_CODE_DAYS = 7;

/**
 * The chat limit: no client identity (address) reaches the engine, only the conversation, which a guesser
 * renews at will. So the per-conversation limit is small and the overall cap is set high enough that a
 * flood of wrong codes rarely locks everyone out (POST /api/resume has the per-client limit; see
 * docs/DIALOGS.md for the trade-off).
 */
export const CHAT_CODE_LIMITS = { perKey: 5, overall: 2000, windowMs: 15 * 60_000 };

/** Stores a new code for this run and shows it once (the transcript keeps "[Code]"). */
export async function issueCode(engine: Engine, t: Turn): Promise<TurnOutcome> {
  const code = randomCode();
  const at = t.ctx.now;
  await engine.store.saveResumeCode(await sha256Hex(code), t.ctx.conversation.id, at.toISOString(), new Date(at.getTime() + RESUME_CODE_DAYS * 86_400_000).toISOString());
  const shown = formatCode(code);
  const question = reask(engine, t, []);
  const text = t.ctx.turn.channel === 'voice' ? T.codeVoice : T.code;
  return outcome(t, [{ text: say(text, t.voice, { code: shown }), transcriptText: say(text, t.voice, { code: '[Code]' }) }, ...question]);
}

/** Continues the run a code was issued for, in this conversation. */
export async function redeem(engine: Engine, ctx: TurnContext, code: string, voice: Voice): Promise<TurnOutcome> {
  const key = `conversation:${ctx.conversation.id}`;
  const at = ctx.now.getTime();
  const hidden = { userTranscriptText: 'Code [Code]' };
  if (!engine.limiter.allowed(key, at)) return { replies: [{ text: say(T.codeLimited, voice) }], intent: null, ...hidden };
  const hash = await sha256Hex(code);
  const sourceId = await engine.store.findResumeCode(hash, ctx.now.toISOString());
  const source = sourceId ? await engine.store.getConversation(sourceId) : null;
  const run = source ? readRun(source.state) : null;
  const dialog = run ? dialogsOf(ctx).find((d) => d.id === run.id) : undefined;
  if (!run || !dialog || run.phase === 'done' || run.phase === 'moved') {
    engine.limiter.recordFailure(key, at);
    return { replies: [{ text: say(T.codeInvalid, voice) }], intent: null, ...hidden };
  }
  await engine.store.deleteResumeCode(hash);
  // The run lives on here only: the first device must not confirm it too (one reference, two versions of
  // the answers, the other device's summary key replaced), so its copy is emptied and told so next time.
  if (source && source.id !== ctx.conversation.id) {
    const moved: RunState = { ...run, phase: 'moved', step: null, slots: {}, skipped: [], history: [], lastFilled: [], failures: 0 };
    await engine.store.saveTurn({ ...source, state: writeRun(source.state, moved) }, []);
  }
  if (run.phase !== 'step' && run.phase !== 'confirm') run.phase = stepById(dialog, run.step) ? 'step' : 'confirm';
  // "Code EW32-38GC" on another device, from a client that sent no locale, goes on in the run's language (an
  // English application continued in German).
  if (source && !ctx.turn.requestedLocale && source.locale !== voice.locale) {
    voice.locale = source.locale;
    ctx.turn.locale = source.locale;
  }
  const t: Turn = { ctx, dialog, run, voice };
  return outcome(t, reask(engine, t, [part(say(T.welcomeBack, voice, { title: label(dialog.title, voice) }))]), hidden);
}
