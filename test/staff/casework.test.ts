import { describe, expect, it } from 'vitest';
import { createStaffApp, postChat, StaffClient } from './staff-fixture.js';

describe('submissions and appointments for clerks', () => {
  it('lists, filters, shows (audited), changes status (audited) and exports submissions', async () => {
    const app = await createStaffApp();
    await app.addUser('clara', ['clerk']);
    await app.addUser('ada', ['admin']);
    const { record } = await app.store.createSubmission({
      id: crypto.randomUUID(),
      type: 'maengelmelder',
      dialogId: 'maengelmelder',
      idempotencyKey: 'k1',
      conversationId: null,
      payload: { summary: [{ label: { de: 'Ort', en: 'Place' }, value: 'Markt 1' }] },
      summaryTokenHash: 'x',
      referencePrefix: 'DN',
      createdAt: '2026-03-02T09:00:00.000Z',
      retainUntil: '2099-01-01T00:00:00.000Z',
    });
    const clerk = new StaffClient(app.app);
    await clerk.login('clara');
    await clerk.get('/staff/submissions?status=new');
    expect(clerk.lastHtml).toContain(record.reference);
    await clerk.get(`/staff/submissions/${record.reference}`);
    expect(clerk.lastHtml).toContain('Markt 1');
    expect((await clerk.post(`/staff/submissions/${record.reference}/status`, { status: 'in_progress', loaded_status: 'new' })).status).toBe(303);
    await clerk.get('/staff/submissions?status=new');
    expect(clerk.lastHtml).not.toContain(record.reference);
    await clerk.get('/staff/submissions?status=in_progress');
    expect(clerk.lastHtml).toContain(record.reference);
    const csv = await clerk.get('/staff/submissions.csv');
    const exported = await csv.text();
    // Local time like the screen (09:00 UTC is 10:00 in Berlin in March), the zone named in the header.
    expect(exported).toContain('Aktenzeichen;Art;Art (Kennung);Name;Eingang (Europe/Berlin);Status;Status (Kennung);Status geändert (Europe/Berlin)');
    expect(exported).toContain(`${record.reference};maengelmelder;maengelmelder;;2026-03-02 10:00:00;in Bearbeitung;in_progress`);
    const admin = new StaffClient(app.app);
    await admin.login('ada');
    await admin.get('/staff/audit?action=submission.');
    expect(admin.lastHtml).toContain('submission.view');
    expect(admin.lastHtml).toContain('submission.status');
    expect(admin.lastHtml).toContain('submission.export');
    expect(admin.lastHtml).toContain('clara');
  }, 30_000);

  it('shows the appointment calendar of a day and cancels an appointment, freeing the slot', async () => {
    const app = await createStaffApp();
    await app.addUser('clara', ['clerk']);
    const base = { service: 'personalausweis', conversationId: null, createdAt: '2026-03-01T10:00:00.000Z' };
    await app.store.bookAppointment({ ...base, code: 'T1', startsAt: '2026-03-02T08:00:00.000Z', endsAt: '2026-03-02T08:15:00.000Z', name: 'Erika Muster' });
    await app.store.bookAppointment({ ...base, code: 'T2', startsAt: '2026-03-03T08:00:00.000Z', endsAt: '2026-03-03T08:15:00.000Z', name: 'Max Muster' });
    const clerk = new StaffClient(app.app);
    await clerk.login('clara');
    await clerk.get('/staff/appointments?day=2026-03-02');
    expect(clerk.lastHtml).toContain('Erika Muster');
    expect(clerk.lastHtml).toContain('09:00–09:15');
    expect(clerk.lastHtml).not.toContain('Max Muster');
    expect((await clerk.post('/staff/appointments/T1/cancel', { day: '2026-03-02', starts_at: '2026-03-02T08:00:00.000Z' })).status).toBe(303);
    expect((await app.store.getAppointment('T1'))?.status).toBe('cancelled');
    expect(await app.store.bookedSlotStarts('2026-03-02T00:00:00.000Z', '2026-03-03T00:00:00.000Z')).toEqual([]);
    const audit = await app.staffRepo.listAudit({ limit: 10, offset: 0, action: 'appointment.' });
    expect(audit.map((e) => e.action)).toContain('appointment.cancel');
    expect(audit.map((e) => e.action)).toContain('appointment.view_day');
  }, 30_000);

  it('exports appointments in Berlin time, as the screen shows them, with the zone in the header', async () => {
    const app = await createStaffApp();
    await app.addUser('clara', ['clerk']);
    await app.store.bookAppointment({ service: 'personalausweis', conversationId: null, createdAt: '2026-11-20T10:00:00.000Z', code: 'UMU7AX', startsAt: '2026-12-01T06:30:00.000Z', endsAt: '2026-12-01T06:45:00.000Z', name: 'Paul Probe' });
    const clerk = new StaffClient(app.app);
    await clerk.login('clara');
    await clerk.get('/staff/appointments?day=2026-12-01');
    expect(clerk.lastHtml).toContain('07:30–07:45');
    const csv = await (await clerk.get('/staff/appointments.csv?day=2026-12-01')).text();
    // German headers as in the submissions CSV; without the appointment dialog in this content the label is the key.
    expect(csv).toContain('Beginn (Europe/Berlin);Ende (Europe/Berlin);Anliegen;Anliegen (Kennung);Name;Code;Status;Status (Kennung)');
    expect(csv).toContain('2026-12-01 07:30:00;2026-12-01 07:45:00;personalausweis;personalausweis;Paul Probe;UMU7AX;gebucht;booked');
  }, 30_000);

  it('counts unrecognised questions after which the citizen pressed a suggested topic, not a greeting', async () => {
    const app = await createStaffApp();
    await app.addUser('eddie', ['editor']);
    const post = (body: Record<string, string>) => postChat(app, body);
    for (const pressed of ['intent:hundesteuer', 'intent:begruessung']) {
      const first = await post({ text: 'unser neuer vierbeiner ist da, was müssen wir bei der stadt erledigen' });
      expect(first.intent?.id).toBe('unknown');
      await post({ conversationId: first.conversationId, action: pressed });
    }
    const client = new StaffClient(app.app);
    await client.login('eddie');
    await client.get('/staff/analytics');
    expect(client.lastHtml).toMatch(/Nicht verstanden: 2 · danach ein vorgeschlagenes Thema gewählt \(„Meinten Sie …\?“\):\s*<strong>1<\/strong> \(50/);
  }, 30_000);

  it('counts a message with two questions once among the questions and under both topics', async () => {
    const app = await createStaffApp();
    await app.addUser('eddie', ['editor']);
    const both = await postChat(app, { text: 'Wo kann ich den Reisepass beantragen? Und wo kann ich Sperrmüll anmelden?' });
    expect(both.replies).toHaveLength(2);
    await postChat(app, { text: 'Reisepass abgelaufen, was nun?' });
    const client = new StaffClient(app.app);
    await client.login('eddie');
    await client.get('/staff/analytics');
    expect(client.lastHtml).toMatch(/<p>\s*2 Fragen in 30 Tagen/);
    const csv = await (await client.get('/staff/analytics.csv?table=topics')).text();
    expect(csv).toMatch(/reisepass;[^;\n]*;2/);
    expect(csv).toMatch(/sperrmuell;[^;\n]*;1/);
  }, 30_000);

  it('keeps analytics free of message texts and names, with CSV export', async () => {
    const app = await createStaffApp();
    await app.addUser('eddie', ['editor']);
    await app.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'reisepass beantragen geheimwort' }) });
    const client = new StaffClient(app.app);
    await client.login('eddie');
    await client.get('/staff/analytics');
    expect(client.lastHtml).toMatch(/<svg class="chart" role="img" aria-labelledby="topics-title topics-desc"/);
    expect(client.lastHtml).toContain('<title id="topics-title">');
    expect(client.lastHtml).not.toContain('geheimwort');
    const csv = await client.get('/staff/analytics.csv?table=topics');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toMatch(/reisepass;reisepass;1/);
  }, 30_000);
});
