/**
 * One citizen message from a messenger channel (Bot Framework, Direct Line) to the core and back: words and
 * buttons go through the turn engine under the channel's message id (a repeat gets the stored answer,
 * message-id.ts); a message too long, a photo or a location is answered here (too-long.ts, unreadable-input.ts).
 */
import { AppError } from '../core/app-error.js';
import type { ChannelId } from '../core/types.js';
import type { AppContext } from '../http/app-context.js';
import type { Activity } from './activity.js';
import { readInbound, type TurnInputPart } from './inbound.js';
import { localeFromTag } from './locale.js';
import { channelMessageId } from './message-id.js';
import { isTooLong, tooLongResult } from './too-long.js';
import { receivedAnswer, stepReadsCoordinates, unreadableAnswer, withMediaNote, type ChannelAnswer } from './unreadable-input.js';

export interface ChannelTurnTarget {
  channel: ChannelId;
  /** The core's conversation id (conversation-id.ts). */
  conversationId: string;
  /** The channel's own id for this message (activity.id, clientActivityID), when it has one: hashed with what was sent (message-id.ts). */
  channelMessage?: string;
  /**
   * Reads the citizen's words in the channel's terms before the core does (SMS: "2" for the second choice); the
   * message id lets a message sent again be read as the first time (numbered-choices.ts).
   */
  mapInput?: (input: TurnInputPart, messageId?: string) => TurnInputPart;
}

/** The answer to a message activity, or null when it carries nothing to answer (an empty message). */
export async function answerMessage(context: AppContext, activity: Activity, target: ChannelTurnTarget): Promise<ChannelAnswer | null> {
  const requested = localeFromTag(activity.locale);
  const inbound = readInbound(activity, requested);
  let input = inbound.input;
  if (!input && !inbound.media && !inbound.location) return null;
  // Answered, not refused: a messenger does not show a 400 to the citizen, who would see nothing.
  if (input && isTooLong(input)) return tooLongResult(requested ?? 'de');
  if (!input) {
    const conversation = await context.store.getConversation(target.conversationId);
    if (inbound.location && stepReadsCoordinates(conversation, context.content().dialogs)) {
      input = { text: `geo:${inbound.location.lat.toFixed(5)},${inbound.location.lon.toFixed(5)}` };
    } else {
      return unreadableAnswer(context.store, conversation, inbound.media ?? 'location', conversation?.locale ?? requested ?? 'de');
    }
  }
  const messageId = target.channelMessage !== undefined ? await channelMessageId(target.channelMessage, input) : undefined;
  let result: ChannelAnswer;
  try {
    result = await context.engine.handle({
      channel: target.channel,
      conversationId: target.conversationId,
      createIfMissing: true,
      ...(target.mapInput ? target.mapInput(input, messageId) : input),
      ...(requested ? { locale: requested } : {}),
      ...(messageId ? { messageId } : {}),
    });
  } catch (error) {
    // The same message again, read otherwise than the first time (an SMS number after a restart forgot its list):
    // it was taken once. A messenger shows no HTTP error, so the citizen gets a reply (re-test 19 2.4).
    if (!(error instanceof AppError) || error.code !== 'message_id_reused') throw error;
    const conversation = await context.store.getConversation(target.conversationId);
    return receivedAnswer(context.store, conversation, conversation?.locale ?? requested ?? 'de');
  }
  return inbound.media && inbound.input ? withMediaNote(result, inbound.media) : result;
}
