/**
 * Direct Line tokens: a conversation id, an optional user id and an expiry, signed with HMAC-SHA-256
 * under the server's DIRECTLINE_SECRET (Web Crypto, so this runs on Workers too). A token opens
 * exactly one conversation; the secret stays on the website's backend.
 */
export interface TokenClaims {
  /** Direct Line conversation id. */
  conversationId: string;
  userId?: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

const encoder = new TextEncoder();

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    // The last character's unused bits are ignored by atob: without this, several spellings of one token verify.
    return toBase64Url(bytes) === text ? bytes : null;
  } catch {
    return null;
  }
}

export interface TokenSigner {
  sign(claims: TokenClaims): Promise<string>;
  verify(token: string, nowSeconds: number): Promise<TokenCheck>;
  /** Constant-time comparison of a presented secret with the configured one. */
  isSecret(candidate: string): Promise<boolean>;
}

export function createTokenSigner(secret: string): TokenSigner {
  if (secret.length < 32) throw new Error('DIRECTLINE_SECRET must be at least 32 characters');
  const key = crypto.subtle.importKey('raw', encoder.encode(`directline-token:${secret}`), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const secretDigest = crypto.subtle.digest('SHA-256', encoder.encode(secret));

  return {
    async sign(claims) {
      const payload = toBase64Url(encoder.encode(JSON.stringify({ c: claims.conversationId, ...(claims.userId ? { u: claims.userId } : {}), exp: claims.exp })));
      const signature = new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(payload)));
      return `${payload}.${toBase64Url(signature)}`;
    },
    async verify(token, nowSeconds) {
      const [payload, signature, extra] = token.split('.');
      if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'malformed' };
      const signatureBytes = fromBase64Url(signature);
      if (!signatureBytes) return { ok: false, reason: 'malformed' };
      if (!(await crypto.subtle.verify('HMAC', await key, signatureBytes, encoder.encode(payload)))) return { ok: false, reason: 'signature' };
      let parsed: { c?: unknown; u?: unknown; exp?: unknown };
      try {
        parsed = JSON.parse(new TextDecoder().decode(fromBase64Url(payload) ?? new Uint8Array())) as typeof parsed;
      } catch {
        return { ok: false, reason: 'malformed' };
      }
      if (typeof parsed.c !== 'string' || typeof parsed.exp !== 'number' || (parsed.u !== undefined && typeof parsed.u !== 'string')) return { ok: false, reason: 'malformed' };
      if (parsed.exp <= nowSeconds) return { ok: false, reason: 'expired' };
      return { ok: true, claims: { conversationId: parsed.c, ...(typeof parsed.u === 'string' ? { userId: parsed.u } : {}), exp: parsed.exp } };
    },
    async isSecret(candidate) {
      const [expected, actual] = [new Uint8Array(await secretDigest), new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(candidate)))];
      let difference = 0;
      for (let i = 0; i < expected.length; i++) difference |= (expected[i] ?? 0) ^ (actual[i] ?? 0);
      return difference === 0;
    },
  };
}
