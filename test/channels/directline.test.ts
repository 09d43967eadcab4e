import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type * as DirectLineModule from 'botframework-directlinejs';
import WebSocket from 'ws';
import type { TurnHandler } from '../../src/core/turn-handler.js';
import { DIRECTLINE_SECRET, startDirectLineServer } from './support/channel-server.js';

const require = createRequire(import.meta.url);
// The Direct Line JS client (Web Chat's transport) polls with XMLHttpRequest; xhr2 provides it in Node.
(globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest ??= require('xhr2');
// Node 20 has no global WebSocket, which the client references even when it polls.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs') as typeof DirectLineModule;

type Server = Awaited<ReturnType<typeof startDirectLineServer>>;
let server: Server | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

interface Activity {
  id?: string;
  type: string;
  text?: string;
  speak?: string;
  from: { id: string; role?: string };
  replyToId?: string;
  channelData?: { clientActivityID?: string };
  suggestedActions?: { actions: Array<{ type: string; title: string; value: unknown }> };
}

async function json(response: Response) {
  return (await response.json()) as Record<string, unknown>;
}

function until<T>(items: T[], predicate: (items: T[]) => boolean, ms = 8000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (predicate(items)) return resolve();
      if (Date.now() - started > ms) return reject(new Error(`timed out; got ${JSON.stringify(items).slice(0, 800)}`));
      setTimeout(check, 25);
    };
    check();
  });
}

