/** Shared value types of one conversational turn. Web-standard only: this folder runs on Node and Workers. */

export type Locale = 'de' | 'en';
export const LOCALES: readonly Locale[] = ['de', 'en'];

export type ChannelId = 'web' | 'botframework' | 'directline' | 'voice' | 'api';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** What a channel adapter hands to the core. */
export interface TurnInput {
  conversationId?: string;
  text?: string;
  /** A button value (suggestion) or a command such as "restart"; handled like text, but never classified by fuzzy NLU when it names an intent ("intent:<id>"). */
  action?: string;
  locale?: Locale;
  plainLanguage?: boolean;
  channel: ChannelId;
  /**
   * An opaque key for the client that sent the turn (the web chat: its address, IPv6 by /64), for limits such as
   * the bookings per client. Never stored (not in the conversation, transcript or submission). Channels whose
   * requests come from a provider's servers (messengers, telephony) send none: their conversation counts instead.
   */
  client?: string;
}

/** The normalized turn the pipeline works on. */
export interface NormalizedTurn {
  conversationId: string;
  isNewConversation: boolean;
  text: string;
  action?: string;
  /** Locale requested by the client, if any; the NLU may detect another one from the text. */
  requestedLocale?: Locale;
  locale: Locale;
  plainLanguage: boolean;
  channel: ChannelId;
  /** TurnInput.client: for limits only, never stored. */
  client?: string;
  /** The message was only an agreeing emoji (👍), read as "ja" in `text`: no written consent (emoji-agreement.ts). */
  byEmoji?: boolean;
  receivedAt: Date;
}

export interface Suggestion {
  title: string;
  value: string;
}

export interface Link {
  title: string;
  url: string;
}

export interface Reply {
  text: string;
  /** Well-formed SSML for voice channels. */
  speak: string;
  suggestions?: Suggestion[];
  links?: Link[];
  /** Set when this reply's language differs from the turn's locale (see ReplyDraft.locale). */
  locale?: Locale;
  /** Set when this reply answers another topic than the turn's intent (the second of two questions): feedback on it is about that topic. */
  topic?: string;
}

export interface IntentScore {
  id: string;
  confidence: number;
}

export interface Entity {
  /** e.g. date, time, number, money, household_size, postcode, email, phone, iban, licence_plate, address */
  type: string;
  /** Normalized value: ISO date "2026-12-03", minutes, a number, { amount, currency }, ... */
  value: JsonValue;
  /** The matched substring of the original text. */
  text: string;
  start: number;
  end: number;
}

export interface DialogStatus {
  id: string;
  step: string | null;
  done: boolean;
  reference?: string;
}

export interface TurnResult {
  conversationId: string;
  replies: Reply[];
  intent: IntentScore | null;
  dialog?: DialogStatus;
  /** True when the assistant waits for an answer to a question (dialog step, confirmation). */
  expectingInput: boolean;
  locale: Locale;
  /** The conversation's plain-language flag after the turn: the citizen may switch it in words ("Einfache Sprache"). */
  plainLanguage?: boolean;
}
