/**
 * The Worker when its app cannot be built (workerd, local D1): migrations missing after a code update, or a bad
 * setting. Every answer is JSON without a stack trace; chat and voice keep the friendly answer with the phone
 * number; /health says 503 so monitoring sees it.
 */
import { applyD1Migrations, env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkersEnv } from '../../src/runtime/workers/config.js';
import worker, { setWorkersLogger } from '../../src/runtime/workers/index.js';
import { MIGRATIONS_RECHECK_MS } from '../../src/runtime/workers/migrations.js';

const base = 'https://stadtlotse.example';
const post = (path: string, body: unknown) => new Request(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.7' }, body: JSON.stringify(body) });
const chat = (workerEnv: WorkersEnv, locale = 'de') => worker.fetch(post('/api/chat', { text: 'Was kostet ein Reisepass?', locale }), workerEnv);
const voice = (workerEnv: WorkersEnv) => worker.fetch(post('/api/voice/turn', { transcript: 'Was kostet ein Reisepass?', locale: 'de-DE' }), workerEnv);
const health = (workerEnv: WorkersEnv) => worker.fetch(new Request(`${base}/health`), workerEnv);

function captureLog(): string[] {
  const lines: string[] = [];
  const log = (level: string) => (event: string, fields: Record<string, unknown> = {}) => void lines.push(JSON.stringify({ level, event, ...fields }));
  setWorkersLogger({ info: log('info'), warn: log('warn'), error: log('error') });
  return lines;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the Workers entry before the migrations are applied', () => {
  it('answers /health with 503 naming every migration when none is applied, and chat with the friendly 503', async () => {
    const fresh: WorkersEnv = { ...env };
    const res = await health(fresh);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', db: 'migrations_missing', missingMigrations: env.TEST_MIGRATIONS.map((m) => m.name) });
    const turn = await chat(fresh);
    expect(turn.status).toBe(503);
    const body = (await turn.json()) as { error: { code: string }; replies: Array<{ text: string; speak: string }> };
    expect(body.error.code).toBe('store_unavailable');
    expect(body.replies[0]?.text).toMatch(/^Entschuldigung, der Assistent ist gerade gestört\..* Oder rufen Sie die Stadt an: \d/);
    expect(body.replies[0]?.speak).toMatch(/^<speak/);
  });

  it('names the one migration a code update added, answers chat and voice kindly, and heals once it is applied', async () => {
    const all = env.TEST_MIGRATIONS;
    const last = all.at(-1)?.name ?? '';
    await applyD1Migrations(env.DB, all.slice(0, -1));
    const lines = captureLog();
    const updated: WorkersEnv = { ...env };

    const before = await health(updated);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({ db: 'migrations_missing', missingMigrations: [last] });
    const english = (await (await chat(updated, 'en')).json()) as { replies: Array<{ text: string }> };
    expect(english.replies[0]?.text).toMatch(/^Sorry, the assistant is not working right now\..* Or call the city: \d/);
    const spoken = await voice(updated);
    expect(spoken.status).toBe(503);
    expect(await spoken.json()).toMatchObject({ error: { code: 'store_unavailable' }, text: expect.stringMatching(/^Entschuldigung/), speak: expect.stringMatching(/^<speak/) });
    expect(lines.filter((line) => line.includes('migrations_missing'))).toHaveLength(1);
    expect(lines[0]).toContain(last);

    await applyD1Migrations(env.DB, all);
    expect((await health(updated)).status).toBe(503);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + MIGRATIONS_RECHECK_MS + 1);
    expect((await health(updated)).status).toBe(200);
    expect((await chat(updated)).status).toBe(200);
  });
});

describe('the Workers entry with a bad setting', () => {
  it('answers every request with a JSON 503 "misconfigured" naming the variable, without a stack trace, logged once', async () => {
    const lines = captureLog();
    const bad: WorkersEnv = { ...env, CHAT_RATE_LIMIT_PER_MINUTE: 'abc' };
    const answers = [await health(bad), await chat(bad), await worker.fetch(new Request(`${base}/chat`), bad)];
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const text = await res.text();
      expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'misconfigured', reason: expect.stringMatching(/^CHAT_RATE_LIMIT_PER_MINUTE: .*"abc"/) } });
    }
    expect(lines.filter((line) => line.includes('"misconfigured"'))).toHaveLength(1);
  });

  it('names CITY_PROFILE when the bundle was built for another city', async () => {
    const res = await health({ ...env, CITY_PROFILE: 'musterstadt' });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'misconfigured', error: { code: 'misconfigured', reason: expect.stringMatching(/^CITY_PROFILE: the bundle was built for "dueren", not "musterstadt": run CITY_PROFILE=musterstadt npm run build:workers/) } });
  });
});