describe('Direct Line 3.0', () => {
  it('works with the Direct Line JS client over polling: echo with id and clientActivityID, then the greeting', async () => {
    server = await startDirectLineServer();
    const { token } = await server.generateToken({ id: 'dl_citizen' });
    const directLine = new DirectLine({ token, domain: server.domain, webSocket: false, pollingInterval: 200 });
    const received: Activity[] = [];
    const subscription = directLine.activity$.subscribe((activity) => received.push(activity as unknown as Activity));
    try {
      const id = await new Promise<string>((resolve, reject) =>
        directLine
          .postActivity({ type: 'message', from: { id: 'dl_citizen' }, text: 'Hallo', locale: 'de-DE', channelData: { clientActivityID: 'client-1' } } as never)
          .subscribe({ next: resolve, error: reject }),
      );
      await until(received, (items) => items.some((a) => a.from.role === 'bot'));
      const echo = received.find((a) => a.channelData?.clientActivityID === 'client-1');
      expect(echo).toMatchObject({ id, type: 'message', text: 'Hallo', from: { id: 'dl_citizen', role: 'user' } });
      const reply = received.find((a) => a.from.role === 'bot')!;
      expect(reply).toMatchObject({ type: 'message', replyToId: id, inputHint: 'acceptingInput' });
      expect(reply.text).toContain('Guten Tag');
      expect(reply.speak).toMatch(/^<speak /);
    } finally {
      subscription.unsubscribe();
      directLine.end();
    }
  });

  it('streams the echo and the replies over the WebSocket at streamUrl', async () => {
    server = await startDirectLineServer();
    const { token } = await server.generateToken();
    const started = await json(await fetch(`${server.domain}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } }));
    expect(started).toMatchObject({ conversationId: expect.any(String), token: expect.any(String), expires_in: 3600, streamUrl: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/.+\/stream\?t=/) });
    const socket = new WebSocket(String(started.streamUrl));
    const received: Activity[] = [];
    socket.on('message', (data) => {
      const text = data.toString();
      if (text) received.push(...(JSON.parse(text) as { activities: Activity[] }).activities);
    });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    try {
      const posted = await fetch(`${server.domain}/conversations/${encodeURIComponent(String(started.conversationId))}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${String(started.token)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: { id: 'u1' }, text: 'Wo beantrage ich einen Ausweis?', channelData: { clientActivityID: 'c-42' } }),
      });
      expect(posted.status).toBe(200);
      await until(received, (items) => items.length >= 2);
      expect(received[0]).toMatchObject({ channelData: { clientActivityID: 'c-42' }, from: { id: 'u1', role: 'user' } });
      expect(received[1]).toMatchObject({ from: { role: 'bot' }, replyToId: received[0]!.id });
      expect(received[1]!.text).toContain('Bürgerbüro');
      // Commands behind buttons travel as messageBack, so Web Chat shows the title, not "intent:…".
      expect(received[1]!.suggestedActions?.actions).toEqual([{ type: 'messageBack', title: 'Hallo sagen', text: 'intent:begruessung', displayText: 'Hallo sagen', value: { action: 'intent:begruessung' } }]);
    } finally {
      socket.close();
    }
  });

  it('answers a message over 1,000 characters with a reply that says so, after echoing it, instead of refusing it', async () => {
    server = await startDirectLineServer();
    const { conversationId, token } = await server.generateToken();
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const long = 'I would like to explain my situation in detail. '.repeat(64);
    const posted = await fetch(`${server.domain}/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 'message', from: { id: 'u' }, text: long, locale: 'en-US', channelData: { clientActivityID: 'c-long' } }),
    });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    const { activities } = (await (await fetch(`${server.domain}/conversations/${conversationId}/activities`, { headers })).json()) as { activities: Activity[] };
    expect(activities).toHaveLength(2);
    expect(activities[0]).toMatchObject({ id, text: long, channelData: { clientActivityID: 'c-long' } });
    expect(activities[1]).toMatchObject({ from: { role: 'bot' }, replyToId: id, text: 'Your message is too long (at most 1,000 characters). Please write a shorter message or split it into several.' });
    // The chat's own variety stays (en-US), as on the phone.
    expect(activities[1]!.speak).toContain('xml:lang="en-US"');
  });

  it('answers a poll during a slow turn with 200 and no bot activity', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: TurnHandler = { name: 'slow-test-double', handle: async (ctx) => (ctx.turn.text === 'langsam' ? (await gate, null) : null) };
    server = await startDirectLineServer({ handlers: [slow] });
    const { conversationId, token } = await server.generateToken();
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const pending = fetch(`${server.domain}/conversations/${conversationId}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', from: { id: 'u' }, text: 'langsam' }) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const poll = await fetch(`${server.domain}/conversations/${conversationId}/activities?watermark=0`, { headers: { authorization: `Bearer ${token}` } });
    expect(poll.status).toBe(200);
    const body = (await poll.json()) as { activities: Activity[]; watermark: string };
    expect(body.activities.filter((a) => a.from.role === 'bot')).toEqual([]);
    release();
    expect((await pending).status).toBe(200);
    const after = (await (await fetch(`${server.domain}/conversations/${conversationId}/activities?watermark=${body.watermark}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { activities: Activity[] };
    expect(after.activities.some((a) => a.from.role === 'bot')).toBe(true);
  });

  it('guards tokens: only the secret generates, tokens expire, and a token opens only its own conversation', async () => {
    let now = new Date('2026-03-01T10:00:00Z');
    server = await startDirectLineServer({ now: () => now }, { tokenTtlSeconds: 600 });
    const noSecret = await fetch(`${server.domain}/tokens/generate`, { method: 'POST' });
    expect(noSecret.status).toBe(401);
    expect(await json(noSecret)).toMatchObject({ error: { code: 'unauthorized', field: 'authorization' } });
    const { token, conversationId } = await server.generateToken();
    expect((await fetch(`${server.domain}/tokens/generate`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status).toBe(401);

    const other = await server.generateToken();
    const foreign = await fetch(`${server.domain}/conversations/${other.conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } });
    expect(foreign.status).toBe(403);
    const tampered = `${token.slice(0, -2)}xx`;
    expect((await fetch(`${server.domain}/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${tampered}` } })).status).toBe(401);
    // Another spelling of the same signature bytes (the last character's unused bits set) is no valid token either.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const respelled = `${token.slice(0, -1)}${alphabet[alphabet.indexOf(token.at(-1) ?? 'A') ^ 1]}`;
    expect((await fetch(`${server.domain}/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${respelled}` } })).status).toBe(401);

    now = new Date(now.getTime() + 300_000);
    const refreshed = await json(await fetch(`${server.domain}/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${token}` } }));
    expect(refreshed).toMatchObject({ conversationId, expires_in: 600 });
    now = new Date(now.getTime() + 400_000);
    const expired = await fetch(`${server.domain}/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } });
    expect(expired.status).toBe(403);
    expect(await json(expired)).toMatchObject({ error: { code: 'token_expired' } });
    expect((await fetch(`${server.domain}/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${String(refreshed.token)}` } })).status).toBe(200);
    expect(DIRECTLINE_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses the WebSocket upgrade without a valid token', async () => {
    server = await startDirectLineServer();
    const { conversationId } = await server.generateToken();
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/v3/directline/conversations/${conversationId}/stream?t=forged.token`);
    const status = await new Promise<number>((resolve) => socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)).once('open', () => resolve(101)));
    expect(status).toBe(401);
  });

  it('answers the CORS preflight of Web Chat for a configured origin only', async () => {
    server = await startDirectLineServer({}, { allowedOrigins: ['https://www.dueren.de'] });
    const preflight = (origin: string) =>
      fetch(`${server!.domain}/conversations`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, x-ms-bot-agent, x-requested-with' },
      });
    const allowed = await preflight('https://www.dueren.de');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.dueren.de');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toBe('authorization,content-type,x-ms-bot-agent,x-requested-with');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reports a token that expires while polling to the Direct Line JS client as ExpiredToken', async () => {
    let now = new Date('2026-03-01T10:00:00Z');
    server = await startDirectLineServer({ now: () => now }, { tokenTtlSeconds: 60 });
    const { token } = await server.generateToken();
    const directLine = new DirectLine({ token, domain: server.domain, webSocket: false, pollingInterval: 200 });
    const statuses: number[] = [];
    const subscription = directLine.connectionStatus$.subscribe((status) => statuses.push(status));
    directLine.activity$.subscribe({ error: () => {} });
    try {
      await until(statuses, (items) => items.includes(ConnectionStatus.Online));
      now = new Date(now.getTime() + 120_000);
      await until(statuses, (items) => items.includes(ConnectionStatus.ExpiredToken));
    } finally {
      subscription.unsubscribe();
      directLine.end();
    }
  });
});
