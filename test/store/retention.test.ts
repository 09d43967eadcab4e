import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { purgeExpired } from '../../src/store/retention.js';
import { conversation, entry } from './store-conformance.js';

describe('retention purge', () => {
  it('deletes conversations idle for longer than the period, with their transcripts, and keeps the rest', async () => {
    const store = await openSqliteStore(':memory:');
    const old = crypto.randomUUID();
    const fresh = crypto.randomUUID();
    await store.saveTurn(conversation(old, { lastSeq: 1, updatedAt: '2026-10-01T00:00:00.000Z' }), [entry(old, 1, 'user', 'alt')]);
    await store.saveTurn(conversation(fresh, { lastSeq: 1, updatedAt: '2026-11-20T00:00:00.000Z' }), [entry(fresh, 1, 'user', 'neu')]);

    const result = await purgeExpired(store.db, new Date('2026-11-26T00:00:00.000Z'), { conversationDays: 30 });

    expect(result).toEqual({ conversations: 1 });
    expect(await store.getConversation(old)).toBeNull();
    expect(await store.getTranscript(old)).toEqual([]);
    expect(await store.getConversation(fresh)).not.toBeNull();
    await store.close();
  });

  it('follows the configured period', async () => {
    const store = await openSqliteStore(':memory:');
    const id = crypto.randomUUID();
    await store.saveTurn(conversation(id, { lastSeq: 1, updatedAt: '2026-11-20T00:00:00.000Z' }), [entry(id, 1, 'user', 'x')]);
    expect(await purgeExpired(store.db, new Date('2026-11-26T00:00:00.000Z'), { conversationDays: 7 })).toEqual({ conversations: 0 });
    expect(await purgeExpired(store.db, new Date('2026-11-26T00:00:00.000Z'), { conversationDays: 5 })).toEqual({ conversations: 1 });
    await store.close();
  });
});
