/**
 * Channels that bring their own conversation ids (Bot Framework, Direct Line) map them to a stable
 * UUID for the core: SHA-256 over namespace and id, shaped as a version-4 UUID (Web Crypto, so this
 * runs on Node and Workers). The channel's id never reaches the store, and ids of different
 * channels cannot collide.
 */
export async function stableConversationId(namespace: string, channelConversationId: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${namespace}\n${channelConversationId}`)));
  const bytes = digest.slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
