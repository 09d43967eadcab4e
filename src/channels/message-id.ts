/**
 * The id under which the core remembers a messenger's message, so the same message sent again (the Bot Connector
 * retrying an activity, Web Chat resending after a network error) gets the stored answer instead of being read
 * as the answer to the next question (message-replay.ts, tester-r A1). The channel's own id (Bot Framework
 * `activity.id`, Direct Line `channelData.clientActivityID`) is hashed: it is chosen by the channel or the
 * browser, may be long, and is kept in the conversation's state.
 */
const encoder = new TextEncoder();

export async function channelMessageId(channelMessage: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(channelMessage)));
  return `channel-${[...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
