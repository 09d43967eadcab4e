/**
 * Resume codes: "Code bitte" stores a hashed 8-character code for the run (valid RESUME_CODE_DAYS, 7 days, said
 * in the texts from the same constant); "Code ABCD-EFGH" on any device continues the run in the new conversation.
 * Wrong codes are limited (attempt-limiter.ts).
 */
import { LockWaitTimeout } from '../core/keyed-mutex.js';
import type { TurnContext, TurnOutcome } from '../core/turn-handler.js';
import { outcome, reask } from './ask.js';
import { stepById } from './flow.js';
import { part, T } from './replies.js';
import { CHAT_LOOKUP_LIMITS } from './chat-lookup-limits.js';
import { formatCode, randomCode, sha256Hex } from './secrets.js';
import { readRun, writeRun, type RunState } from './state.js';
import { formatDate, label, say, type Voice } from './text.js';
import { dialogsOf, type Engine, type Turn } from './turn.js';
import type { DialogDefinition } from './schema.js';
import { officeDay } from '../core/office-day.js';

export const RESUME_CODE_DAYS = 7;

/**
 * The chat limit: no client identity (address) reaches the engine, only the conversation, which a guesser
 * renews at will. So the per-conversation limit is small and the overall cap is set high enough that a
 * flood of wrong codes rarely locks everyone out (POST /api/resume has the per-client limit; see
 * docs/DIALOGS.md for the trade-off).
 */
export const CHAT_CODE_LIMITS = CHAT_LOOKUP_LIMITS;

const TEXT = {
  replaced: {
    de: 'Der Code, den ich Ihnen vorher genannt habe, gilt nicht mehr.',
    en: 'The code I gave you before is no longer valid.',
    plain: 'Der Code von vorhin gilt nicht mehr.',
  },
  // Unknown, expired and used look the same here: a used code is deleted, and the run lives on elsewhere.
  unknown: {
    de: `Diesen Code kenne ich nicht: Er ist falsch geschrieben, abgelaufen (ein Code gilt ${RESUME_CODE_DAYS} Tage) oder schon benutzt. Ein Code gilt nur einmal: Haben Sie ihn schon auf einem anderen Gerät eingegeben, machen Sie dort weiter. Sonst beginnen Sie den Antrag bitte neu: Schreiben Sie einfach, was Sie erledigen möchten.`,
    en: `I do not know this code: it is mistyped, expired (a code is valid for ${RESUME_CODE_DAYS} days) or already used. A code works only once: if you have entered it on another device, continue there. Otherwise, please start the application again: just write what you would like to do.`,
    plain: `Den Code kenne ich nicht. Vielleicht ist er falsch, zu alt oder schon benutzt. Ein Code gilt ${RESUME_CODE_DAYS} Tage und nur einmal. Haben Sie ihn schon auf einem anderen Gerät benutzt? Dann machen Sie dort weiter. Sonst fangen Sie den Antrag bitte neu an.`,
  },
  done: {
    de: '„{title}“ ist mit diesem Code schon abgeschlossen: Es wurde gesendet. Möchten Sie neu beginnen?',
    en: '"{title}" has already been finished with this code: it was sent. Would you like to start again?',
    plain: '„{title}“ ist schon fertig. Es wurde geschickt. Wollen Sie neu anfangen?',
  },
  busy: {
    de: 'Auf dem anderen Gerät wird gerade noch gesendet. Bitte schreiben Sie den Code gleich noch einmal.',
    en: 'The other device is still sending. Please write the code again in a moment.',
    plain: 'Das andere Gerät schickt gerade noch. Bitte schreiben Sie den Code gleich noch einmal.',
  },
  validUntil: {
    de: 'Ein Code zum Weitermachen gilt {days} Tage: Ihr Code gilt bis {until}. Sie können ihn nur einmal benutzen.',
    en: 'A code to continue is valid for {days} days: your code is valid until {until}. It works only once.',
    plain: 'Ein Code gilt {days} Tage. Ihr Code gilt bis {until}. Sie können ihn nur einmal benutzen.',
  },
  noCodeYet: {
    de: 'Ein Code zum Weitermachen gilt {days} Tage und nur einmal. Einen Code bekommen Sie mit „Code bitte“.',
    en: 'A code to continue is valid for {days} days, and only once. Write "continue later" to get one.',
    plain: 'Ein Code gilt {days} Tage. Sie können ihn nur einmal benutzen. Schreiben Sie „Code bitte“, dann bekommen Sie einen.',
  },
};

/**
 * Stores a new code for this run and shows it once (the transcript keeps "[Code]"). One code per
 * conversation: "Code bitte" twice replaces the first, so two devices cannot each take the run over.
 */
export async function issueCode(engine: Engine, t: Turn): Promise<TurnOutcome> {
  const code = randomCode();
  const at = t.ctx.now;
  const until = new Date(at.getTime() + RESUME_CODE_DAYS * 86_400_000).toISOString();
  const replaced = await engine.store.saveResumeCode(await sha256Hex(code), t.ctx.conversation.id, at.toISOString(), until);
  t.run.codeUntil = until;
  const shown = formatCode(code);
  const question = reask(engine, t, []);
  const text = t.ctx.turn.channel === 'voice' ? T.codeVoice : T.code;
  const note = replaced ? ` ${say(TEXT.replaced, t.voice)}` : '';
  const days = RESUME_CODE_DAYS;
  return outcome(t, [{ text: say(text, t.voice, { code: shown, days }) + note, transcriptText: say(text, t.voice, { code: '[Code]', days }) + note }, ...question]);
}

