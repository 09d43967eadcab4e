import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/http/logger.js';
import { rateLimit } from '../../src/http/middleware/rate-limit.js';
import { createOnError } from '../../src/http/on-error.js';

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
