/**
 * Clerks working in parallel (tester-k E1): a status change or an appointment cancellation made from a page
 * that is out of date is refused with what changed, and the audit log's "vorher" is the real one. And every
 * list and export audit names the references shown (tester-j 16).
 */
import { describe, expect, it } from 'vitest';
import { createStaffRepository } from '../../src/staff/store/staff-repository.js';
import { createCaseworkApp, NOW, type CaseworkApp } from './casework-fixture.js';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ');

async function stored(app: CaseworkApp, name: string): Promise<string> {
  const { record } = await app.store.createSubmission({
    id: crypto.randomUUID(),
    type: 'maengelmelder',
    dialogId: 'maengelmelder',
    idempotencyKey: `${crypto.randomUUID()}:run`,
    conversationId: null,
    payload: { summary: [{ label: { de: 'Name', en: 'Name' }, value: name }], data: { name } },
    summaryTokenHash: 'x',
    referencePrefix: 'DN',
    createdAt: NOW.toISOString(),
    retainUntil: '2099-01-01T00:00:00.000Z',
  });
  return record.reference;
}

const statusAudit = async (app: CaseworkApp) =>
  (await createStaffRepository(app.store.db).listAudit({ limit: 50, offset: 0, action: 'submission.status' })).map((e) => ({ by: e.username, before: e.before, after: e.after }));

describe('clerks changing the same case at the same time', () => {
  it('refuses a status change from a page loaded before another clerk changed it, and says who set what', async () => {
    const app = await createCaseworkApp();
    const reference = await stored(app, 'Erika Mustermann');
    const anna = await app.signedIn('anna', ['clerk']);
    const bernd = await app.signedIn('bernd', ['clerk']);
    await anna.get(`/staff/submissions/${reference}`);
    expect(anna.lastHtml).toContain('name="loaded_status" value="new"');
    expect((await anna.post(`/staff/submissions/${reference}/status`, { status: 'in_progress', loaded_status: 'new' })).status).toBe(303);
    // Bernd's page still shows "neu".
    const refused = await bernd.post(`/staff/submissions/${reference}/status`, { status: 'rejected', loaded_status: 'new' });
    expect(refused.status).toBe(409);
    const page = text(await refused.text());
    expect(page).toContain('Nicht gespeichert: Der Antrag wurde inzwischen von anna auf „in Bearbeitung“ gesetzt');
    expect(page).toContain('„abgelehnt“ werden, wählen Sie den Status erneut');
    const record = await app.store.getSubmissionByReference(reference);
    expect(await app.store.getSubmissionProgress(record?.id ?? '')).toBe('in_progress');
    expect(await statusAudit(app)).toEqual([{ by: 'anna', before: { status: 'new' }, after: { status: 'in_progress' } }]);
  }, 30_000);

  it('stores one of two changes saved at the same moment, with the real "vorher" in the audit log', async () => {
    const app = await createCaseworkApp();
    const reference = await stored(app, 'Erika Mustermann');
    const anna = await app.signedIn('anna', ['clerk']);
    const bernd = await app.signedIn('bernd', ['clerk']);
    expect((await anna.post(`/staff/submissions/${reference}/status`, { status: 'rejected', loaded_status: 'new' })).status).toBe(303);
    const [a, b] = await Promise.all([
      anna.post(`/staff/submissions/${reference}/status`, { status: 'done', loaded_status: 'rejected' }),
      bernd.post(`/staff/submissions/${reference}/status`, { status: 'in_progress', loaded_status: 'rejected' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([303, 409]);
    const audit = await statusAudit(app);
    expect(audit).toHaveLength(2);
    const second = audit.find((e) => JSON.stringify(e.after) !== JSON.stringify({ status: 'rejected' }));
    expect(second?.before).toEqual({ status: 'rejected' });
    const record = await app.store.getSubmissionByReference(reference);
    expect(await app.store.getSubmissionProgress(record?.id ?? '')).toBe(a.status === 303 ? 'done' : 'in_progress');
  }, 30_000);

  it('does not cancel an appointment the citizen moved after the clerk loaded the day view', async () => {
    const app = await createCaseworkApp();
    const clerk = await app.signedIn('clara', ['clerk']);
    const base = { service: 'personalausweis', conversationId: null, createdAt: NOW.toISOString(), name: 'Erika Muster' };
    await app.store.bookAppointment({ ...base, code: 'UTUXV3', startsAt: '2026-12-07T13:00:00.000Z', endsAt: '2026-12-07T13:15:00.000Z' });
    await clerk.get('/staff/appointments?day=2026-12-07');
    expect(clerk.lastHtml).toContain('name="starts_at" value="2026-12-07T13:00:00.000Z"');
    // The citizen moves it in the chat meanwhile.
    expect(await app.store.moveAppointment('UTUXV3', '2026-12-02T07:45:00.000Z', '2026-12-02T08:00:00.000Z', NOW.toISOString())).toBe('moved');
    const refused = await clerk.post('/staff/appointments/UTUXV3/cancel', { day: '2026-12-07', starts_at: '2026-12-07T13:00:00.000Z' });
    expect(refused.status).toBe(409);
    expect(text(await refused.text())).toContain('Termin UTUXV3 wurde inzwischen auf 02.12.2026, 08:45 Uhr verschoben und ist nicht abgesagt');
    expect(await app.store.getAppointment('UTUXV3')).toMatchObject({ status: 'booked', startsAt: '2026-12-02T07:45:00.000Z' });
    expect((await clerk.post('/staff/appointments/UTUXV3/cancel', { day: '2026-12-02', starts_at: '2026-12-02T07:45:00.000Z' })).status).toBe(303);
    expect((await app.store.getAppointment('UTUXV3'))?.status).toBe('cancelled');
  }, 30_000);
});

describe('audit of lists and exports', () => {
  it('records every reference shown by an unfiltered list and by the CSV export, not only the row count', async () => {
    const app = await createCaseworkApp();
    const references = [await stored(app, 'Erika Mustermann'), await stored(app, 'Paul Probe')];
    const clerk = await app.signedIn('clara', ['clerk']);
    await clerk.get('/staff/submissions');
    await clerk.get('/staff/submissions.csv');
    const repo = createStaffRepository(app.store.db);
    for (const action of ['submission.list', 'submission.export']) {
      const [entry] = await repo.listAudit({ limit: 1, offset: 0, action });
      expect(entry?.after).toMatchObject({ rows: 2 });
      expect([...((entry?.after as { references?: string[] } | null)?.references ?? [])].sort()).toEqual([...references].sort());
    }
  }, 30_000);
});
