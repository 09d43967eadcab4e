import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.js';

describe('POST /api/nlu/parse', () => {
  it('returns the intent ranking best first and the entities', async () => {
    const { post } = await createTestApp();
    const res = await post('/api/nlu/parse', { text: 'Ausweis beantragen' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { intents: Array<{ id: string; confidence: number }>; entities: unknown[] };
    expect(body.intents[0]?.id).toBe('personalausweis');
    expect(body.intents.length).toBeLessThanOrEqual(5);
    expect(Array.isArray(body.entities)).toBe(true);
  });

  it('rejects an empty text with 400 naming the field', async () => {
    const { post } = await createTestApp();
    const res = await post('/api/nlu/parse', { text: '' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { field: 'text' } });
  });
});

describe('the citizen transcript', () => {
  it('can be downloaded with every message in order', async () => {
    const { post, app } = await createTestApp();
    const { conversationId } = (await (await post('/api/chat', { text: 'Hallo' })).json()) as { conversationId: string };
    await post('/api/chat', { conversationId, text: 'Ausweis' });
    const res = await app.request(`/api/conversations/${conversationId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { messages: Array<{ role: string; text: string }> };
    expect(body.messages.map((m) => m.role)).toEqual(['user', 'bot', 'user', 'bot']);
    expect(body.messages[0]?.text).toBe('Hallo');
  });

  it('is gone after the citizen deletes it, and the conversation cannot continue', async () => {
    const { post, app } = await createTestApp();
    const { conversationId } = (await (await post('/api/chat', { text: 'Hallo' })).json()) as { conversationId: string };
    const deleted = await app.request(`/api/conversations/${conversationId}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await app.request(`/api/conversations/${conversationId}`)).status).toBe(404);
    expect((await app.request(`/api/conversations/${conversationId}`, { method: 'DELETE' })).status).toBe(404);
    expect((await post('/api/chat', { conversationId, text: 'Hallo' })).status).toBe(404);
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const { app } = await createTestApp();
    const bad = await app.request('/api/conversations/123');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_id', field: 'id' } });
    const unknown = await app.request(`/api/conversations/${crypto.randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'conversation_not_found' } });
  });
});

describe('GET /health', () => {
  it('is 200 with the intent count while the database answers', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: 'ok', intents: 3, outboxPending: 0, oldestPendingMinutes: null });
  });

  it('is 503 when the database does not answer', async () => {
    const { app, store } = await createTestApp();
    await store.close();
    const res = await app.request('/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', db: 'error' });
  });
});

describe('POST /api/feedback', () => {
  it('stores a thumbs-down for an intent the conversation was answered with', async () => {
    const { post, store } = await createTestApp();
    const { conversationId } = (await (await post('/api/chat', { text: 'Hallo' })).json()) as { conversationId: string };
    const res = await post('/api/feedback', { conversationId, rating: 'down', intent: 'begruessung' });
    expect(res.status).toBe(201);
    expect(await store.feedbackCounts()).toEqual([{ intent: 'begruessung', up: 0, down: 1 }]);
  });

  it('rejects an unknown rating with 400 naming the field', async () => {
    const { post } = await createTestApp();
    const res = await post('/api/feedback', { conversationId: crypto.randomUUID(), rating: 'meh' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { field: 'rating' } });
  });
});

describe('unknown routes', () => {
  it('get a JSON 404', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('get 405 with Allow: POST for GET and PUT on /api/chat, as JSON', async () => {
    const { app } = await createTestApp();
    for (const method of ['GET', 'PUT']) {
      const res = await app.request('/api/chat', { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
      expect(await res.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
    }
  });

  it('get a small HTML page when a browser asks for a page, and JSON for API clients and /api/ paths', async () => {
    const { app } = await createTestApp();
    const page = await app.request('/gibt-es-nicht', { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toMatch(/<html lang="de">/);
    expect(html).toContain('Seite nicht gefunden');
    expect(html).toContain('<a href="/">');
    expect((await app.request('/gibt-es-nicht', { headers: { accept: 'application/json' } })).headers.get('content-type')).toMatch(/json/);
    expect((await app.request('/api/gibt-es-nicht', { headers: { accept: 'text/html' } })).headers.get('content-type')).toMatch(/json/);
  });
});
