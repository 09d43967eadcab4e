/**
 * Password hashing and tokens with Web Crypto only (runs on Node and Workers): PBKDF2-SHA256 with a
 * per-user salt (OWASP 2023: at least 600,000 iterations), constant-time comparison, random tokens.
 */

export const PBKDF2_ITERATIONS = 600_000;
/**
 * Cloudflare's production runtime refuses PBKDF2 above 100,000 iterations (workerd#1346; the local workerd of
 * wrangler dev does not enforce it). Hashes for a Worker use this count: the Worker's own, and the first
 * administrator's from `npm run staff:create-admin -- --workers` (docs/SECURITY.md: the trade-off).
 */
export const WORKERS_MAX_PBKDF2_ITERATIONS = 100_000;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
const PREFIX = 'pbkdf2-sha256';

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random token (session ids, CSRF tokens): 32 bytes, base64url. */
export function randomToken(bytes = 32): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares without an early exit, so the time taken does not reveal how many leading bytes matched. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) diff |= (a[i % Math.max(a.length, 1)] ?? 0) ^ (b[i % Math.max(b.length, 1)] ?? 0);
  return diff === 0;
}

export function constantTimeEqualText(a: string, b: string): boolean {
  const encoder = new TextEncoder();
  return constantTimeEqual(encoder.encode(a), encoder.encode(b));
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, HASH_BYTES * 8);
  return new Uint8Array(bits);
}

export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return `${PREFIX}$${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [prefix, iterationsText, saltText, hashText] = stored.split('$');
  const iterations = Number(iterationsText);
  if (prefix !== PREFIX || !Number.isInteger(iterations) || iterations < 1 || !saltText || !hashText) return false;
  const expected = fromBase64(hashText);
  const actual = await derive(password, fromBase64(saltText), iterations);
  return constantTimeEqual(actual, expected);
}

/**
 * A stored hash made with fewer iterations than the runtime's count should be re-hashed at the next login. On a
 * Worker that count is 100,000, so its own hashes are not re-hashed at every login.
 */
export function needsRehash(stored: string, iterations = PBKDF2_ITERATIONS): boolean {
  return Number(stored.split('$')[1]) < iterations;
}

// Passwords people pick when only the length is checked: NIST SP 800-63B asks to refuse common, repetitive
// and sequential ones ("aaaaaaaaaaaa" was accepted for an administrator).
const COMMON = ['passwort', 'password', 'kennwort', 'qwertz', 'qwerty', 'asdfgh', 'hallo123', 'willkommen', 'welcome', 'sommer20', 'winter20', 'admin123', 'letmein'];

function sequential(text: string): boolean {
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    run = step === 1 || step === -1 ? run + 1 : 1;
    if (run >= 6) return true;
  }
  return false;
}

/** Password policy: long rather than complicated (NIST SP 800-63B), and not one everybody tries first. */
export function passwordProblem(password: string): string | null {
  if (password.length < 12) return 'Das Passwort muss mindestens 12 Zeichen lang sein.';
  if (password.length > 256) return 'Das Passwort darf höchstens 256 Zeichen lang sein.';
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5 || sequential(lower) || COMMON.some((word) => lower.includes(word) && lower.length - word.length < 8)) {
    return 'Dieses Passwort ist zu leicht zu erraten (Wiederholungen, Zahlen- oder Buchstabenfolgen, bekannte Passwörter). Nehmen Sie zum Beispiel vier zufällige Wörter.';
  }
  return null;
}

/**
 * A dummy hash to verify against when the user does not exist, so timing does not reveal valid names. With the
 * runtime's count: at 600,000 a Worker on Cloudflare could not verify it, and every unknown name failed there.
 */
export function dummyHash(iterations = PBKDF2_ITERATIONS): string {
  return `${PREFIX}$${iterations}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`;
}
export const DUMMY_HASH = dummyHash();
