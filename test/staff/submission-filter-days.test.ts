import { describe, expect, it } from 'vitest';
import { createCaseworkRepository } from '../../src/staff/store/casework-repository.js';
import { createStaffApp, StaffClient, type StaffApp } from './staff-fixture.js';

function submit(app: StaffApp, key: string, createdAt: string) {
  return app.store.createSubmission({
    id: crypto.randomUUID(),
    type: 'maengelmelder',
    dialogId: 'maengelmelder',
    idempotencyKey: key,
    conversationId: null,
    payload: { summary: [] },
    summaryTokenHash: 'x',
    referencePrefix: 'DN',
    createdAt,
    retainUntil: '2099-01-01T00:00:00.000Z',
  });
}

describe('the submission filter of the staff workspace (tester-o A2)', () => {
  it('filters by the Berlin day, so a request sent at 00:30 on 1 January is found under 1 January', async () => {
    const app = await createStaffApp();
    await app.addUser('clara', ['clerk']);
    // 23:30 UTC on 31.12. is 00:30 on 1.1. in Düren; 22:30 UTC is still 23:30 on New Year's Eve.
    const { record: newYear } = await submit(app, 'a', '2026-12-31T23:30:00.000Z');
    const { record: eve } = await submit(app, 'b', '2026-12-31T22:30:00.000Z');
    const clerk = new StaffClient(app.app);
    await clerk.login('clara');

    await clerk.get('/staff/submissions?from=2027-01-01&to=2027-01-01');
    expect(clerk.lastHtml).toContain(newYear.reference);
    expect(clerk.lastHtml).not.toContain(eve.reference);
    await clerk.get('/staff/submissions?from=2026-12-31&to=2026-12-31');
    expect(clerk.lastHtml).toContain(eve.reference);
    expect(clerk.lastHtml).not.toContain(newYear.reference);
    const csv = await (await clerk.get('/staff/submissions.csv?from=2027-01-01&to=2027-01-01')).text();
    expect(csv).toContain(`${newYear.reference};`);
    expect(csv).not.toContain(`${eve.reference};`);
  }, 30_000);

  it('counts a summer day from 22:00 UTC the day before (CEST) to 22:00 UTC', async () => {
    const app = await createStaffApp();
    const early = (await submit(app, 'a', '2027-07-14T22:10:00.000Z')).record;
    const late = (await submit(app, 'b', '2027-07-15T21:50:00.000Z')).record;
    const next = (await submit(app, 'c', '2027-07-15T22:10:00.000Z')).record;
    const found = (await createCaseworkRepository(app.store.db).listSubmissions({ from: '2027-07-15', to: '2027-07-15' })).map((s) => s.reference);
    expect(found.sort()).toEqual([early.reference, late.reference].sort());
    expect(found).not.toContain(next.reference);
  }, 30_000);

  it('refuses a day that does not exist with a clear message instead of an error page', async () => {
    const app = await createStaffApp();
    await app.addUser('clara', ['clerk']);
    const clerk = new StaffClient(app.app);
    await clerk.login('clara');
    const res = await clerk.get('/staff/submissions?from=2026-02-30');
    expect(res.status).toBe(400);
    expect(clerk.lastHtml).toContain('ist kein Datum');
  }, 30_000);
});
