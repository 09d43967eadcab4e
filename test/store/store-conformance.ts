/**
 * The store conformance suite: written against the Store port only. Every implementation
 * (sqlite3 file, sqlite3 :memory:, D1) runs exactly these tests.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationRecord, TranscriptEntry } from '../../src/core/ports.js';
import type { SqlStore } from '../../src/store/sql-store.js';

export interface StoreFactory {
  open(): Promise<SqlStore>;
  /** Closes and reopens the same database, when the implementation is persistent. */
  reopen?: (store: SqlStore) => Promise<SqlStore>;
}

export function conversation(id: string, overrides: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    id,
    locale: 'de',
    plainLanguage: false,
    channel: 'web',
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T09:00:00.000Z',
    lastSeq: 0,
    state: {},
    ...overrides,
  };
}

export function entry(conversationId: string, seq: number, role: 'user' | 'bot', text: string): TranscriptEntry {
  return { conversationId, seq, role, text, intent: role === 'user' ? 'begruessung' : null, confidence: role === 'user' ? 0.9 : null, at: '2026-11-26T09:00:00.000Z' };
}

export function describeStoreConformance(name: string, factory: StoreFactory): void {
  describe(`store conformance: ${name}`, () => {
    let store: SqlStore;
    beforeEach(async () => {
      store = await factory.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('returns null for an unknown conversation', async () => {
      expect(await store.getConversation('00000000-0000-4000-8000-000000000000')).toBeNull();
    });

    it('saves a turn and reads state and transcript back', async () => {
      const id = crypto.randomUUID();
      await store.saveTurn(conversation(id, { lastSeq: 2, state: { dialog: { id: 'wohngeld', slots: { miete: 650 } } } }), [
        entry(id, 1, 'user', 'Hallo'),
        entry(id, 2, 'bot', 'Guten Tag'),
      ]);
      const saved = await store.getConversation(id);
      expect(saved).toMatchObject({ id, locale: 'de', lastSeq: 2, state: { dialog: { id: 'wohngeld', slots: { miete: 650 } } } });
      const transcript = await store.getTranscript(id);
      expect(transcript.map((e) => [e.seq, e.role, e.text])).toEqual([
        [1, 'user', 'Hallo'],
        [2, 'bot', 'Guten Tag'],
      ]);
      expect(transcript[0]).toMatchObject({ intent: 'begruessung', confidence: 0.9 });
    });

    it('updates an existing conversation instead of duplicating it', async () => {
      const id = crypto.randomUUID();
      await store.saveTurn(conversation(id, { lastSeq: 1 }), [entry(id, 1, 'user', 'eins')]);
      await store.saveTurn(conversation(id, { lastSeq: 2, locale: 'en', plainLanguage: true, updatedAt: '2026-11-26T10:00:00.000Z' }), [entry(id, 2, 'user', 'zwei')]);
      expect(await store.getConversation(id)).toMatchObject({ locale: 'en', plainLanguage: true, lastSeq: 2, createdAt: '2026-11-26T09:00:00.000Z', updatedAt: '2026-11-26T10:00:00.000Z' });
      expect((await store.getTranscript(id)).map((e) => e.text)).toEqual(['eins', 'zwei']);
    });

    it('rejects a duplicate transcript sequence number and keeps the earlier state', async () => {
      const id = crypto.randomUUID();
      await store.saveTurn(conversation(id, { lastSeq: 1, state: { step: 1 } }), [entry(id, 1, 'user', 'eins')]);
      await expect(store.saveTurn(conversation(id, { lastSeq: 1, state: { step: 2 } }), [entry(id, 1, 'user', 'doppelt')])).rejects.toThrow();
      expect((await store.getConversation(id))?.state).toEqual({ step: 1 });
      expect((await store.getTranscript(id)).map((e) => e.text)).toEqual(['eins']);
    });

    it('keeps unrelated writes when one concurrent write fails', async () => {
      const a = crypto.randomUUID();
      const b = crypto.randomUUID();
      await store.saveTurn(conversation(a, { lastSeq: 1 }), [entry(a, 1, 'user', 'a1')]);
      const results = await Promise.allSettled([
        store.saveTurn(conversation(a, { lastSeq: 1 }), [entry(a, 1, 'user', 'a1 again')]),
        store.saveTurn(conversation(b, { lastSeq: 1 }), [entry(b, 1, 'user', 'b1')]),
      ]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
      expect((await store.getTranscript(b)).map((e) => e.text)).toEqual(['b1']);
    });

    it('stores text with quotes, emoji and umlauts unchanged', async () => {
      const id = crypto.randomUUID();
      const text = `Grüße "Düren" 'ß' 😀 ; DROP TABLE conversations; --`;
      await store.saveTurn(conversation(id, { lastSeq: 1 }), [entry(id, 1, 'user', text)]);
      expect((await store.getTranscript(id))[0]?.text).toBe(text);
    });

    it('deletes state and transcript together', async () => {
      const id = crypto.randomUUID();
      await store.saveTurn(conversation(id, { lastSeq: 1 }), [entry(id, 1, 'user', 'Hallo')]);
      expect(await store.deleteConversation(id)).toBe(true);
      expect(await store.getConversation(id)).toBeNull();
      expect(await store.getTranscript(id)).toEqual([]);
      expect(await store.deleteConversation(id)).toBe(false);
    });

    it('handles many concurrent turns of different conversations', async () => {
      const ids = Array.from({ length: 50 }, () => crypto.randomUUID());
      await Promise.all(ids.map((id) => store.saveTurn(conversation(id, { lastSeq: 1 }), [entry(id, 1, 'user', id)])));
      for (const id of ids) expect((await store.getTranscript(id))[0]?.text).toBe(id);
    });

    it('stores and counts feedback per intent', async () => {
      await store.addFeedback({ conversationId: null, seq: null, intent: 'wohngeld', rating: 'up', comment: null, at: '2026-11-26T09:00:00.000Z' });
      await store.addFeedback({ conversationId: null, seq: null, intent: 'wohngeld', rating: 'down', comment: null, at: '2026-11-26T09:00:00.000Z' });
      await store.addFeedback({ conversationId: null, seq: null, intent: 'wohngeld', rating: 'up', comment: null, at: '2026-11-26T09:00:00.000Z' });
      expect(await store.feedbackCounts()).toEqual([{ intent: 'wohngeld', up: 2, down: 1 }]);
    });

    if (factory.reopen) {
      const reopen = factory.reopen;
      it('keeps a conversation after the database is closed and reopened', async () => {
        const id = crypto.randomUUID();
        await store.saveTurn(conversation(id, { lastSeq: 1, state: { kept: true } }), [entry(id, 1, 'user', 'bleibt')]);
        store = await reopen(store);
        expect((await store.getConversation(id))?.state).toEqual({ kept: true });
        expect((await store.getTranscript(id)).map((e) => e.text)).toEqual(['bleibt']);
      });
    }
  });
}
