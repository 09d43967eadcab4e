/**
 * A turn handler answers a turn or passes it on. The pipeline asks, in order: the dialog
 * manager (active application, digressions, global commands), then the FAQ answerer, then
 * the fallback. Handlers hold no state of their own: everything lives in conversation.state.
 */
import type { ContentBundle } from '../content/model.js';
import type { ConversationRecord, NluResult } from './ports.js';
import type { DialogStatus, IntentScore, Link, Locale, NormalizedTurn, Suggestion } from './types.js';

/** A reply before SSML is generated; `speak` is derived from text by the core. */
export interface ReplyDraft {
  text: string;
  suggestions?: Suggestion[];
  links?: Link[];
  /** Optional hand-written SSML body (inside <speak>); generated from text otherwise. */
  ssml?: string;
  /** What the transcript keeps instead of `text` (a resume code, a summary with personal data). */
  transcriptText?: string;
  /** `transcriptText` is a stored transcript text already (a repeated reply): it is kept as it is. */
  transcriptStored?: boolean;
  /** Language of this reply when it differs from the turn's (the German and English notes to a Turkish message). */
  locale?: Locale;
  /**
   * The topic this reply answers when it is not the turn's own (the second of two questions in one message).
   * The transcript keeps it on the reply, so staff analytics count that topic too.
   */
  topic?: string;
}

export interface TurnContext {
  turn: NormalizedTurn;
  nlu: NluResult;
  /** Mutable: handlers change conversation.state, the pipeline saves it after the turn. */
  conversation: ConversationRecord;
  content: ContentBundle;
  now: Date;
  /** Reads another text with this turn's model and options (a question read together with a topic's title). */
  reread?: (text: string) => NluResult;
  /**
   * Runs `task` while no turn of conversation `id` runs (a resume code taking over another conversation's
   * run). Rejects with LockWaitTimeout when that conversation stays busy.
   */
  lock?: <T>(id: string, task: () => Promise<T>) => Promise<T>;
}

export interface TurnOutcome {
  replies: ReplyDraft[];
  intent: IntentScore | null;
  dialog?: DialogStatus;
  expectingInput?: boolean;
  /** What the transcript keeps instead of the citizen's message (personal data given in a dialog). */
  userTranscriptText?: string;
  /** A remark between questions ("ok"): a follow-up may still refer to the topic answered before it. */
  keepsTopic?: boolean;
  /** The citizen confirmed "Lösch meine Daten": the conversation is deleted instead of saved (erase-request.ts). */
  erase?: boolean;
  /** The last turn's replies again ("wiederholen"): nothing is added to them (no second answer, no notes). */
  repeat?: boolean;
}

export interface TurnHandler {
  readonly name: string;
  /** Returns null to let the next handler try. */
  handle(context: TurnContext): Promise<TurnOutcome | null> | TurnOutcome | null;
}
