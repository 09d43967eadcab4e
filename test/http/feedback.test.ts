/**
 * POST /api/feedback feeds the staff analytics (report A3): it counts only for a conversation that exists, for an
 * answer it really got, once per answer.
 */
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.js';

async function chatted(texts: string[]) {
  const app = await createTestApp();
  let conversationId: string | undefined;
  for (const text of texts) {
    const res = await app.post('/api/chat', { ...(conversationId ? { conversationId } : {}), text });
    conversationId = ((await res.json()) as { conversationId: string }).conversationId;
  }
  return { ...app, conversationId: conversationId ?? '' };
}

describe('feedback on an answer', () => {
  it('is stored for an intent the conversation was answered with, with the answer it is about', async () => {
    const { post, store, conversationId } = await chatted(['Hallo', 'Ausweis']);
    const res = await post('/api/feedback', { conversationId, rating: 'up', intent: 'personalausweis' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ status: 'stored', seq: 4, intent: 'personalausweis' });
    expect(await store.feedbackCounts()).toEqual([{ intent: 'personalausweis', up: 1, down: 0 }]);
  });

  it('is refused with 404 naming conversationId for a conversation that does not exist', async () => {
    const { post, store } = await createTestApp();
    const res = await post('/api/feedback', { conversationId: '00000000-0000-4000-8000-000000000000', rating: 'down', intent: 'personalausweis' });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'conversation_not_found', field: 'conversationId' } });
    expect(await store.feedbackCounts()).toEqual([]);
  });

  it('is refused with 422 naming intent for an intent the conversation was not answered with, or that does not exist', async () => {
    const { post, store, conversationId } = await chatted(['Hallo']);
    for (const intent of ['personalausweis', 'gibtsnicht']) {
      const res = await post('/api/feedback', { conversationId, rating: 'down', intent });
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ error: { code: 'intent_not_answered', field: 'intent', reason: `This conversation was not answered with "${intent}".` } });
    }
    expect(await store.feedbackCounts()).toEqual([]);
  });

  it('counts once per answer: a repeat replaces the rating and answers 200', async () => {
    const { post, store, conversationId } = await chatted(['Ausweis']);
    for (let i = 0; i < 5; i++) await post('/api/feedback', { conversationId, rating: 'down', intent: 'personalausweis' });
    const changed = await post('/api/feedback', { conversationId, rating: 'up', intent: 'personalausweis' });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ status: 'updated' });
    expect(await store.feedbackCounts()).toEqual([{ intent: 'personalausweis', up: 1, down: 0 }]);
  });

  it('is refused with 422 naming seq for a seq that is not an answer, and for a seq whose answer had another topic', async () => {
    const { post, conversationId } = await chatted(['Hallo', 'Ausweis']);
    expect(await (await post('/api/feedback', { conversationId, rating: 'up', seq: 1 })).json()).toMatchObject({ error: { code: 'not_an_answer', field: 'seq' } });
    expect(await (await post('/api/feedback', { conversationId, rating: 'up', seq: 2, intent: 'personalausweis' })).json()).toMatchObject({ error: { code: 'intent_not_answered', field: 'intent' } });
    expect((await post('/api/feedback', { conversationId, rating: 'up', seq: 2 })).status).toBe(201);
  });
});
