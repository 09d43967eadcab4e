/** The limits of /api/voice/turn: wide per gateway address, the chat limit per conversation (tester-r B5). */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { voiceRateLimit } from '../../src/channels/voice/voice-rate-limit.js';
import { readJsonBody } from '../../src/http/json-body.js';
import { silentLogger } from '../../src/http/logger.js';
import { createOnError } from '../../src/http/on-error.js';
import { voiceTurnSchema } from '../../src/channels/voice/index.js';
import { readChannelConfig } from '../../src/runtime/node/channel-config.js';
import { readWorkersConfig } from '../../src/runtime/workers/config.js';
import type { D1DatabaseLike } from '../../src/runtime/workers/d1-db.js';
import { composedApp } from '../support/composed-app.js';

/** A gateway at one address; the route reads the body after the limit did, as the real route does. */
function gatewayApp(perMinute: number, conversationPerMinute: number) {
  const app = new Hono();
  app.onError(createOnError(silentLogger));
  app.use('/api/voice/turn', voiceRateLimit({ perMinute, conversationPerMinute, clientKey: () => '10.0.0.5', now: () => 0 }));
  app.post('/api/voice/turn', async (c) => c.json(await readJsonBody(c, voiceTurnSchema)));
  const turn = (conversationId?: string) =>
    app.request('/api/voice/turn', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transcript: 'ja', ...(conversationId ? { conversationId } : {}) }) });
  return { turn };
}

describe('the voice rate limit', () => {
  it('lets 45 callers of one gateway take a turn at once, where the chat limit stopped them at 40', async () => {
    const { turn } = gatewayApp(600, 120);
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await turn(crypto.randomUUID())).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it('stops one conversation at the chat burst without stopping the other callers of the gateway', async () => {
    const { turn } = gatewayApp(600, 30);
    const busy = crypto.randomUUID();
    for (let i = 0; i < 10; i++) expect((await turn(busy)).status).toBe(200);
    const limited = await turn(busy);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).not.toBeNull();
    expect((await turn(crypto.randomUUID())).status).toBe(200);
    expect((await turn()).status).toBe(200);
  });

  it('stops the address at its own burst, new calls included, and still gives the route the body', async () => {
    const { turn } = gatewayApp(60, 1000);
    for (let i = 0; i < 20; i++) expect(await (await turn()).json()).toEqual({ transcript: 'ja' });
    expect((await turn(crypto.randomUUID())).status).toBe(429);
  });

  it('reads VOICE_RATE_LIMIT_PER_MINUTE on Node and on Workers, 600 by default, and refuses a bad value', () => {
    expect(readChannelConfig({}).voiceRateLimitPerMinute).toBe(600);
    expect(readChannelConfig({ VOICE_RATE_LIMIT_PER_MINUTE: '3000' }).voiceRateLimitPerMinute).toBe(3000);
    expect(() => readChannelConfig({ VOICE_RATE_LIMIT_PER_MINUTE: 'many' })).toThrow(/VOICE_RATE_LIMIT_PER_MINUTE/);
    const DB = {} as D1DatabaseLike;
    expect(readWorkersConfig({ DB }).voiceRateLimitPerMinute).toBe(600);
    expect(readWorkersConfig({ DB, VOICE_RATE_LIMIT_PER_MINUTE: '900' }).voiceRateLimitPerMinute).toBe(900);
  });
});

describe('the voice limit as npm start composes it', () => {
  it('takes more turns from one address than the chat limit, up to VOICE_RATE_LIMIT_PER_MINUTE', async () => {
    const app = await composedApp({ CHAT_RATE_LIMIT_PER_MINUTE: '30', VOICE_RATE_LIMIT_PER_MINUTE: '45' });
    try {
      const turn = () => app.request('/api/voice/turn', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transcript: 'Hallo', locale: 'de-DE' }) });
      const statuses: number[] = [];
      // Burst of the chat limit 30: 10; of the voice limit 45: 20.
      for (let i = 0; i < 21; i++) statuses.push((await turn()).status);
      expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
      expect(statuses[20]).toBe(429);
    } finally {
      await app.close();
    }
  }, 30_000);
});
