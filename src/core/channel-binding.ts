/**
 * Which channel may reach a stored conversation (tester-n 1). A messenger conversation (Bot Framework, Direct
 * Line) has an id derived from the messenger's own conversation id, which is often known to others (a phone
 * number, a Telegram user id, a group chat): it is continued, read and erased only through its own channel,
 * never through the web API. Web, API (resume code) and voice conversations have random ids the server hands
 * to the one client that started them, so those channels share them (the widget continues a resumed run).
 */
import type { ChannelId } from './types.js';

const MESSENGER_CHANNELS: ReadonlySet<string> = new Set<ChannelId>(['botframework', 'directline']);

export function isMessengerChannel(channel: string): boolean {
  return MESSENGER_CHANNELS.has(channel);
}

/** True when `requested` may read or continue a conversation created on `stored`. */
export function channelMayReach(stored: string, requested: ChannelId): boolean {
  if (isMessengerChannel(stored) || isMessengerChannel(requested)) return stored === requested;
  return true;
}
