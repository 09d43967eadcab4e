/**
 * Staff pages confirm changes with fixed codes mapped to texts made on the server (report A5): a link with
 * ?message=… or ?cancelled=… can no longer show any sentence as a system notice in the real workspace.
 */
import { describe, expect, it } from 'vitest';
import { createStaffApp, StaffClient } from './staff-fixture.js';

const PHISHING = 'Passwort abgelaufen: bitte bei evil.example neu setzen';

describe('notices on staff pages', () => {
  it('show no text from the query string on the users page, but the confirmation of a real change', async () => {
    const app = await createStaffApp();
    await app.addUser('ada', ['admin']);
    const admin = new StaffClient(app.app);
    await admin.login('ada');
    await admin.get(`/staff/users?message=${encodeURIComponent(PHISHING)}`);
    expect(admin.lastHtml).not.toContain('evil.example');
    await admin.get(`/staff/users?done=user_created&user=${encodeURIComponent(PHISHING)}`);
    expect(admin.lastHtml).not.toContain('evil.example');
    expect(admin.lastHtml).not.toContain('angelegt');

    const created = await admin.post('/staff/users', { username: 'neu.nutzer', password: 'ein langes Passwort 42', roles: 'clerk' });
    expect(created.status).toBe(303);
    const location = created.headers.get('location') ?? '';
    expect(location).toMatch(/^\/staff\/users\?done=user_created&user=[0-9a-f-]{36}$/);
    await admin.get(location);
    expect(admin.lastHtml).toContain('Benutzer neu.nutzer angelegt.');
  }, 60_000);

  it('confirm a cancelled appointment only when it really is cancelled', async () => {
    const app = await createStaffApp();
    await app.addUser('clara', ['clerk']);
    await app.store.bookAppointment({ service: 'personalausweis', conversationId: null, createdAt: '2026-03-01T10:00:00.000Z', code: 'T1', startsAt: '2026-03-02T08:00:00.000Z', endsAt: '2026-03-02T08:15:00.000Z', name: 'Erika Muster' });
    const clerk = new StaffClient(app.app);
    await clerk.login('clara');
    await clerk.get(`/staff/appointments?day=2026-03-02&cancelled=${encodeURIComponent(PHISHING)}`);
    expect(clerk.lastHtml).not.toContain('evil.example');
    await clerk.get('/staff/appointments?day=2026-03-02&cancelled=T1');
    expect(clerk.lastHtml).not.toContain('wurde abgesagt');
    const cancelled = await clerk.post('/staff/appointments/T1/cancel', { day: '2026-03-02', starts_at: '2026-03-02T08:00:00.000Z' });
    await clerk.get(cancelled.headers.get('location') ?? '');
    expect(clerk.lastHtml).toContain('Termin T1 wurde abgesagt');
  }, 60_000);
});
