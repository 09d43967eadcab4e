/** Retention with an injected clock: every table with personal data is emptied on its own schedule, nothing earlier. */
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { purgeTargets } from '../../src/store/purge-targets.js';
import { purgeExpired } from '../../src/store/retention.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { conversation, entry } from '../store/store-conformance.js';

const DAY = 86_400_000;
const created = new Date('2026-03-01T10:00:00.000Z');
const at = (days: number) => new Date(created.getTime() + days * DAY);
const policy = { conversationDays: 30 };

async function submission(store: SqlStore, conversationId: string, retentionDays: number) {
  const { record } = await store.createSubmission({
    id: crypto.randomUUID(),
    type: 'wohngeld',
    dialogId: 'wohngeld',
    idempotencyKey: `${conversationId}:run-1`,
    conversationId,
    payload: { data: { name: 'Erika Mustermann', iban: 'DE89370400440532013000' } },
    summaryTokenHash: 'a'.repeat(64),
    referencePrefix: 'DN',
    createdAt: created.toISOString(),
    retainUntil: at(retentionDays).toISOString(),
  });
  return record;
}

describe('retention with an injected clock', () => {
  it('deletes a conversation 30 days after its last message, a submission at its retention date, and unlinks what referred to them', async () => {
    const store = await openSqliteStore(':memory:');
    const id = crypto.randomUUID();
    await store.saveTurn(conversation(id, { lastSeq: 1, createdAt: created.toISOString(), updatedAt: created.toISOString() }), [entry(id, 1, 'user', 'Wohngeld beantragen')]);
    await store.addFeedback({ conversationId: id, seq: 1, intent: 'wohngeld', rating: 'up', comment: null, at: created.toISOString() });
    await store.saveResumeCode('b'.repeat(64), id, created.toISOString(), at(60).toISOString());
    const record = await submission(store, id, 180);

    // Day 29: everything is kept.
    await purgeExpired(store.db, at(29), policy, purgeTargets);
    expect(await store.getConversation(id)).not.toBeNull();
    expect(await store.getSubmissionByReference(record.reference)).not.toBeNull();

    // Day 31: the conversation, its transcript, its resume code and the feedback's link are gone; the submission stays.
    const day31 = await purgeExpired(store.db, at(31), policy, purgeTargets);
    expect(day31).toMatchObject({ conversations: 1, submissions: 0 });
    expect(await store.getConversation(id)).toBeNull();
    expect(await store.getTranscript(id)).toEqual([]);
    expect(await store.findResumeCode('b'.repeat(64), at(31).toISOString())).toBeNull();
    const feedback = await store.db.all<{ conversation_id: string | null; intent: string }>('SELECT conversation_id, intent FROM feedback');
    expect(feedback).toEqual([{ conversation_id: null, intent: 'wohngeld' }]);
    expect(await store.getSubmissionByReference(record.reference)).not.toBeNull();

    // Day 179 kept, day 181 gone with its outbox row.
    expect((await purgeExpired(store.db, at(179), policy, purgeTargets)).submissions).toBe(0);
    expect((await purgeExpired(store.db, at(181), policy, purgeTargets)).submissions).toBe(1);
    expect(await store.getSubmissionByReference(record.reference)).toBeNull();
    expect(await store.db.all('SELECT * FROM submission_outbox')).toEqual([]);
    await store.close();
  });

  it('follows each submission type its own period (an appointment request 60 days, a Wohngeld application 180)', async () => {
    const store = await openSqliteStore(':memory:');
    const short = await submission(store, crypto.randomUUID(), 60);
    const long = await submission(store, crypto.randomUUID(), 180);
    await purgeExpired(store.db, at(61), policy, purgeTargets);
    expect(await store.getSubmissionByReference(short.reference)).toBeNull();
    expect(await store.getSubmissionByReference(long.reference)).not.toBeNull();
    await store.close();
  });
});
