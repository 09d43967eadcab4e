/**
 * The id under which the core remembers a messenger's message, so the same message sent again (the Bot Connector
 * retrying an activity, Web Chat resending after a network error) gets the stored answer instead of being read
 * as the answer to the next question (message-replay.ts, tester-r A1). The channel's own id (Bot Framework
 * `activity.id`, Direct Line `channelData.clientActivityID`) is hashed: it is chosen by the channel or the
 * browser, may be long, and is kept in the conversation's state.
 *
 * What was sent is hashed with it: a client that reuses an id for another text (a Direct Line counter that
 * starts again after a page reload) sends a new message, and gets it answered, on Bot Framework and Direct Line
 * alike (re-test 19 2.4). Only the web API refuses that (409 message_id_reused), where the widget is ours.
 */
import type { TurnInputPart } from './inbound.js';

const encoder = new TextEncoder();

export async function channelMessageId(channelMessage: string, sent?: TurnInputPart): Promise<string> {
  const what = !sent ? '' : 'text' in sent ? `\u0000text\u0000${sent.text}` : `\u0000action\u0000${sent.action}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${channelMessage}${what}`)));
  return `channel-${[...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
