/**
 * Conformance of the writes that join appointments and submissions (booking in the submission's batch,
 * erasure, a deleted conversation), for every store (sqlite3, D1). Stores may be shared between tests (D1):
 * each test uses its own codes, keys and slot times.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { AppointmentSlotTaken, type NewAppointment } from '../../src/store/appointment-repository.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { eraseSubmissionData } from '../../src/store/submission-erasure.js';
import type { NewSubmission } from '../../src/store/submission-repository.js';
import { conversation, entry, type StoreFactory } from './store-conformance.js';

const unique = () => crypto.randomUUID().replace(/-/g, '').slice(0, 6).toUpperCase();

export function describeAppointmentWriteConformance(name: string, factory: StoreFactory): void {
  describe(`appointment and submission writes: ${name}`, () => {
    let store: SqlStore;
    let tag = '';
    // A slot of its own per test: a random quarter hour in 2031.
    let start = '';
    beforeEach(async () => {
      store = await factory.open();
      tag = unique();
      start = new Date(Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 30_000) * 15 * 60_000).toISOString();
    });

    const appointment = (code: string, overrides: Partial<NewAppointment> = {}): NewAppointment => ({
      code,
      service: 'personalausweis',
      startsAt: start,
      endsAt: new Date(Date.parse(start) + 15 * 60_000).toISOString(),
      name: 'Erika Mustermann',
      conversationId: null,
      createdAt: '2030-12-01T09:00:00.000Z',
      ...overrides,
    });
    const submission = (key: string, code: string, overrides: Partial<NewSubmission> = {}): NewSubmission => ({
      id: crypto.randomUUID(),
      type: 'buergerbuero_termin',
      dialogId: 'buergerbuero_termin',
      idempotencyKey: `${key}:${tag}`,
      conversationId: null,
      payload: { data: { action: 'book', code, start, service: 'personalausweis' }, summary: [{ label: { de: 'Name', en: 'Name' }, value: 'Erika Mustermann' }] },
      summaryTokenHash: 'a'.repeat(64),
      referencePrefix: `T${tag.slice(0, 5)}`,
      createdAt: '2030-12-01T09:00:00.000Z',
      retainUntil: '2031-02-01T09:00:00.000Z',
      ...overrides,
    });

    it('books an appointment in the same write as its submission, and a taken slot stores neither', async () => {
      const first = `A${tag.slice(1)}`;
      const second = `B${tag.slice(1)}`;
      const { created } = await store.createSubmission({ ...submission('c1', first), appointment: { kind: 'book', appointment: appointment(first) } });
      expect(created).toBe(true);
      expect((await store.getAppointment(first))?.status).toBe('booked');
      await expect(store.createSubmission({ ...submission('c2', second), appointment: { kind: 'book', appointment: appointment(second) } })).rejects.toBeInstanceOf(AppointmentSlotTaken);
      expect(await store.getSubmissionByIdempotencyKey(`c2:${tag}`)).toBeNull();
      expect(await store.getAppointment(second)).toBeNull();
      // The same run confirmed again (its own slot): the first submission, no error and no second booking.
      const again = await store.createSubmission({ ...submission('c1', second), appointment: { kind: 'book', appointment: appointment(second) } });
      expect(again.created).toBe(false);
      expect(await store.getAppointment(second)).toBeNull();
    });

    it('cancels an appointment in the same write as the cancellation record', async () => {
      const code = `C${tag.slice(1)}`;
      expect(await store.bookAppointment(appointment(code))).toBe('booked');
      await store.createSubmission({ ...submission('x1', code), appointment: { kind: 'cancel', code, at: '2030-12-02T09:00:00.000Z' } });
      expect((await store.getAppointment(code))?.status).toBe('cancelled');
    });

    it('cancels for a clerk only the appointment at the start time the clerk saw', async () => {
      const code = `D${tag.slice(1)}`;
      expect(await store.bookAppointment(appointment(code))).toBe('booked');
      const moved = new Date(Date.parse(start) + 15 * 60_000).toISOString();
      expect(await store.moveAppointment(code, moved, new Date(Date.parse(moved) + 15 * 60_000).toISOString(), '2030-12-02T09:00:00.000Z')).toBe('moved');
      expect(await store.cancelAppointment(code, '2030-12-02T09:05:00.000Z', start)).toBe(false);
      expect((await store.getAppointment(code))?.status).toBe('booked');
      expect(await store.cancelAppointment(code, '2030-12-02T09:05:00.000Z', moved)).toBe(true);
    });

    it('cancels the upcoming appointment and removes its name when the citizen erases the booking', async () => {
      const code = `E${tag.slice(1)}`;
      const { record } = await store.createSubmission({ ...submission('e1', code), appointment: { kind: 'book', appointment: appointment(code) } });
      expect(await eraseSubmissionData(store.db, record.id, '2030-12-03T09:00:00.000Z')).toEqual({ appointmentCancelled: true });
      expect(await store.getAppointment(code)).toMatchObject({ status: 'cancelled', name: '', conversationId: null });
      expect(await store.bookedSlotStarts(start, new Date(Date.parse(start) + 1).toISOString())).toEqual([]);
    });

    it('removes the name but keeps the record of an appointment that is over when the citizen erases it', async () => {
      const code = `F${tag.slice(1)}`;
      const { record } = await store.createSubmission({ ...submission('f1', code), appointment: { kind: 'book', appointment: appointment(code) } });
      const later = new Date(Date.parse(start) + 86_400_000).toISOString();
      expect(await eraseSubmissionData(store.db, record.id, later)).toEqual({ appointmentCancelled: false });
      expect(await store.getAppointment(code)).toMatchObject({ status: 'booked', name: '' });
    });

    it('removes a deleted conversation id from feedback, submissions and appointments at once', async () => {
      const id = `conv-${tag}`;
      const code = `G${tag.slice(1)}`;
      await store.saveTurn(conversation(id, { lastSeq: 2 }), [entry(id, 1, 'user', 'Termin'), entry(id, 2, 'bot', 'Gebucht')]);
      await store.addFeedback({ conversationId: id, seq: 2, intent: 'termin', rating: 'up', comment: null, at: '2030-12-01T09:00:00.000Z' });
      await store.createSubmission({ ...submission('g1', code, { conversationId: id }), appointment: { kind: 'book', appointment: appointment(code, { conversationId: id }) } });
      expect(await store.deleteConversation(id)).toBe(true);
      const left = await store.db.all<{ n: number }>(
        'SELECT (SELECT COUNT(*) FROM feedback WHERE conversation_id = ?) + (SELECT COUNT(*) FROM submissions WHERE conversation_id = ?) + (SELECT COUNT(*) FROM appointments WHERE conversation_id = ?) AS n',
        [id, id, id],
      );
      expect(left).toEqual([{ n: 0 }]);
      expect((await store.getAppointment(code))?.status).toBe('booked');
    });
  });
}
