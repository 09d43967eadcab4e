import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/http/logger.js';
import { rateLimit } from '../../src/http/middleware/rate-limit.js';
import { createOnError } from '../../src/http/on-error.js';
import { composedApp } from '../support/composed-app.js';

function limitedApp(clock: { t: number }) {
  const app = new Hono();
  app.onError(createOnError(silentLogger));
  app.use('/limited', rateLimit({ rule: { burst: 3, perMinute: 60 }, clientKey: (c) => c.req.header('x-client') ?? 'anon', now: () => clock.t }));
  app.get('/limited', (c) => c.text('ok'));
  return app;
}

describe('rate limiting', () => {
  it('answers 429 with Retry-After once a client used its burst, and lets it in again later', async () => {
    const clock = { t: 0 };
    const app = limitedApp(clock);
    for (let i = 0; i < 3; i++) expect((await app.request('/limited', { headers: { 'x-client': 'a' } })).status).toBe(200);
    const limited = await app.request('/limited', { headers: { 'x-client': 'a' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    clock.t += 1000;
    expect((await app.request('/limited', { headers: { 'x-client': 'a' } })).status).toBe(200);
  });

  it('counts each client separately', async () => {
    const app = limitedApp({ t: 0 });
    for (let i = 0; i < 3; i++) await app.request('/limited', { headers: { 'x-client': 'a' } });
    expect((await app.request('/limited', { headers: { 'x-client': 'b' } })).status).toBe(200);
  });
});

describe('the 429 text', () => {
  it('says "1 second" in the singular and "2 seconds" in the plural', async () => {
    const clock = { t: 0 };
    const app = limitedApp(clock);
    for (let i = 0; i < 3; i++) await app.request('/limited', { headers: { 'x-client': 'a' } });
    expect(await (await app.request('/limited', { headers: { 'x-client': 'a' } })).json()).toMatchObject({ error: { reason: 'Too many requests. Please wait 1 second.' } });
    const slow = new Hono();
    slow.onError(createOnError(silentLogger));
    slow.use('/slow', rateLimit({ rule: { burst: 1, perMinute: 30 }, clientKey: () => 'a', now: () => 0 }));
    slow.get('/slow', (c) => c.text('ok'));
    await slow.request('/slow');
    expect(await (await slow.request('/slow')).json()).toMatchObject({ error: { reason: 'Too many requests. Please wait 2 seconds.' } });
  });
});

describe('the chat limit on the other citizen routes (Node, as npm start composes it)', () => {
  it.each([
    ['/api/feedback', { conversationId: '00000000-0000-4000-8000-000000000000', rating: 'down', intent: 'personalausweis' }],
    ['/api/nlu/parse', { text: 'Was kostet ein Personalausweis?' }],
    ['/api/wohngeld/estimate', { members: 2, rent: 600, countedIncome: 1500 }],
  ])('answers 429 on %s after the chat burst, with a bucket of its own', async (path, body) => {
    const app = await composedApp({ CHAT_RATE_LIMIT_PER_MINUTE: '30' });
    try {
      const send = (to: string, json: unknown) => app.request(to, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await send(path, body)).status);
      expect(statuses.slice(0, 10).every((status) => status !== 429)).toBe(true);
      expect(statuses[10]).toBe(429);
      // The chat itself still has its own turns.
      expect((await send('/api/chat', { text: 'Hallo' })).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 30_000);
});
