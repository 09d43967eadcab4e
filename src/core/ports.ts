/**
 * Ports: what the core needs from the outside world. Adapters (SQLite, D1, file system,
 * bundled content, the NLU implementation) live outside src/core and implement these.
 */
import type { ContentBundle } from '../content/model.js';
import type { Entity, IntentScore, JsonObject, Locale } from './types.js';

export interface NluParseOptions {
  /** Locale the client asked for; the engine may still detect the message language. */
  locale?: Locale;
  /** Injected clock for relative dates ("morgen"). */
  now?: Date;
}

export interface NluResult {
  /** Best first, at most 5, confidences in [0, 1]. "unknown" is reported as the top intent when out of scope. */
  intents: IntentScore[];
  entities: Entity[];
  /** Language the message is written in (detected, or the requested locale for very short texts). */
  language: Locale;
  /**
   * Set only when the message is unmistakably written in one language (whole sentences, not keywords):
   * then the reply follows it even when the client asked for the other locale.
   */
  sentenceLanguage?: Locale;
  /**
   * ISO 639-3 code ("tur", "rus", "arb"; "und" when the script is clear but the language is not) of a
   * message written in neither German nor English (src/nlu/other-language.ts says when it is set).
   */
  otherLanguage?: string;
  /**
   * Two topics the message asks about in questions of their own, in the order asked ("Wie beantrage ich
   * Wohngeld? Und wann kommt der Sperrmüll?"); one of them is the top intent. The citizen gets both answers.
   */
  asked?: [IntentScore, IntentScore];
}

/** A trained model, ready to classify. Must be safe to share between concurrent requests. */
export interface Nlu {
  parse(text: string, options?: NluParseOptions): NluResult;
  /**
   * How many content words of `text` no example of a topic or conversation intent uses: words the model has
   * never seen, or seen only in out-of-scope examples ("Wetter", "Pizza"); adverbs that say how, when or how
   * much ("ungefähr") are none. Optional; without it the turn reads no message as a follow-up (follow-up.ts).
   */
  offTopicWords?(text: string): number;
}

/** Trains an Nlu from content. Training may be slow; classification must be fast. */
export type NluTrainer = (content: ContentBundle) => Nlu | Promise<Nlu>;

export interface ConversationRecord {
  id: string;
  locale: Locale;
  plainLanguage: boolean;
  channel: string;
  createdAt: string;
  updatedAt: string;
  /** Sequence number of the last transcript entry; the next entry gets lastSeq + 1. */
  lastSeq: number;
  /** Plain JSON: dialog state, flags. Definitions hold no state; this is all of it. */
  state: JsonObject;
}

export interface TranscriptEntry {
  conversationId: string;
  /** Monotonic per conversation. */
  seq: number;
  role: 'user' | 'bot';
  text: string;
  /** User entry: the intent the turn was read as. Bot entry: the topic of an answer to a second question, else null. */
  intent?: string | null;
  confidence?: number | null;
  /** Language of a bot reply (absent in entries stored before it was recorded). */
  locale?: Locale | null;
  at: string;
}

/** What a conditional save compares: a turn or an erasure since the load changes or removes the row. */
export interface ConversationVersion {
  lastSeq: number;
  updatedAt: string;
}

export interface ConversationStore {
  getConversation(id: string): Promise<ConversationRecord | null>;
  /**
   * Upserts the conversation and appends the entries, atomically. With `expected` (the version the turn loaded,
   * or null for a new conversation) nothing is written when the row was erased or changed since, and the
   * result is false: an erasure wins over a turn in flight (docs/RELIABILITY.md).
   */
  saveTurn(conversation: ConversationRecord, entries: TranscriptEntry[], expected?: ConversationVersion | null): Promise<boolean>;
  getTranscript(id: string): Promise<TranscriptEntry[]>;
  /** Removes state and transcript. Returns false when the id was unknown. */
  deleteConversation(id: string): Promise<boolean>;
}

export interface Store extends ConversationStore {
  /** Runs a trivial query; throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Where content comes from: files on disk (Node) or a bundle (Workers). */
export interface ContentSource {
  load(): Promise<ContentBundle>;
}
