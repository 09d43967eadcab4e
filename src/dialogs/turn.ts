/** One turn inside a dialog: the pipeline's context, the definition, the run state and the voice to answer in. */
import type { ConversationStore } from '../core/ports.js';
import type { ReplyDraft, TurnContext, TurnOutcome } from '../core/turn-handler.js';
import type { ResumeCodeStore } from '../store/resume-code-repository.js';
import type { SubmissionStore } from '../store/submission-repository.js';
import type { AttemptLimiter } from './attempt-limiter.js';
import type { DialogRegistry } from './registry.js';
import type { DialogDefinition } from './schema.js';
import type { RunState } from './state.js';
import type { Voice } from './text.js';

export interface Turn {
  ctx: TurnContext;
  dialog: DialogDefinition;
  run: RunState;
  voice: Voice;
}

/** Saves the run into conversation.state and builds the outcome with the dialog status. */
export type OutcomeBuilder = (turn: Turn, replies: ReplyDraft[], extra?: Partial<TurnOutcome>) => TurnOutcome;

/** Conversations: a resume code reads the run it continues and empties the first device's copy. */
export type DialogStore = SubmissionStore & ResumeCodeStore & Pick<ConversationStore, 'getConversation' | 'saveTurn'>;

/** What the manager's parts share: the store, the application code, ids and the resume-code limiter. */
export interface Engine {
  store: DialogStore;
  registry: DialogRegistry;
  randomId: () => string;
  limiter: AttemptLimiter;
}

export function dialogsOf(ctx: TurnContext): DialogDefinition[] {
  return ctx.content.dialogs as DialogDefinition[];
}