// "Wie lange ist der Code gültig?", "Bis wann gilt der Code?", "How long is the code valid?" (tester-o E2: it got
// the application's FAQ answer). Not "Code bitte", which asks for one.
const VALIDITY_QUESTION =
  /(?:wie\s*lange|bis\s+wann)\b.*\bcode\b|\bcode\b.*(?:gültig|gueltig|\bgilt\b|läuft|laeuft|abgelaufen|verfällt|verfaellt)|how\s+long\b.*\bcode\b|\bcode\b.*\b(?:valid|expires?)\b/iu;

function untilText(iso: string, voice: Voice): string {
  const at = new Date(iso);
  const date = officeDay(at);
  const time = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(at);
  return voice.locale === 'en' ? `${formatDate(date, 'en')}, ${time}` : `${formatDate(date, 'de')}, ${time} Uhr`;
}

/** How long the resume code works (one constant with the code store), then the question being asked again. */
export function codeValidity(engine: Engine, t: Turn): TurnOutcome | null {
  const text = t.ctx.turn.text;
  if ((t.run.phase !== 'step' && t.run.phase !== 'confirm') || !VALIDITY_QUESTION.test(text) || text.split(/\s+/).length > 12) return null;
  const vars = { days: RESUME_CODE_DAYS, until: t.run.codeUntil ? untilText(t.run.codeUntil, t.voice) : '' };
  return outcome(t, reask(engine, t, [part(say(t.run.codeUntil ? TEXT.validUntil : TEXT.noCodeYet, t.voice, vars))]));
}

function startAgain(dialog: DialogDefinition, voice: Voice) {
  const title = label(dialog.start ?? dialog.title, voice);
  return [{ title, value: `intent:${dialog.trigger[0]}` }];
}

/** Continues the run a code was issued for, in this conversation. */
export async function redeem(engine: Engine, ctx: TurnContext, code: string, voice: Voice): Promise<TurnOutcome> {
  const key = `conversation:${ctx.conversation.id}`;
  const at = ctx.now.getTime();
  const hidden = { userTranscriptText: 'Code [Code]' };
  if (!engine.limiter.allowed(key, at)) return { replies: [{ text: say(T.codeLimited, voice) }], intent: null, ...hidden };
  const hash = await sha256Hex(code);
  const sourceId = await engine.store.findResumeCode(hash, ctx.now.toISOString());
  const unknown = (): TurnOutcome => {
    engine.limiter.recordFailure(key, at);
    return { replies: [{ text: say(TEXT.unknown, voice) }], intent: null, ...hidden };
  };
  if (!sourceId) return unknown();
  // The take-over runs while no turn of the first device runs (its "ja" in flight, or a second code redeemed
  // at the same moment): it sees the run sent, or the first device sees it moved, never both (tester-k A3).
  const lock = ctx.lock ?? (<T>(_id: string, task: () => Promise<T>) => task());
  let taken: { run: RunState; dialog: DialogDefinition; locale: Voice['locale'] } | 'unknown' | DialogDefinition;
  try {
    taken = await lock(sourceId, async () => {
      const source = await engine.store.getConversation(sourceId);
      const run = source ? readRun(source.state) : null;
      const dialog = run ? dialogsOf(ctx).find((d) => d.id === run.id) : undefined;
      if (!source || !run || !dialog || run.phase === 'moved') return 'unknown' as const;
      if (run.phase === 'done') return dialog;
      // The run lives on here only: the first device must not confirm it too (one reference, two versions of
      // the answers, the other device's summary key replaced), so its copy is emptied and told so next time.
      if (source.id !== ctx.conversation.id) {
        const moved: RunState = { ...run, phase: 'moved', step: null, slots: {}, skipped: [], history: [], lastFilled: [], failures: 0 };
        const version = { lastSeq: source.lastSeq, updatedAt: source.updatedAt };
        // Written only over the version read: on another server instance the first device may have sent meanwhile.
        if (!(await engine.store.saveTurn({ ...source, state: writeRun(source.state, moved), updatedAt: ctx.now.toISOString() }, [], version))) return 'unknown' as const;
      }
      await engine.store.deleteResumeCode(hash);
      return { run, dialog, locale: source.locale };
    });
  } catch (error) {
    if (!(error instanceof LockWaitTimeout)) throw error;
    return { replies: [{ text: say(TEXT.busy, voice) }], intent: null, ...hidden };
  }
  if (taken === 'unknown') return unknown();
  if (!('run' in taken)) return { replies: [{ text: say(TEXT.done, voice, { title: label(taken.title, voice) }), suggestions: startAgain(taken, voice) }], intent: null, ...hidden };
  const { run, dialog } = taken;
  // The code is used up.
  delete run.codeUntil;
  if (run.phase !== 'step' && run.phase !== 'confirm') run.phase = stepById(dialog, run.step) ? 'step' : 'confirm';
  // "Code EW32-38GC" on another device, from a client that sent no locale, goes on in the run's language (an
  // English application continued in German).
  if (!ctx.turn.requestedLocale && taken.locale !== voice.locale) {
    voice.locale = taken.locale;
    ctx.turn.locale = taken.locale;
  }
  const t: Turn = { ctx, dialog, run, voice };
  return outcome(t, reask(engine, t, [part(say(T.welcomeBack, voice, { title: label(dialog.title, voice) }))]), hidden);
}
