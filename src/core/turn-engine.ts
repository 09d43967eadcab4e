/**
 * One turn: channel input -> normalized turn -> NLU -> handlers (dialogs, FAQ) or fallback ->
 * replies with SSML -> state and transcript saved. Every channel calls `handle`.
 */
import type { ContentBundle } from '../content/model.js';
import { AppError } from './app-error.js';
import { channelMayReach } from './channel-binding.js';
import { withDisclosure } from './disclosure.js';
import { createEraseHandler } from './erase-request.js';
import { faqHandler, fallbackOutcome, otherLanguageNotes, UNKNOWN_INTENT } from './faq-handler.js';
import { followUpReading, lastTopic, rememberTopic } from './follow-up.js';
import { KeyedMutex } from './keyed-mutex.js';
import { answerFromTranscript, LAST_MESSAGE, lastMessageOf, lastMessageRecord, messageDigest, ReplayCache } from './message-replay.js';
import { languageRequest, languageSwitchedText } from './language-request.js';
import { createNotHelpedHandler } from './not-helped.js';
import { agreementWord } from './emoji-agreement.js';
import { ASKED_PLAIN, createPlainLanguageHandler, plainLanguageNote, plainLanguageRequest, switchesBeforeHandlers, turnPlainLanguage } from './plain-language-request.js';
import { createRepeatHandler, LastTurns } from './repeat-request.js';
import { createRemarksHandler } from './remarks.js';
import { withSecondQuestion } from './second-question.js';
import type { ConversationRecord, ConversationStore, Nlu, NluResult, TranscriptEntry } from './ports.js';
import { toSsml, wrapSpeak } from './ssml.js';
import type { ReplyDraft, TurnContext, TurnHandler, TurnOutcome } from './turn-handler.js';
import type { ChannelId, Locale, NormalizedTurn, Reply, TurnInput, TurnResult } from './types.js';

export const MAX_TEXT_LENGTH = 1000;

export interface TurnEngineDeps {
  store: ConversationStore;
  /** The current model; a getter so staff publishing can swap it atomically between turns. */
  nlu: () => Nlu;
  content: () => ContentBundle;
  /** Asked before the FAQ answerer, in order (dialog manager, ...). */
  handlers?: TurnHandler[];
  now?: () => Date;
  randomId?: () => string;
  /** Removes personal data from text before it is stored in the transcript. */
  redact?: (text: string) => string;
}

/** `messageId`: the client's id for this message; the same id again gets the same answer (message-replay.ts). */
export type EngineInput = TurnInput & { createIfMissing?: boolean; messageId?: string };

export interface TurnEngine {
  handle(input: EngineInput): Promise<TurnResult>;
  /**
   * Deletes the conversation once no turn of it runs any more (DELETE /api/conversations/:id): a message in
   * flight finishes first, and none queued after it can bring the conversation back. False when unknown, or
   * when `from` names a channel that may not reach it (channel-binding.ts): that conversation stays.
   */
  erase(id: string, from?: ChannelId): Promise<boolean>;
}

const ACTION_INTENT = /^intent:([a-z][a-z0-9_]*)$/;
/** conversation.state flag: the last turn asked a question (an application waits for the answer). */
const AWAITING_ANSWER = 'awaitingAnswer';
/** conversation.state: the locale the client asked for in the last turn ("none" when it sent none). */
const ASKED_LOCALE = 'askedLocale';
/** How long a turn waits for another conversation's turn (a resume code redeemed while the first device sends). */
const OTHER_CONVERSATION_WAIT_MS = 4000;

export function renderReply(draft: ReplyDraft, turnLocale: Locale): Reply {
  const locale = draft.locale ?? turnLocale;
  return {
    text: draft.text,
    speak: draft.ssml ? wrapSpeak(draft.ssml, locale) : toSsml(draft.text, locale),
    ...(draft.suggestions && draft.suggestions.length > 0 ? { suggestions: draft.suggestions } : {}),
    ...(draft.links && draft.links.length > 0 ? { links: draft.links } : {}),
    ...(locale !== turnLocale ? { locale } : {}),
    ...(draft.topic ? { topic: draft.topic } : {}),
  };
}

/**
 * The language of the reply to a typed message. The citizen's choice of locale decides keywords and short
 * answers; a whole sentence in the other language is answered in that language (an English question typed
 * into the German widget). An answer to an application's question keeps the conversation's language: "Auf
 * der Heide 12" or "Anna von der Heide" are German words, not a switch to German (see the exception below).
 */
