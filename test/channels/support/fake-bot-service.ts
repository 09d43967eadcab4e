/**
 * The Microsoft side of the Bot Framework, on 127.0.0.1 for tests: an OpenID configuration with a
 * JWKS of a locally generated RSA key (signs the channel's tokens), an OAuth token endpoint (the
 * bot's outbound credentials) and a Connector API that records the replies it receives.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface RecordedReply {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface TokenRequest {
  form: URLSearchParams;
}

const KID = 'test-key-1';
export const CHANNEL_ISSUER = 'https://api.botframework.com';
export const OUTBOUND_ACCESS_TOKEN = 'outbound-access-token-from-local-authority';

function base64url(value: Buffer | string): string {
  return Buffer.from(value).toString('base64url');
}

/** RS256 JWT, signed with node:crypto. */
export function signJwt(payload: Record<string, unknown>, key: KeyObject, kid = KID): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const body = base64url(JSON.stringify(payload));
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${body}`), key);
  return `${header}.${body}.${base64url(signature)}`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeBotService() {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const replies: RecordedReply[] = [];
  const tokenRequests: TokenRequest[] = [];
  const metadataRequests: string[] = [];
  const unmatched: string[] = [];
  let base = '';
  // Replies the Connector refuses with 500 (a channel that is down), before it accepts again.
  let refusing = 0;
  let refusal = 500;

  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const text = await readBody(request);
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
        metadataRequests.push(path);
        return json(200, { issuer: CHANNEL_ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] });
      }
      if (request.method === 'GET' && path === '/v1/.well-known/keys') {
        metadataRequests.push(path);
        return json(200, { keys: [{ ...keys.publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' }] });
      }
      if (request.method === 'POST' && path === '/botframework.com/oauth2/v2.0/token') {
        const form = new URLSearchParams(text);
        tokenRequests.push({ form });
        return json(200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: OUTBOUND_ACCESS_TOKEN });
      }
      if (request.method === 'POST' && path.startsWith('/v3/conversations/')) {
        if (refusing > 0) {
          refusing--;
          return json(refusal, { error: { code: 'ServiceError', message: 'channel down' } });
        }
        replies.push({ method: request.method, path, authorization: request.headers.authorization, body: JSON.parse(text) as Record<string, unknown> });
        return json(200, { id: `reply-${replies.length}` });
      }
      unmatched.push(`${request.method} ${path}`);
      json(404, { error: 'not found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    serviceUrl: `${base}/`,
    openIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    tokenEndpoint: `${base}/botframework.com/oauth2/v2.0/token`,
    replies,
    tokenRequests,
    metadataRequests,
    unmatched,
    /** A token as the Bot Connector service would send it; override claims to make it bad. */
    channelToken(claims: Record<string, unknown>, options: { foreignKey?: boolean } = {}): string {
      const now = Math.floor(Date.now() / 1000);
      return signJwt({ iss: CHANNEL_ISSUER, nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims }, options.foreignKey ? otherKeys.privateKey : keys.privateKey);
    },
    /** The next `count` replies are refused (500: a channel that is down; the Connector client retries those). */
    refuseReplies(count: number, status = 500): void {
      refusing = count;
      refusal = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeBotService = Awaited<ReturnType<typeof startFakeBotService>>;
