/**
 * The store conformance suite: written against the Store port only. Every implementation
 * (sqlite3 file, sqlite3 :memory:, D1) runs exactly these tests.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationRecord, TranscriptEntry } from '../../src/core/ports.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { purgeExpired } from '../../src/store/retention.js';
import { createSubmissionRepository, submissionPurge, type NewSubmission } from '../../src/store/submission-repository.js';

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

    it('keeps the language of each reply, and none for entries without one', async () => {
      const id = crypto.randomUUID();
      await store.saveTurn(conversation(id, { lastSeq: 3 }), [
        entry(id, 1, 'user', 'Как продлить вид на жительство?'),
        { ...entry(id, 2, 'bot', 'Ich verstehe nur Deutsch und Englisch.'), locale: 'de' },
        { ...entry(id, 3, 'bot', 'I only understand German and English.'), locale: 'en' },
      ]);
      expect((await store.getTranscript(id)).map((e) => e.locale ?? null)).toEqual([null, 'de', 'en']);
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

    it('deletes the resume codes of a deleted conversation at once, and keeps those of other conversations', async () => {
      const [id, other] = [crypto.randomUUID(), crypto.randomUUID()];
      const hash = () => `${crypto.randomUUID()}${crypto.randomUUID()}`.replace(/-/g, '');
      const [mine, theirs] = [hash(), hash()];
      for (const c of [id, other]) await store.saveTurn(conversation(c, { lastSeq: 1 }), [entry(c, 1, 'user', 'später weitermachen')]);
      await store.saveResumeCode(mine, id, '2026-11-26T10:00:00.000Z', '2026-12-03T10:00:00.000Z');
      await store.saveResumeCode(theirs, other, '2026-11-26T10:00:00.000Z', '2026-12-03T10:00:00.000Z');
      expect(await store.deleteConversation(id)).toBe(true);
      expect(await store.db.first<{ n: number }>('SELECT COUNT(*) AS n FROM resume_codes WHERE conversation_id = ?', [id])).toEqual({ n: 0 });
      expect(await store.findResumeCode(theirs, '2026-11-27T00:00:00.000Z')).toBe(other);
    });

    it('does not write a turn back over a conversation erased after the turn loaded it', async () => {
      const id = crypto.randomUUID();
      await store.saveTurn(conversation(id, { lastSeq: 2 }), [entry(id, 1, 'user', 'Hund anmelden'), entry(id, 2, 'bot', 'Wie heißt die Halterin?')]);
      const loaded = await store.getConversation(id);
      expect(await store.deleteConversation(id)).toBe(true);
      const turn = conversation(id, { lastSeq: 4, updatedAt: '2026-11-26T09:01:00.000Z', state: { dialog: { slots: { name: 'Erika Mustermann' } } } });
      const written = await store.saveTurn(turn, [entry(id, 3, 'user', 'Erika Mustermann'), entry(id, 4, 'bot', 'Danke')], { lastSeq: loaded?.lastSeq ?? 0, updatedAt: loaded?.updatedAt ?? '' });
      expect(written).toBe(false);
      expect(await store.getConversation(id)).toBeNull();
      expect(await store.getTranscript(id)).toEqual([]);
    });

    it('refuses a save over a version that changed since it was loaded, and writes a new conversation only once', async () => {
      const id = crypto.randomUUID();
      expect(await store.saveTurn(conversation(id, { lastSeq: 1 }), [entry(id, 1, 'user', 'erste')], null)).toBe(true);
      expect(await store.saveTurn(conversation(id, { lastSeq: 1, state: { second: true } }), [], null)).toBe(false);
      const version = { lastSeq: 1, updatedAt: '2026-11-26T09:00:00.000Z' };
      const next = (text: string) => conversation(id, { lastSeq: 2, updatedAt: '2026-11-26T09:02:00.000Z', state: { text } });
      expect(await store.saveTurn(next('a'), [entry(id, 2, 'user', 'a')], version)).toBe(true);
      expect(await store.saveTurn(next('b'), [entry(id, 2, 'user', 'b')], version)).toBe(false);
      expect((await store.getConversation(id))?.state).toEqual({ text: 'a' });
      expect((await store.getTranscript(id)).map((e) => e.text)).toEqual(['erste', 'a']);
    });

    it('keeps one resume code per conversation: a new code replaces the earlier one', async () => {
      const id = crypto.randomUUID();
      const [first, second] = ['a'.repeat(64), 'b'.repeat(64)];
      expect(await store.saveResumeCode(first, id, '2026-11-26T10:00:00.000Z', '2026-12-03T10:00:00.000Z')).toBe(false);
      expect(await store.saveResumeCode(second, id, '2026-11-26T10:01:00.000Z', '2026-12-03T10:01:00.000Z')).toBe(true);
      expect(await store.findResumeCode(first, '2026-11-27T00:00:00.000Z')).toBeNull();
      expect(await store.findResumeCode(second, '2026-11-27T00:00:00.000Z')).toBe(id);
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

    it('keeps one rating per answer: a second rating of the same conversation and seq replaces the first', async () => {
      const id = crypto.randomUUID();
      await store.saveTurn(conversation(id, { lastSeq: 2 }), [entry(id, 1, 'user', 'Was kostet ein Reisepass?'), entry(id, 2, 'bot', '70 €')]);
      const rating = (value: 'up' | 'down') => ({ conversationId: id, seq: 2, intent: 'reisepass', rating: value, comment: null, at: '2026-11-26T09:00:00.000Z' });
      expect(await store.addFeedback(rating('up'))).toBe('stored');
      expect(await store.addFeedback(rating('down'))).toBe('updated');
      // Other tests of the suite may have rated other topics in the same database.
      expect((await store.feedbackCounts()).filter((c) => c.intent === 'reisepass')).toEqual([{ intent: 'reisepass', up: 0, down: 1 }]);
    });

    const appointment = (code: string, startsAt: string) => ({
      code,
      service: 'personalausweis',
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 15 * 60_000).toISOString(),
      name: 'Erika Mustermann',
      conversationId: null,
      createdAt: '2026-11-26T09:00:00.000Z',
    });

    it('books an appointment slot exactly once under 50 concurrent attempts', async () => {
      const start = '2026-12-03T09:15:00.000Z';
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.bookAppointment(appointment(`C${String(i).padStart(2, '0')}4X7`, start))));
      expect(results.filter((r) => r === 'booked')).toHaveLength(1);
      expect(results.filter((r) => r === 'slot_taken')).toHaveLength(49);
      expect(await store.bookedSlotStarts('2026-12-03T00:00:00.000Z', '2026-12-04T00:00:00.000Z')).toEqual([start]);
    });

    it('tells a code collision apart from a taken slot', async () => {
      expect(await store.bookAppointment(appointment('AC3D4E', '2026-12-03T09:30:00.000Z'))).toBe('booked');
      expect(await store.bookAppointment(appointment('AC3D4E', '2026-12-03T09:45:00.000Z'))).toBe('code_taken');
    });

    it('frees a slot when its appointment is cancelled, and cancels only once', async () => {
      const start = '2026-12-04T08:00:00.000Z';
      expect(await store.bookAppointment(appointment('FG3H4J', start))).toBe('booked');
      expect(await store.cancelAppointment('FG3H4J', '2026-11-27T09:00:00.000Z')).toBe(true);
      expect(await store.cancelAppointment('FG3H4J', '2026-11-27T09:00:00.000Z')).toBe(false);
      expect((await store.getAppointment('FG3H4J'))?.status).toBe('cancelled');
      expect(await store.bookAppointment(appointment('KM3N4P', start))).toBe('booked');
      expect(await store.bookedSlotStarts('2026-12-04T00:00:00.000Z', '2026-12-05T00:00:00.000Z')).toEqual([start]);
    });

    it('moves an appointment to a free slot but not onto a booked one', async () => {
      expect(await store.bookAppointment(appointment('QR3T4U', '2026-12-07T08:00:00.000Z'))).toBe('booked');
      expect(await store.bookAppointment(appointment('VW3X4Y', '2026-12-07T08:15:00.000Z'))).toBe('booked');
      expect(await store.moveAppointment('QR3T4U', '2026-12-07T08:15:00.000Z', '2026-12-07T08:30:00.000Z', '2026-11-27T09:00:00.000Z')).toBe('slot_taken');
      expect(await store.moveAppointment('QR3T4U', '2026-12-07T09:00:00.000Z', '2026-12-07T09:15:00.000Z', '2026-11-27T09:00:00.000Z')).toBe('moved');
      expect(await store.getAppointment('QR3T4U')).toMatchObject({ code: 'QR3T4U', startsAt: '2026-12-07T09:00:00.000Z', status: 'booked', name: 'Erika Mustermann' });
      expect(await store.moveAppointment('NOPE99', '2026-12-07T10:00:00.000Z', '2026-12-07T10:15:00.000Z', '2026-11-27T09:00:00.000Z')).toBe('not_found');
      expect(await store.bookedSlotStarts('2026-12-07T00:00:00.000Z', '2026-12-08T00:00:00.000Z')).toEqual(['2026-12-07T08:15:00.000Z', '2026-12-07T09:00:00.000Z']);
    });

    it('dates every move and cancellation at least a second after the change before, so the calendar SEQUENCE grows (retest 19 N2)', async () => {
      expect(await store.bookAppointment(appointment('SQ3N4C', '2026-12-08T08:00:00.000Z'))).toBe('booked');
      // Booked at 09:00:00.000; three changes within 300 ms.
      expect(await store.moveAppointment('SQ3N4C', '2026-12-08T09:00:00.000Z', '2026-12-08T09:15:00.000Z', '2026-11-26T09:00:00.100Z')).toBe('moved');
      expect((await store.getAppointment('SQ3N4C'))?.updatedAt).toBe('2026-11-26T09:00:01.000Z');
      expect(await store.moveAppointment('SQ3N4C', '2026-12-08T10:00:00.000Z', '2026-12-08T10:15:00.000Z', '2026-11-26T09:00:00.200Z')).toBe('moved');
      expect((await store.getAppointment('SQ3N4C'))?.updatedAt).toBe('2026-11-26T09:00:02.000Z');
      expect(await store.cancelAppointment('SQ3N4C', '2026-11-26T09:00:00.300Z')).toBe(true);
      expect((await store.getAppointment('SQ3N4C'))?.updatedAt).toBe('2026-11-26T09:00:03.000Z');
      // A change later than that keeps its own time.
      expect(await store.bookAppointment(appointment('SQ3N4D', '2026-12-08T11:00:00.000Z'))).toBe('booked');
      expect(await store.moveAppointment('SQ3N4D', '2026-12-08T11:15:00.000Z', '2026-12-08T11:30:00.000Z', '2026-11-27T10:30:00.123Z')).toBe('moved');
      expect((await store.getAppointment('SQ3N4D'))?.updatedAt).toBe('2026-11-27T10:30:00.123Z');
    });

    it('stores survey answers anonymously and counts them per question', async () => {
      await store.addSurveyResponse({ survey: 'bedarf', submittedOn: '2026-11-26', answers: { services: ['wohngeld', 'personalausweis'], channel: ['chat'] }, comment: 'Mehr online bitte' });
      await store.addSurveyResponse({ survey: 'bedarf', submittedOn: '2026-11-27', answers: { services: ['wohngeld'], channel: ['telefon'] }, comment: null });
      await store.addSurveyResponse({ survey: 'other', submittedOn: '2026-11-27', answers: { services: ['wohngeld'] }, comment: null });
      expect(await store.surveyResults('bedarf')).toEqual({
        survey: 'bedarf',
        responses: 2,
        questions: {
          channel: [{ value: 'chat', count: 1 }, { value: 'telefon', count: 1 }],
          services: [{ value: 'wohngeld', count: 2 }, { value: 'personalausweis', count: 1 }],
        },
        comments: ['Mehr online bitte'],
      });
      expect((await store.surveyResults('bedarf', { from: '2026-11-27' })).responses).toBe(1);
    });

    // Stores may be shared between tests (D1): unique keys and prefixes keep each test to its own rows.
    const unique = () => crypto.randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase();
    const submission = (key: string, overrides: Partial<NewSubmission> = {}): NewSubmission => ({
      id: crypto.randomUUID(),
      type: 'wohngeld',
      dialogId: 'wohngeld',
      idempotencyKey: `${key}:${runTag}`,
      conversationId: null,
      payload: { data: { name: 'Maria Schmidt' } },
      summaryTokenHash: 'a'.repeat(64),
      referencePrefix: prefix,
      createdAt: '2026-11-26T10:00:00.000Z',
      retainUntil: '2027-05-25T10:00:00.000Z',
      ...overrides,
    });
    let runTag = '';
    let prefix = '';
    beforeEach(() => {
      runTag = unique();
      prefix = `T${unique()}`;
    });
    const mine = async (table: 'submissions' | 'submission_outbox') =>
      store.db.first<{ n: number }>(
        table === 'submissions'
          ? 'SELECT COUNT(*) AS n FROM submissions WHERE idempotency_key LIKE ?'
          : 'SELECT COUNT(*) AS n FROM submission_outbox WHERE submission_id IN (SELECT id FROM submissions WHERE idempotency_key LIKE ?)',
        [`%:${runTag}`],
      );

    it('numbers submissions at random per prefix and year and queues each for delivery', async () => {
      const a = await store.createSubmission(submission('c:1'));
      const b = await store.createSubmission(submission('c:2'));
      const next = await store.createSubmission(submission('c:3', { createdAt: '2027-01-01T00:00:00.000Z' }));
      expect(a.record.reference).toMatch(new RegExp(`^${prefix}-2026-\\d{6}$`));
      expect(b.record.reference).toMatch(new RegExp(`^${prefix}-2026-\\d{6}$`));
      expect(next.record.reference).toMatch(new RegExp(`^${prefix}-2027-\\d{6}$`));
      expect(b.record.reference).not.toBe(a.record.reference);
      expect(a.created).toBe(true);
      expect((await store.getSubmissionByReference(b.record.reference))?.payload).toEqual({ data: { name: 'Maria Schmidt' } });
      const due = (await store.dueOutbox('2026-11-26T10:00:00.000Z', 1000)).filter((i) => i.reference.startsWith(prefix));
      expect(due.map((i) => i.reference).sort()).toEqual([a.record.reference, b.record.reference].sort());
    });

    it('gives a request sent at 00:30 on 1 January in Düren (23:30 UTC on 31 December) the new year in its reference', async () => {
      const newYear = await store.createSubmission(submission('y:1', { createdAt: '2026-12-31T23:30:00.000Z' }));
      const eve = await store.createSubmission(submission('y:2', { createdAt: '2026-12-31T22:59:59.000Z' }));
      expect(newYear.record.reference).toMatch(new RegExp(`^${prefix}-2027-\\d{6}$`));
      expect(eve.record.reference).toMatch(new RegExp(`^${prefix}-2026-\\d{6}$`));
    });

    it('draws another number when the one drawn is taken, and never counts up', async () => {
      const draws = [41, 41, 99];
      const repo = createSubmissionRepository(store.db, () => draws.shift() ?? 0);
      const first = await repo.createSubmission(submission('r:1'));
      const second = await repo.createSubmission(submission('r:2'));
      expect([first.record.reference, second.record.reference]).toEqual([`${prefix}-2026-000042`, `${prefix}-2026-000100`]);
      expect(await mine('submission_outbox')).toEqual({ n: 2 });
    });

    it('returns the first submission for a repeated idempotency key, without a second row or number', async () => {
      const first = await store.createSubmission(submission('conv:run'));
      const again = await store.createSubmission(submission('conv:run'));
      expect(again).toEqual({ record: first.record, created: false });
      const concurrent = await Promise.all([store.createSubmission(submission('conv:run2')), store.createSubmission(submission('conv:run2'))]);
      expect(concurrent[0].record.reference).toBe(concurrent[1].record.reference);
      expect(await mine('submissions')).toEqual({ n: 2 });
      expect(await mine('submission_outbox')).toEqual({ n: 2 });
      expect(concurrent[0].record.reference).not.toBe(first.record.reference);
    });

    it('records outbox attempts and deliveries', async () => {
      const { record } = await store.createSubmission(submission('k:1'));
      await store.markAttemptFailed(record.id, '2026-11-26T10:05:00.000Z', 'HTTP 503');
      expect(await store.outboxState(record.id)).toEqual({ attempts: 1, nextAttemptAt: '2026-11-26T10:05:00.000Z', deliveredAt: null, lastError: 'HTTP 503' });
      const dueAt = async (at: string) => (await store.dueOutbox(at, 1000)).filter((i) => i.submissionId === record.id);
      expect(await dueAt('2026-11-26T10:04:59.000Z')).toEqual([]);
      expect((await dueAt('2026-11-26T10:05:00.000Z'))[0]).toMatchObject({ submissionId: record.id, attempts: 1, idempotencyKey: `k:1:${runTag}` });
      await store.markDelivered(record.id, '2026-11-26T10:05:01.000Z');
      expect(await dueAt('2027-11-27T00:00:00.000Z')).toEqual([]);
      expect((await store.outboxState(record.id))?.deliveredAt).toBe('2026-11-26T10:05:01.000Z');
    });

    it('deletes submissions and their outbox rows after the retention date', async () => {
      const old = await store.createSubmission(submission('r:1', { retainUntil: '2026-12-01T00:00:00.000Z' }));
      const kept = await store.createSubmission(submission('r:2'));
      const result = await purgeExpired(store.db, new Date('2026-12-02T00:00:00.000Z'), { conversationDays: 30 }, [submissionPurge]);
      expect(result.submissions).toBeGreaterThanOrEqual(1);
      expect(await store.getSubmissionByReference(old.record.reference)).toBeNull();
      expect(await store.outboxState(old.record.id)).toBeNull();
      expect(await store.getSubmissionByReference(kept.record.reference)).not.toBeNull();
    });

    it('finds a resume code by its hash until it expires, and forgets it when deleted', async () => {
      await store.saveResumeCode('h'.repeat(64), 'conv-1', '2026-11-26T10:00:00.000Z', '2026-12-03T10:00:00.000Z');
      expect(await store.findResumeCode('h'.repeat(64), '2026-12-03T09:59:59.000Z')).toBe('conv-1');
      expect(await store.findResumeCode('h'.repeat(64), '2026-12-03T10:00:00.000Z')).toBeNull();
      expect(await store.findResumeCode('x'.repeat(64), '2026-11-27T00:00:00.000Z')).toBeNull();
      await store.deleteResumeCode('h'.repeat(64));
      expect(await store.findResumeCode('h'.repeat(64), '2026-11-27T00:00:00.000Z')).toBeNull();
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
