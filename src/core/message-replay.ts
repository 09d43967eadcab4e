/**
 * A message sent twice is answered once. The widget gives every message an id and sends the same id again
 * when it retries after a lost answer (a mobile connection that drops after the server has the message). The
 * server keeps the id of the last message in the conversation's state; the same id again gets the answer it
 * got the first time instead of being read as the answer to the next question ("650 Euro" stored as the rent
 * and then as the income, tester-k C1).
 *
 * The exact answer (with its buttons and links) is kept in memory for a few minutes only: it may repeat
 * personal data and holds the one-time summary link. After a restart, or on another Workers instance, the
 * answer is rebuilt from the transcript, which holds the same texts with personal data removed, plus the
 * buttons and dialog status kept beside the id in the state: without them the widget showed a question with
 * no way to tap an answer (re-test N6). Links are not kept: the summary link holds the erase key.
 */
import type { ConversationRecord, TranscriptEntry } from './ports.js';
import { toSsml } from './ssml.js';
import type { DialogStatus, JsonObject, Reply, Suggestion, TurnResult } from './types.js';

/** conversation.state key: the last message's id and the transcript seq of its user entry. */
export const LAST_MESSAGE = 'lastMessage';
const KEEP_MS = 10 * 60_000;
const MAX_KEPT = 2000;

export interface LastMessage {
  id: string;
  seq: number;
  /** messageDigest of what was sent: the same id with another text is a client bug, not a retry. */
  digest?: string;
  /** The buttons of the answer's replies, by reply index (only replies that had some). */
  buttons?: { reply: number; suggestions: Suggestion[] }[];
  dialog?: DialogStatus;
}

/** What the state keeps of an answer to rebuild it after a restart: its buttons and dialog status. */
export function lastMessageRecord(id: string, seq: number, digest: string, result: Pick<TurnResult, 'replies' | 'dialog'>): JsonObject {
  const buttons = result.replies.flatMap((reply, index) => (reply.suggestions && reply.suggestions.length > 0 ? [{ reply: index, suggestions: reply.suggestions.map(({ title, value }) => ({ title, value })) }] : []));
  return {
    id,
    seq,
    digest,
    ...(buttons.length > 0 ? { buttons } : {}),
    ...(result.dialog ? { dialog: { ...result.dialog } } : {}),
  } as unknown as JsonObject;
}

export function lastMessageOf(state: JsonObject): LastMessage | null {
  const value = state[LAST_MESSAGE];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { id, seq, digest, buttons, dialog } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof seq !== 'number') return null;
  return {
    id,
    seq,
    ...(typeof digest === 'string' ? { digest } : {}),
    ...(Array.isArray(buttons) ? { buttons: buttons as LastMessage['buttons'] } : {}),
    ...(dialog && typeof dialog === 'object' && !Array.isArray(dialog) ? { dialog: dialog as unknown as DialogStatus } : {}),
  };
}

/** A short fingerprint of a message's text and action (FNV-1a): no text is kept in the state for this. */
export function messageDigest(text: string | undefined, action: string | undefined): string {
  let hash = 0x811c9dc5;
  for (const char of `${text ?? ''}\u0000${action ?? ''}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

interface Kept {
  messageId: string;
  result: TurnResult;
  until: number;
}

/** The answers of the last few minutes, per conversation, and per message id for a conversation's first message. */
export class ReplayCache {
  private readonly byConversation = new Map<string, Kept>();
  private readonly byFirstMessage = new Map<string, string>();

  constructor(private readonly clock: () => number) {}

  remember(conversationId: string, messageId: string, result: TurnResult, first: boolean): void {
    this.forget(conversationId);
    this.byConversation.set(conversationId, { messageId, result, until: this.clock() + KEEP_MS });
    if (first) this.byFirstMessage.set(messageId, conversationId);
    // Oldest first (insertion order): the memory stays bounded under any load.
    while (this.byConversation.size > MAX_KEPT) {
      const oldest = this.byConversation.keys().next().value;
      if (oldest === undefined) break;
      this.forget(oldest);
    }
  }

  /** The answer already given to this message of this conversation, while it is kept. */
  answer(conversationId: string, messageId: string): TurnResult | undefined {
    const kept = this.byConversation.get(conversationId);
    if (!kept || kept.messageId !== messageId) return undefined;
    if (kept.until < this.clock()) {
      this.forget(conversationId);
      return undefined;
    }
    return kept.result;
  }

  /** The answer to a first message sent again before the client learnt its conversation's id. */
  firstAnswer(messageId: string): TurnResult | undefined {
    const conversationId = this.byFirstMessage.get(messageId);
    return conversationId ? this.answer(conversationId, messageId) : undefined;
  }

  /** Erased or ended: nothing of the conversation stays in memory either. */
  forget(conversationId: string): void {
    const kept = this.byConversation.get(conversationId);
    if (!kept) return;
    this.byConversation.delete(conversationId);
    if (this.byFirstMessage.get(kept.messageId) === conversationId) this.byFirstMessage.delete(kept.messageId);
  }
}

/** The answer to the last message, rebuilt from the transcript (texts as stored) and the kept buttons. */
export function answerFromTranscript(record: ConversationRecord, last: LastMessage, transcript: TranscriptEntry[], expectingInput: boolean): TurnResult {
  const replies: Reply[] = transcript
    .filter((entry) => entry.role === 'bot' && entry.seq > last.seq)
    .map((entry, index) => {
      const locale = entry.locale ?? record.locale;
      const suggestions = last.buttons?.find((kept) => kept.reply === index)?.suggestions;
      return { text: entry.text, speak: toSsml(entry.text, locale), ...(suggestions ? { suggestions } : {}), ...(locale !== record.locale ? { locale } : {}) };
    });
  const user = transcript.find((entry) => entry.seq === last.seq);
  return {
    conversationId: record.id,
    replies,
    intent: user?.intent ? { id: user.intent, confidence: user.confidence ?? 1 } : null,
    ...(last.dialog ? { dialog: last.dialog } : {}),
    expectingInput,
    locale: record.locale,
    plainLanguage: record.plainLanguage,
  };
}
