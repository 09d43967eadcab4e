/**
 * Things happening at the same time to one conversation (tester-k A1, A3): an erasure while a message is in
 * flight, and a resume code redeemed while the first device is still in a turn. A gate handler holds one turn
 * after it has loaded the conversation, so the race is the same on every run.
 */
import { describe, expect, it } from 'vitest';
import type { TurnHandler } from '../../src/core/turn-handler.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { transcriptHarness } from '../support/transcript-harness.js';

const WOHNGELD = ['dialogs/wohngeld.yaml'];

/** Holds the turn whose text is `text` until released; `entered` resolves once that turn has loaded its state. */
function gate(text: string) {
  let release!: () => void;
  let entered!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => (entered = resolve));
  const handler: TurnHandler = {
    name: 'test-gate',
    async handle(ctx) {
      if (ctx.turn.text !== text) return null;
      entered();
      await released;
      return null;
    },
  };
  return { handler, release, reached };
}

async function wohngeldAtRent(held: ReturnType<typeof gate>, store?: SqlStore) {
  const h = await transcriptHarness({ dialogs: WOHNGELD, handlers: () => [held.handler], ...(store ? { store } : {}) });
  await h.send('Ich möchte Wohngeld beantragen');
  await h.send('3');
  return h;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an erasure while a message of the conversation is in flight', () => {
  it('wins: DELETE answers 204, and neither the message in flight nor one queued after it brings the conversation back', async () => {
    const held = gate('Erika Mustermann');
    const h = await wohngeldAtRent(held);
    const id = h.conversationId ?? '';
    const inFlight = h.post('/api/chat', { conversationId: id, text: 'Erika Mustermann' });
    await held.reached;
    const erased = h.app.request(`/api/conversations/${id}`, { method: 'DELETE' });
    const queued = h.post('/api/chat', { conversationId: id, text: '650 Euro' });
    await pause(20);
    held.release();
    expect((await erased).status).toBe(204);
    // The message in flight finished first (its answer reached the citizen), then everything was deleted.
    expect((await inFlight).status).toBe(200);
    expect((await queued).status).toBe(404);
    expect((await h.app.request(`/api/conversations/${id}`)).status).toBe(404);
    expect(await h.store.getConversation(id)).toBeNull();
    expect(await h.store.getTranscript(id)).toEqual([]);
  });

  it('erased by another server instance (the store directly), the turn in flight writes nothing and answers 404', async () => {
    const held = gate('650 Euro');
    const h = await wohngeldAtRent(held);
    const id = h.conversationId ?? '';
    const inFlight = h.post('/api/chat', { conversationId: id, text: '650 Euro' });
    await held.reached;
    expect(await h.store.deleteConversation(id)).toBe(true);
    held.release();
    const res = await inFlight;
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'conversation_not_found', field: 'conversationId' } });
    expect(await h.store.getConversation(id)).toBeNull();
    expect(await h.store.getTranscript(id)).toEqual([]);
  });
});

describe('a resume code redeemed while the first device is in a turn', () => {
  it('waits for that turn: the other device continues with the answer just given, and the first device’s copy is ended', async () => {
    const held = gate('650 Euro');
    const h = await wohngeldAtRent(held);
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(await h.send('Code bitte'))?.[1] ?? '';
    const first = h.conversationId ?? '';
    const answer = h.post('/api/chat', { conversationId: first, text: '650 Euro' });
    await held.reached;
    const redeemed = h.post('/api/chat', { text: `Code ${code}` });
    // Long enough for the redemption to copy a stale run if it did not wait for the first device.
    await pause(300);
    held.release();
    expect((await answer).status).toBe(200);
    const other = (await (await redeemed).json()) as { dialog?: { step?: string }; replies: Array<{ text: string }> };
    expect(other.replies.map((r) => r.text).join(' ')).toMatch(/Wir machen mit „Wohngeld“ weiter/);
    expect(other.dialog?.step).toBe('einkommen');
    expect((await h.store.getConversation(first))?.state.dialog).toMatchObject({ phase: 'moved', slots: {} });
  });

  it('gives one code per run: "Code bitte" twice makes the first code invalid, and says so', async () => {
    const h = await transcriptHarness({ dialogs: WOHNGELD });
    await h.send('Ich möchte Wohngeld beantragen');
    await h.send('3');
    const firstCode = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(await h.send('Code bitte'))?.[1] ?? '';
    const again = await h.send('Code bitte');
    expect(again).toMatch(/Der Code, den ich Ihnen vorher genannt habe, gilt nicht mehr/);
    const secondCode = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(again)?.[1] ?? '';
    expect(secondCode).not.toBe(firstCode);
    h.useConversation(undefined);
    expect(await h.send(`Code ${firstCode}`)).toMatch(/Diesen Code kenne ich nicht: Er ist falsch geschrieben, abgelaufen \(ein Code gilt 7 Tage\) oder schon benutzt/);
    h.useConversation(undefined);
    expect(await h.send(`Code ${secondCode}`)).toMatch(/Wir machen mit „Wohngeld“ weiter/);
  });

  it('says a code of a run already sent is finished, and offers to start again', async () => {
    const h = await transcriptHarness({ dialogs: ['dialogs/maengelmelder.yaml'] });
    await h.send('Ich möchte einen Schaden melden');
    await h.send('Schlagloch');
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(await h.send('Code bitte'))?.[1] ?? '';
    await h.send('geo:50.80,6.48');
    await h.send('Tiefes Loch mitten auf der Fahrbahn');
    await h.send('überspringen');
    expect(await h.send('ja')).toMatch(/DN-\d{4}-\d{6}/);
    h.useConversation(undefined);
    expect(await h.send(`Code ${code}`)).toMatch(/„Schaden oder Missstand melden“ ist mit diesem Code schon abgeschlossen/);
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).toEqual(['intent:maengelmelder']);
  });
});
