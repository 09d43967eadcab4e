/**
 * A message sent again with the same id (the widget's "Erneut senden" after the answer was lost on the way,
 * tester-k C1) gets the answer it got the first time and is not applied to the next question.
 */
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { transcriptHarness } from '../support/transcript-harness.js';

const WOHNGELD = ['dialogs/wohngeld.yaml'];

describe('POST /api/chat with a message id', () => {
  it('answers a repeated message id with the first answer and does not take the rent as the income too', async () => {
    const h = await transcriptHarness({ dialogs: WOHNGELD });
    await h.send('Ich möchte Wohngeld beantragen', { messageId: crypto.randomUUID() });
    await h.send('3', { messageId: crypto.randomUUID() });
    const rent = crypto.randomUUID();
    const first = await h.send('650 Euro', { messageId: rent });
    expect(h.last.dialog?.step).toBe('einkommen');
    const again = await h.send('650 Euro', { messageId: rent });
    expect(again).toBe(first);
    expect(h.last.dialog?.step).toBe('einkommen');
    const run = (await h.store.getConversation(h.conversationId ?? ''))?.state.dialog as { slots: Record<string, unknown> };
    expect(run.slots.einkommen).toBeUndefined();
    const transcript = await h.store.getTranscript(h.conversationId ?? '');
    expect(transcript.filter((e) => e.role === 'user' && e.text === '650 Euro')).toHaveLength(1);
  });

  it('after a restart, answers the repeated id from the transcript, still without applying it again', async () => {
    const store = await openSqliteStore(':memory:');
    const h = await transcriptHarness({ dialogs: WOHNGELD, store });
    await h.send('Ich möchte Wohngeld beantragen');
    await h.send('3');
    const rent = crypto.randomUUID();
    const first = await h.send('650 Euro', { messageId: rent });
    const restarted = await transcriptHarness({ dialogs: WOHNGELD, store, conversationId: h.conversationId ?? '' });
    const again = await restarted.send('650 Euro', { messageId: rent });
    expect(again).toBe(first);
    expect(restarted.last.expectingInput).toBe(true);
    const run = (await store.getConversation(h.conversationId ?? ''))?.state.dialog as { step: string; slots: Record<string, unknown> };
    expect(run.step).toBe('einkommen');
    expect(run.slots.einkommen).toBeUndefined();
  });

  it('after a restart, gives the repeated answer its buttons and dialog status back, without links', async () => {
    const store = await openSqliteStore(':memory:');
    const h = await transcriptHarness({ dialogs: WOHNGELD, store });
    await h.send('Ich möchte Wohngeld beantragen');
    await h.send('3');
    await h.send('650 Euro');
    const income = crypto.randomUUID();
    await h.send('2000 Euro brutto', { messageId: income });
    const before = h.last;
    const buttons = before.replies.flatMap((reply) => reply.suggestions ?? []);
    expect(buttons.length).toBeGreaterThan(0);
    const restarted = await transcriptHarness({ dialogs: WOHNGELD, store, conversationId: h.conversationId ?? '' });
    await restarted.send('2000 Euro brutto', { messageId: income });
    expect(restarted.last.replies.flatMap((reply) => reply.suggestions ?? [])).toEqual(buttons);
    expect(restarted.last.replies.map((reply) => reply.suggestions?.length ?? 0)).toEqual(before.replies.map((reply) => reply.suggestions?.length ?? 0));
    expect(restarted.last.dialog).toEqual(before.dialog);
    expect(restarted.last.replies.some((reply) => reply.links)).toBe(false);
  });

  it('applies a new message id as a new message, and the same text with another id too', async () => {
    const h = await transcriptHarness({ dialogs: WOHNGELD });
    await h.send('Ich möchte Wohngeld beantragen', { messageId: crypto.randomUUID() });
    await h.send('3', { messageId: crypto.randomUUID() });
    await h.send('650 Euro', { messageId: crypto.randomUUID() });
    await h.send('650 Euro', { messageId: crypto.randomUUID() });
    expect(h.last.dialog?.step).toBe('einkommen_art');
  });

  it('gives a first message sent twice one conversation, not two', async () => {
    const h = await transcriptHarness({ dialogs: WOHNGELD });
    const messageId = crypto.randomUUID();
    const [a, b] = await Promise.all([h.post('/api/chat', { text: 'Hallo', messageId }), h.post('/api/chat', { text: 'Hallo', messageId })]);
    const [first, second] = (await Promise.all([a.json(), b.json()])) as Array<{ conversationId: string }>;
    expect(second?.conversationId).toBe(first?.conversationId);
    expect((await h.store.getTranscript(first?.conversationId ?? '')).filter((e) => e.role === 'user')).toHaveLength(1);
  });

  it('refuses the same id with another text (a client bug, not a retry) and applies nothing (re-test N7)', async () => {
    const h = await transcriptHarness({ dialogs: WOHNGELD });
    await h.send('Ich möchte Wohngeld beantragen', { messageId: crypto.randomUUID() });
    const id = crypto.randomUUID();
    await h.send('3', { messageId: id });
    const res = await h.post('/api/chat', { conversationId: h.conversationId, text: '650 Euro', messageId: id });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { field: 'messageId' } });
    const run = (await h.store.getConversation(h.conversationId ?? ''))?.state.dialog as { slots: Record<string, unknown> };
    expect(run.slots.miete).toBeUndefined();
  });

  it('refuses a message id that is no UUID, naming the field', async () => {
    const h = await transcriptHarness({ dialogs: WOHNGELD });
    const res = await h.post('/api/chat', { text: 'Hallo', messageId: 'abc' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { field: 'messageId' } });
  });
});
