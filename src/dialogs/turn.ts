/** One turn inside a dialog: the pipeline's context, the definition, the run state and the voice to answer in. */
import type { ReplyDraft, TurnContext, TurnOutcome } from '../core/turn-handler.js';
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
