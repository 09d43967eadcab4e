/**
 * The Workers entry inside workerd (Miniflare, local D1): the fetch handler serves the app, the scheduled
 * handler (the Cron Trigger) purges expired conversations and delivers the submission outbox, signed.
 */
import { applyD1Migrations, env } from 'cloudflare:test';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import worker from '../../src/runtime/workers/index.js';
import type { WorkersEnv } from '../../src/runtime/workers/config.js';

const controller = { scheduledTime: Date.now(), cron: '*/5 * * * *' };
const context = () => {
  const pending: Promise<unknown>[] = [];
  return { waitUntil: (promise: Promise<unknown>) => void pending.push(promise), pending };
};

async function chat(workerEnv: WorkersEnv, text: string, conversationId?: string) {
  const res = await worker.fetch(new Request('https://stadtlotse.example/api/chat', { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.1' }, body: JSON.stringify({ text, ...(conversationId ? { conversationId } : {}) }) }), workerEnv);
  expect(res.status).toBe(200);
  return (await res.json()) as { conversationId: string; intent: { id: string } | null; dialog?: { reference?: string } };
}

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});
afterEach(() => vi.unstubAllGlobals());

describe('the Workers entry', () => {
  it('serves chat, pages and health from the bundled content and model', async () => {
    const answer = await chat(env, 'Was kostet der Personalausweis?');
    expect(answer.intent?.id).toBe('personalausweis');
    const health = await worker.fetch(new Request('https://stadtlotse.example/health'), env);
    expect(await health.json()).toMatchObject({ status: 'ok', db: 'ok' });
    const page = await worker.fetch(new Request('https://stadtlotse.example/chat'), env);
    expect(page.status).toBe(200);
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('stores a lone surrogate as U+FFFD and no bidi override in D1, the same bytes as on Node (retest 19 N6)', async () => {
    const { conversationId } = await chat(env, 'Ausweis \ud800 verloren \u202eXYZ');
    const row = await env.DB.prepare("SELECT hex(text) AS bytes FROM transcript WHERE conversation_id = ? AND role = 'user'").bind(conversationId).first<{ bytes: string }>();
    const expected = [...new TextEncoder().encode('Ausweis \ufffd verloren XYZ')].map((byte) => byte.toString(16).padStart(2, '0')).join('').toUpperCase();
    expect(row?.bytes).toBe(expected);
  });

  it('tells a message in another language, in German and in English (franc runs in workerd)', async () => {
    const res = await worker.fetch(new Request('https://stadtlotse.example/api/chat', { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.1' }, body: JSON.stringify({ text: 'Jak przedłużyć kartę pobytu?' }) }), env);
    const body = (await res.json()) as { intent: { id: string }; replies: Array<{ text: string; locale?: string }> };
    expect(body.intent.id).toBe('unknown');
    expect(body.replies.map((reply) => reply.locale)).toEqual([undefined, 'en']);
    expect(body.replies[1]?.text).toMatch(/only understand German and English/);
  });

  it('purges conversations past their retention period from the scheduled handler', async () => {
    const old = await chat(env, 'Hallo');
    const fresh = await chat(env, 'Wo ist das Bürgerbüro?');
    await env.DB.prepare('UPDATE conversations SET updated_at = ? WHERE id = ?').bind(new Date(Date.now() - 40 * 86_400_000).toISOString(), old.conversationId).run();
    const ctx = context();
    await worker.scheduled(controller, env, ctx);
    await Promise.all(ctx.pending);
    const left = await env.DB.prepare('SELECT id FROM conversations WHERE id IN (?, ?)').bind(old.conversationId, fresh.conversationId).all<{ id: string }>();
    expect(left.results.map((row: { id: string }) => row.id)).toEqual([fresh.conversationId]);
  });

  it('delivers a confirmed Wohngeld application to the webhook from the scheduled handler, signed, once', async () => {
    const hookEnv: WorkersEnv = { ...env, SUBMISSION_WEBHOOK_URL: 'https://rathaus.example/hook', SUBMISSION_WEBHOOK_SECRET: 'workers-secret-0123456789' };
    let conversationId: string | undefined;
    let reference = '';
    for (const text of ['Wohngeld', '1', '450 Euro', '1500 Euro', 'Lohn', 'nichts davon', 'hier', 'ja', 'Maria Schmidt', '12.03.1980', 'Markt 1, 52349 Düren', 'überspringen', 'überspringen', 'ja']) {
      const answer = await chat(hookEnv, text, conversationId);
      conversationId = answer.conversationId;
      reference = answer.dialog?.reference ?? reference;
    }
    expect(reference).toMatch(/^DN-\d{4}-\d{6}$/);
    const deliveries: Array<{ url: string; body: string; signature: string | null }> = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      deliveries.push({ url: request.url, body: await request.text(), signature: request.headers.get('x-stadtlotse-signature') });
      return new Response(null, { status: 204 });
    });
    await worker.scheduled(controller, hookEnv, context());
    await worker.scheduled(controller, hookEnv, context());
    expect(deliveries).toHaveLength(1);
    const delivery = deliveries[0];
    expect(delivery?.url).toBe('https://rathaus.example/hook');
    expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({ reference, type: 'wohngeld' });
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('workers-secret-0123456789'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(delivery?.body ?? '')));
    expect(delivery?.signature).toBe(`sha256=${[...mac].map((b) => b.toString(16).padStart(2, '0')).join('')}`);
  });

  it('refuses to start with a city profile the bundle was not built for, on every request', async () => {
    const wrong: WorkersEnv = { ...env, CITY_PROFILE: 'aachen' };
    for (let i = 0; i < 2; i++) {
      const res = await worker.fetch(new Request('https://stadtlotse.example/health'), wrong);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ error: { code: 'misconfigured', reason: expect.stringMatching(/built for "dueren"/) } });
    }
  });
});
