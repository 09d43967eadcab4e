/** Random secrets and their SHA-256 hashes with Web Crypto only (Node and Workers). */

/** 32 characters without look-alikes (no I, O, 0, 1): a byte & 31 picks one uniformly. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function randomCode(length = 8, random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(length));
  return Array.from(bytes, (b) => CODE_ALPHABET[b & 31]).join('');
}

/** "ABCDEFGH" -> "ABCD-EFGH", easier to read aloud and type. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A URL-safe token with 256 bits of entropy. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function hmacSha256Hex(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body));
  return Array.from(new Uint8Array(signature), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A keyed hash of client keys and names: counters of clients (the staff login throttle, the appointment bookings
 * per client) then hold no address or name, and a plain SHA-256 would not do, since all IPv4 addresses can be
 * hashed in minutes (report j-7). The key comes from CONVERSATION_ID_SECRET when the runtime passes it in
 * (keyClientHashes): then every process and every Workers isolate computes the same hashes, and a login lock
 * stored in the database holds in all of them (tester-p A2). Without it the key is random and lives only in this
 * process's memory: a restart (on Workers, every new isolate) no longer sees the locks stored before.
 */
let processKey: Promise<CryptoKey> | undefined;

// Its own key, derived from the secret: a hash here never equals a conversation id keyed with the same secret.
const CLIENT_HASH_LABEL = 'stadtlotse client-key hash v1';

async function importHmacKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** Keys processKeyedHash with a secret shared by every process or isolate; without one the random key stays. */
export function keyClientHashes(secret: string | null | undefined): void {
  if (!secret) return;
  processKey = importHmacKey(new TextEncoder().encode(secret))
    .then((key) => crypto.subtle.sign('HMAC', key, new TextEncoder().encode(CLIENT_HASH_LABEL)))
    .then((derived) => importHmacKey(new Uint8Array(derived)));
}

export async function processKeyedHash(text: string): Promise<string> {
  processKey ??= importHmacKey(crypto.getRandomValues(new Uint8Array(32)));
  const signature = await crypto.subtle.sign('HMAC', await processKey, new TextEncoder().encode(text));
  return Array.from(new Uint8Array(signature), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares two equal-length hex strings without an early exit. */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
