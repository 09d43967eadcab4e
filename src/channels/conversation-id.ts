/**
 * Channels that bring their own conversation ids (Bot Framework, Direct Line) map them to a stable
 * UUID for the core, shaped as a version-4 UUID (Web Crypto, so this runs on Node and Workers). The
 * channel's id never reaches the store, and ids of different channels cannot collide.
 *
 * The mapping is keyed (HMAC-SHA-256 under a server secret): a messenger's conversation id is often no
 * secret (a Telegram user id, an SMS sender's phone number, a Teams group chat), and an unkeyed hash of it
 * could be computed by anyone (tester-n 1). The stored channel binds the conversation as well
 * (src/core/channel-binding.ts); the key is the second wall.
 */

/** Maps a channel's conversation id to the core's conversation id. */
export type ConversationIdDeriver = (namespace: string, channelConversationId: string) => Promise<string>;

const encoder = new TextEncoder();

function asUuid(digest: Uint8Array): string {
  const bytes = digest.slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The unkeyed fallback (plain SHA-256), used only when no secret is configured (Bot Framework Emulator mode
 * without CONVERSATION_ID_SECRET): the channel binding still keeps such conversations out of the web API.
 */
export async function stableConversationId(namespace: string, channelConversationId: string): Promise<string> {
  return asUuid(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${namespace}\n${channelConversationId}`))));
}

/**
 * The keyed mapping. The key is prefixed, so the same secret (DIRECTLINE_SECRET, MICROSOFT_APP_PASSWORD) can
 * also sign Direct Line tokens without one value ever serving as the other. Without a secret: the fallback.
 */
export function conversationIdDeriver(secret: string | undefined): ConversationIdDeriver {
  if (!secret) return stableConversationId;
  const key = crypto.subtle.importKey('raw', encoder.encode(`conversation-id:${secret}`), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (namespace, channelConversationId) =>
    asUuid(new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(`${namespace}\n${channelConversationId}`))));
}