export function replyLocale(
  nlu: Pick<NluResult, 'language' | 'sentenceLanguage'>,
  requested: Locale | undefined,
  conversation: Locale,
  answering: boolean,
  text = '',
  requestedBefore = false,
): Locale {
  // The widget sends the browser's language with every message. Asked again unchanged, it is no choice: a citizen
  // who writes German in an English browser keeps a German application (tester-j 17), and "English please" in a
  // German browser keeps English. The DE/EN switch pressed during the application changes it, and is followed.
  const chosen = requestedBefore ? undefined : requested;
  // Unless the answer is a whole sentence of six words or more, without figures, in the other language ("I am
  // sorry, my German is bad. I have an old sofa."), from a client that chose no locale: that citizen reads English.
  if (answering) return chosen ?? (nlu.sentenceLanguage && text.trim().split(/\s+/).length >= 6 && !/\d/.test(text) ? nlu.sentenceLanguage : conversation);
  return requested ? (nlu.sentenceLanguage ?? requested) : nlu.language;
}

function transcriptOf(draft: ReplyDraft | undefined, shown: string, redact: (text: string) => string): string {
  if (draft?.transcriptText === undefined) return shown;
  return draft.transcriptStored ? draft.transcriptText : redact(draft.transcriptText);
}

function parseTurn(nlu: Nlu, turn: NormalizedTurn, hint: Locale): NluResult {
  const forced = turn.action ? ACTION_INTENT.exec(turn.action)?.[1] : undefined;
  const parsed = turn.text ? nlu.parse(turn.text, { locale: turn.requestedLocale ?? hint, now: turn.receivedAt }) : null;
  if (forced) return { intents: [{ id: forced, confidence: 1 }], entities: parsed?.entities ?? [], language: parsed?.language ?? hint };
  return parsed ?? { intents: [], entities: [], language: hint };
}

function englishCityName(content: ContentBundle): string | undefined {
  const name = content.profile.values.city_name_long_en;
  return typeof name === 'string' && name ? name : undefined;
}

