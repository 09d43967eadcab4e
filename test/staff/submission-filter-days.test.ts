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

  it('refuses every von/bis value that is not a calendar day, in the list and in the CSV export, instead of showing everything (retest 19 N5)', async () => {
    const app = await createStaffApp();
    await app.addUser('clara', ['clerk']);
    const { record } = await submit(app, 'a', '2027-01-01T10:00:00.000Z');
    const clerk = new StaffClient(app.app);
    await clerk.login('clara');
    for (const query of ['from=abc&to=xyz', 'to=31.12.2026', 'to=2026-1-1', 'from=2026-12-31T23:00', 'from=%202027-13-01']) {
      const list = await clerk.get(`/staff/submissions?${query}`);
      expect(list.status, query).toBe(400);
      expect(clerk.lastHtml, query).toContain('ist kein Datum. Bitte als JJJJ-MM-TT angeben');
      expect(clerk.lastHtml, query).not.toContain(record.reference);
      const csv = await clerk.get(`/staff/submissions.csv?${query}`);
      expect(csv.status, query).toBe(400);
      expect(await csv.text(), query).not.toContain(record.reference);
    }
    // An empty field (the form sends "from=") still means "no limit".
    await clerk.get('/staff/submissions?from=&to=');
    expect(clerk.lastHtml).toContain(record.reference);
  }, 30_000);

  it('says so when von is after bis, in the list and in the CSV export, instead of showing an empty list', async () => {
    const app = await createStaffApp();
    await app.addUser('clara', ['clerk']);
    await submit(app, 'a', '2027-01-01T10:00:00.000Z');
    const clerk = new StaffClient(app.app);
    await clerk.login('clara');
    const list = await clerk.get('/staff/submissions?from=2027-01-02&to=2027-01-01');
    expect(list.status).toBe(400);
    expect(clerk.lastHtml).toContain('„von“ (02.01.2027) liegt nach „bis“ (01.01.2027)');
    const csv = await clerk.get('/staff/submissions.csv?from=2027-01-02&to=2027-01-01');
    expect(csv.status).toBe(400);
    expect(await csv.text()).toContain('liegt nach');
    await clerk.get('/staff/submissions?from=2027-01-01&to=2027-01-01');
    expect(clerk.lastHtml).toContain('1 Eintrag.');
  }, 30_000);
});
