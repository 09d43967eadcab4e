/** Who may call a Direct Line route: the site's backend with the secret, or a client with a token for this conversation. */
import type { Context } from 'hono';
import { AppError } from '../../core/app-error.js';
import type { TokenClaims, TokenSigner } from './tokens.js';

export type Caller = { kind: 'secret' } | { kind: 'token'; claims: TokenClaims };

function unauthorized(reason: string): AppError {
  return new AppError(401, 'unauthorized', reason, { field: 'authorization', headers: { 'WWW-Authenticate': 'Bearer' } });
}

export function bearer(c: Context): string | null {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** Checks a secret or token; with a conversation id, a token must be for that conversation. */
export async function authorize(signer: TokenSigner, credential: string | null, nowSeconds: number, conversationId?: string): Promise<Caller> {
  if (!credential) throw unauthorized('Send "Authorization: Bearer <token>".');
  if (await signer.isSecret(credential)) return { kind: 'secret' };
  const check = await signer.verify(credential, nowSeconds);
  if (!check.ok) {
    if (check.reason === 'expired') throw new AppError(403, 'token_expired', 'The token has expired. Get a new one.', { field: 'authorization' });
    throw unauthorized('The token is not valid.');
  }
  if (conversationId !== undefined && check.claims.conversationId !== conversationId) {
    throw new AppError(403, 'forbidden', 'The token is for another conversation.', { field: 'authorization' });
  }
  return { kind: 'token', claims: check.claims };
}

export async function requireSecret(signer: TokenSigner, credential: string | null): Promise<void> {
  if (!credential || !(await signer.isSecret(credential))) throw unauthorized('This call needs the Direct Line secret (from the website\'s backend, never the browser).');
}
