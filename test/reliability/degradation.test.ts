/**
 * Graceful degradation with the real server in a child process: a locked database makes /health say 503
 * and /api/chat answer 503 with a friendly reply and the city's phone number, never a hang; SIGTERM lets
 * in-flight requests finish before the process exits. Bounded: every request has an abort deadline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../../bench/child-server.js';
import { composedApp } from '../support/composed-app.js';
import { lockDatabase } from './db-lock.js';

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-degrade-'));
const children: ChildServer[] = [];
afterAll(async () => {
  for (const child of children) if (child.child.exitCode === null) child.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** No request may hang: 15 s is beyond the server's own bounds (5 s busy_timeout, 8 s turn timeout, 2 s health ping). */
const DEADLINE_MS = 15_000;

function chat(url: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(DEADLINE_MS) });
}

async function start(name: string): Promise<{ server: ChildServer; path: string }> {
  const path = join(dir, `${name}.sqlite`);
  const server = await startChildServer('src/runtime/node/main.ts', { PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: path, LOG_LEVEL: 'error', CHAT_RATE_LIMIT_PER_MINUTE: '100000' });
  children.push(server);
  return { server, path };
}

describe('when the database is locked', () => {
  it('says 503 on /health and answers chat with a friendly 503 and the phone number, then recovers', async () => {
    const { server, path } = await start('locked');
    const first = await chat(server.url, { text: 'Hallo' });
    expect(first.status).toBe(200);
    const { conversationId } = (await first.json()) as { conversationId: string };

    const lock = await lockDatabase(path);
    try {
      const health = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(DEADLINE_MS) });
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', db: 'error' });

      for (const body of [{ text: 'Was kostet ein Personalausweis?' }, { conversationId, text: 'Danke', locale: 'en' }]) {
        const res = await chat(server.url, body);
        expect(res.status).toBe(503);
        const answer = (await res.json()) as { error: { code: string }; replies: Array<{ text: string; speak: string }> };
        expect(answer.error.code).toBe('store_unavailable');
        expect(answer.replies[0]?.text).toContain('02421 25-0');
        expect(answer.replies[0]?.speak).toMatch(/^<speak /);
      }
    } finally {
      await lock.release();
    }

    expect((await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(DEADLINE_MS) })).status).toBe(200);
    expect((await chat(server.url, { conversationId, text: 'Hallo' })).status).toBe(200);
    await server.stop();
  }, 120_000);
});

describe('when the database is gone', () => {
  it('answers chat with the friendly 503 and /health with 503 instead of a 500', async () => {
    const app = await composedApp();
    await app.node.store.close();
    const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Hallo' }) });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string }; replies: Array<{ text: string }> };
    expect(body.error.code).toBe('store_unavailable');
    expect(body.replies[0]?.text).toContain('02421 25-0');
    expect((await app.request('/health')).status).toBe(503);
    const transcript = await app.request(`/api/conversations/${crypto.randomUUID()}`);
    expect(transcript.status).toBe(503);
  }, 120_000);
});

describe('SIGTERM', () => {
  it('lets in-flight requests finish, refuses new ones and exits cleanly within 10 s', async () => {
    const { server, path } = await start('sigterm');
    expect((await chat(server.url, { text: 'Hallo' })).status).toBe(200);
    // Hold the write lock so that requests are certainly in flight when the signal arrives.
    const lock = await lockDatabase(path);
    const inFlight = Array.from({ length: 5 }, (_, i) => chat(server.url, { text: `Was kostet ein Personalausweis? ${i}` }));
    // Long enough for the requests to reach the handler on a busy machine; if SQLite's 5 s busy_timeout
    // runs out first they get the friendly 503, which is a finished response too.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    const signalledAt = performance.now();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(fetch(`${server.url}/health`, { signal: AbortSignal.timeout(DEADLINE_MS) })).rejects.toThrow();
    await lock.release();

    const answers = await Promise.all(inFlight.map(async (pending) => {
      const res = await pending;
      const body = (await res.json()) as { replies?: unknown[] };
      return { status: res.status, replies: body.replies?.length ?? 0 };
    }));
    for (const answer of answers) {
      expect([200, 503]).toContain(answer.status);
      expect(answer.replies).toBeGreaterThan(0);
    }
    expect(await exited).toBe(0);
    expect(performance.now() - signalledAt).toBeLessThan(10_000);
  }, 120_000);
});