export function createTurnEngine(deps: TurnEngineDeps): TurnEngine {
  const now = deps.now ?? (() => new Date());
  const randomId = deps.randomId ?? (() => crypto.randomUUID());
  const redact = deps.redact ?? ((text: string) => text);
  const replays = new ReplayCache(() => now().getTime());
  const lastTurns = new LastTurns(() => now().getTime());
  // "Wiederholen" first (a pending question stays pending), then erasure ("Lösch meine Daten", in every state and
  // channel); a wish for plain language is the application's when one runs, else answered before the FAQ.
  const handlers = [createRepeatHandler(deps.store, lastTurns), createEraseHandler(), ...(deps.handlers ?? []), createPlainLanguageHandler(), createNotHelpedHandler(), createRemarksHandler(), faqHandler];
  const mutex = new KeyedMutex();

  async function loadConversation(input: EngineInput, at: string): Promise<{ record: ConversationRecord; isNew: boolean }> {
    if (input.conversationId) {
      const existing = await deps.store.getConversation(input.conversationId);
      // Another channel's conversation answers as an unknown id: nothing tells that it exists (channel-binding.ts).
      if (existing && !channelMayReach(existing.channel, input.channel)) throw new AppError(404, 'conversation_not_found', 'No conversation with this id (it may have been deleted or expired).', { field: 'conversationId' });
      if (existing) return { record: existing, isNew: false };
      if (!input.createIfMissing) throw new AppError(404, 'conversation_not_found', 'No conversation with this id (it may have been deleted or expired).', { field: 'conversationId' });
    }
    const record: ConversationRecord = {
      id: input.conversationId ?? randomId(),
      locale: input.locale ?? 'de',
      plainLanguage: input.plainLanguage ?? false,
      channel: input.channel,
      createdAt: at,
      updatedAt: at,
      lastSeq: 0,
      state: {},
    };
    return { record, isNew: true };
  }

  /** The answer already given to this message, when the client sends it again (message-replay.ts). */
  async function answered(record: ConversationRecord, messageId: string, digest: string): Promise<TurnResult | null> {
    const last = lastMessageOf(record.state);
    if (!last || last.id !== messageId) return null;
    if (last.digest !== undefined && last.digest !== digest) {
      throw new AppError(409, 'message_id_reused', 'This messageId was already used for another message in this conversation. Send a new id with every new message.', { field: 'messageId' });
    }
    return replays.answer(record.id, messageId) ?? answerFromTranscript(record, last, await deps.store.getTranscript(record.id), record.state[AWAITING_ANSWER] === true);
  }

  /** Why a turn's save was refused: the conversation was erased meanwhile, or changed elsewhere. */
  async function refusedSave(id: string): Promise<AppError> {
    if (await deps.store.getConversation(id)) {
      return new AppError(409, 'conversation_changed', 'The conversation changed while this message was processed (another tab or device). Nothing of this message was stored: load the conversation and send it again.', { field: 'conversationId' });
    }
    return new AppError(404, 'conversation_not_found', 'The conversation was deleted while this message was processed. Nothing of it was stored.', { field: 'conversationId' });
  }

  async function runTurn(input: EngineInput): Promise<TurnResult> {
    const receivedAt = now();
    const at = receivedAt.toISOString();
    const { record, isNew } = await loadConversation(input, at);
    const digest = messageDigest(input.text, input.action);
    if (input.messageId && !isNew) {
      const again = await answered(record, input.messageId, digest);
      if (again) return again;
    }
    // The row as loaded: the save below writes only over this version (an erasure meanwhile wins).
    const version = isNew ? null : { lastSeq: record.lastSeq, updatedAt: record.updatedAt };
    const askedLocale = input.locale ?? 'none';
    const requestedBefore = !isNew && (record.state[ASKED_LOCALE] === undefined || record.state[ASKED_LOCALE] === askedLocale);
    // A pressed suggestion ("arbeit", "ja") is what the citizen would have typed; only "intent:<id>" skips the NLU.
    const action = input.action?.trim();
    const sent = (input.text ?? '').trim() || (action && !ACTION_INTENT.test(action) ? action : '');
    if (sent.length > MAX_TEXT_LENGTH) throw new AppError(400, 'text_too_long', `At most ${MAX_TEXT_LENGTH} characters.`, { field: 'text' });
    const answering = record.state[AWAITING_ANSWER] === true;
    // "Bitte in leichter Sprache: Was kostet …?": the flag changes and the question is read on its own.
    const plainAsked = input.action?.startsWith('intent:') ? null : plainLanguageRequest(sent);
    const plainWish = plainAsked && switchesBeforeHandlers(plainAsked, answering) ? plainAsked : null;
    const text = plainWish?.rest || (agreementWord(sent, input.locale ?? record.locale) ?? sent);
    const turn: NormalizedTurn = {
      conversationId: record.id,
      isNewConversation: isNew,
      text,
      ...(input.action ? { action: input.action } : {}),
      ...(input.locale ? { requestedLocale: input.locale } : {}),
      locale: input.locale ?? record.locale,
      plainLanguage: plainWish ? plainWish.plain : turnPlainLanguage(input.plainLanguage, record, isNew),
      channel: input.channel,
      ...(input.client ? { client: input.client } : {}),
      ...(!plainWish?.rest && text !== sent ? { byEmoji: true } : {}),
      receivedAt,
    };
    // Read content and model once: a publish during this turn must not mix versions.
    const content = deps.content();
    const model = deps.nlu();
    const parsed = parseTurn(model, turn, turn.locale);
    // An answer to an application's question is read by the application, not as a follow-up.
    const nlu = answering || turn.action ? parsed : followUpReading(model, parsed, text, lastTopic(record.state), content, { locale: turn.requestedLocale ?? turn.locale, now: receivedAt });
    if (text) turn.locale = replyLocale(nlu, input.locale, record.locale, answering, text, requestedBefore);

    const reread = (other: string) => model.parse(other, { locale: turn.requestedLocale ?? turn.locale, now: receivedAt });
    const lock = <T>(id: string, task: () => Promise<T>): Promise<T> => (id === record.id ? task() : mutex.run(id, task, { waitMs: OTHER_CONVERSATION_WAIT_MS }));
    const context: TurnContext = { turn, nlu, conversation: record, content, now: receivedAt, reread, lock };
    let outcome: TurnOutcome | null = null;
    for (const handler of handlers) {
      outcome = await handler.handle(context);
      if (outcome) break;
    }
    const wished = outcome ? null : languageRequest(text);
    if (wished) {
      turn.locale = wished;
      outcome = { replies: [{ text: languageSwitchedText(wished, turn.plainLanguage) }], intent: nlu.intents[0] ?? null };
    }
    outcome ??= fallbackOutcome(context);
    // An answer to an application's question is no place for a second topic ("Ja. Und wann kommt der Sperrmüll?"
    // is for the dialog's digressions). A repeat is the last turn's replies as they were.
    if (!answering && !outcome.repeat) outcome = withSecondQuestion(outcome, context);

    const drafts = [...outcome.replies];
    // A topic named in another language ("... Bürgerbüro" in Arabic) is answered, after the note that the
    // conversation has to go on in German or English. Not as the answer to an application's question: a
    // name such as "Ayşe Yılmaz-Öztürk" is an answer, not a message in Turkish.
    if (nlu.otherLanguage && outcome.intent?.id !== UNKNOWN_INTENT && !answering && !outcome.repeat) drafts.unshift(...otherLanguageNotes(content, turn.locale, turn.plainLanguage));
    if (plainWish?.rest && !outcome.repeat) drafts.unshift({ text: plainLanguageNote(turn.locale, plainWish.plain) });
    if (isNew && drafts[0]) {
      const first = drafts[0];
      drafts[0] = withDisclosure(first, turn, content.profile.name, englishCityName(content));
    }
    const replies = drafts.map((draft) => renderReply(draft, turn.locale));

    const userText = sent || (input.action ?? '');
    const entries: TranscriptEntry[] = [];
    let seq = record.lastSeq;
    const userSeq = seq + 1;
    entries.push({ conversationId: record.id, seq: ++seq, role: 'user', text: outcome.userTranscriptText ?? redact(userText), intent: outcome.intent?.id ?? null, confidence: outcome.intent?.confidence ?? null, at });
    replies.forEach((reply, index) =>
      entries.push({
        conversationId: record.id,
        seq: ++seq,
        role: 'bot',
        // A dialog's echo and summary repeat the citizen's words at steps that are not personal (a problem's
        // description, "bin Peter Müller, Tel …"): redacted like the citizen's own message. Answers from content
        // carry no transcript form and keep the city's own phone numbers and addresses.
        text: transcriptOf(drafts[index], reply.text, redact),
        locale: reply.locale ?? turn.locale,
        intent: drafts[index]?.topic ?? null,
        at,
      }),
    );
    const { [AWAITING_ANSWER]: _, [LAST_MESSAGE]: __, ...kept } = context.conversation.state;
    const state = { ...kept, [ASKED_LOCALE]: askedLocale, [ASKED_PLAIN]: input.plainLanguage ?? 'none', ...(input.messageId ? { [LAST_MESSAGE]: lastMessageRecord(input.messageId, userSeq, digest, { replies, ...(outcome.dialog ? { dialog: outcome.dialog } : {}) }) } : {}) };
    const remembered = rememberTopic(state, outcome.expectingInput ? undefined : outcome.keepsTopic ? lastTopic(state) : outcome.intent?.id, content);
    const saved: ConversationRecord = {
      ...context.conversation,
      state: outcome.expectingInput ? { ...remembered, [AWAITING_ANSWER]: true } : remembered,
      locale: turn.locale,
      plainLanguage: turn.plainLanguage,
      updatedAt: at,
      lastSeq: seq,
    };
    const result: TurnResult = {
      conversationId: record.id,
      replies,
      intent: outcome.intent,
      ...(outcome.dialog ? { dialog: outcome.dialog } : {}),
      expectingInput: outcome.expectingInput ?? false,
      locale: turn.locale,
      plainLanguage: turn.plainLanguage,
    };
    if (outcome.erase) {
      replays.forget(record.id);
      lastTurns.forget(record.id);
      await deps.store.deleteConversation(record.id);
    } else {
      if (!(await deps.store.saveTurn(saved, entries, version))) throw await refusedSave(record.id);
      if (input.messageId) replays.remember(record.id, input.messageId, result, !input.conversationId);
      lastTurns.remember(record.id, seq, result, entries.slice(1).map((entry) => entry.text));
    }
    return result;
  }

  return {
    handle(input) {
      if (!input.text?.trim() && !input.action?.trim()) {
        return Promise.reject(new AppError(400, 'missing_field', 'Send "text" or "action".', { field: 'text' }));
      }
      if (input.conversationId) return mutex.run(input.conversationId, () => runTurn(input));
      if (!input.messageId) return runTurn(input);
      // A first message sent again before its answer arrived: the conversation it started, not a second one.
      const messageId = input.messageId;
      return mutex.run(`first-message:${messageId}`, async () => replays.firstAnswer(messageId) ?? runTurn(input));
    },
    erase(id, from) {
      return mutex.run(id, async () => {
        if (from) {
          const existing = await deps.store.getConversation(id);
          if (!existing || !channelMayReach(existing.channel, from)) return false;
        }
        replays.forget(id);
        lastTurns.forget(id);
        return deps.store.deleteConversation(id);
      });
    },
  };
}
