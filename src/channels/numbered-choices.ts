/**
 * On a channel without buttons (SMS) the choices are written as a numbered list (reply-rendering.ts), and the
 * citizen answers "2". The dialogs read "2" as a number, not as the second choice, so the channel remembers the
 * last choices it numbered and turns the number into that choice's value, as if its button had been pressed.
 * Kept in memory per process, like the Direct Line history: only the choices' titles and values (no personal
 * data), under the core's conversation id. After a restart a number goes to the dialog as typed; the citizen
 * can still answer with the choice's word.
 */
import type { Reply, Suggestion } from '../core/types.js';
import { isMachineValue } from './activity.js';
import { numbersChoices } from './reply-rendering.js';

type TurnInputText = { text: string } | { action: string };

export interface NumberedChoicesOptions {
  /** How many conversations are remembered (the oldest go first). Default 10 000. */
  maxConversations?: number;
  /** How long an unanswered list stays valid. Default two hours, as the Direct Line history. */
  ttlMs?: number;
  now?: () => number;
}

/** "2", "2.", "2)", "Nr. 2", "Nummer 2", "no. 2": a choice's number and nothing else. */
const NUMBER_ONLY = /^(?:(?:nr|no|nummer|number)\.?\s*)?(\d{1,2})\s*[.)]?$/i;

export class NumberedChoices {
  private readonly kept = new Map<string, { choices: Suggestion[]; at: number }>();
  /** The last number read per conversation, by message id: the same SMS sent again means the same choice. */
  private readonly read = new Map<string, { messageId: string; input: TurnInputText }>();
  private readonly max: number;
  private readonly ttl: number;
  private readonly now: () => number;

  constructor(options: NumberedChoicesOptions = {}) {
    this.max = options.maxConversations ?? 10_000;
    this.ttl = options.ttlMs ?? 2 * 60 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * The citizen's input with a listed number replaced by its choice, as its button would have sent it. A message
   * sent again (same `messageId`) is read as the first time, though its answer listed new choices meanwhile:
   * else the core saw another message under the same id.
   */
  answer(conversationId: string, input: TurnInputText, messageId?: string): TurnInputText {
    const before = this.read.get(conversationId);
    if (messageId !== undefined && before?.messageId === messageId) return before.input;
    const mapped = this.mapped(conversationId, input);
    this.read.delete(conversationId);
    if (messageId !== undefined && mapped !== input) {
      this.read.set(conversationId, { messageId, input: mapped });
      this.trim(this.read);
    }
    return mapped;
  }

  private mapped(conversationId: string, input: TurnInputText): TurnInputText {
    const entry = this.kept.get(conversationId);
    if (!entry || !('text' in input)) return input;
    if (this.now() - entry.at > this.ttl) {
      this.kept.delete(conversationId);
      return input;
    }
    const match = NUMBER_ONLY.exec(input.text.trim());
    const choice = match ? entry.choices[Number(match[1]) - 1] : undefined;
    if (!choice) return input;
    return choice.value !== choice.title || isMachineValue(choice.value) ? { action: choice.value } : { text: choice.value };
  }

  /** Remembers the choices this turn's replies listed with numbers (the last such reply's), or forgets the old ones. */
  keep(conversationId: string, replies: readonly Pick<Reply, 'suggestions'>[]): void {
    this.kept.delete(conversationId);
    const listed = replies.map((reply) => reply.suggestions ?? []).filter((choices) => numbersChoices(choices)).at(-1);
    if (!listed) return;
    this.kept.set(conversationId, { choices: listed.map(({ title, value }) => ({ title, value })), at: this.now() });
    this.trim(this.kept);
  }

  private trim(map: Map<string, unknown>): void {
    while (map.size > this.max) {
      const oldest = map.keys().next().value;
      if (oldest === undefined) break;
      map.delete(oldest);
    }
  }
}
