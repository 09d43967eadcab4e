/**
 * Bürgerbüro cases as the clerk reads them (tester-m B1, B4): the booking case says what became of its
 * appointment, a cancel or move case names the booking, the service and the appointment, and the day view and
 * its CSV show the service's German label. Real Düren content; clock Thursday, 26 November 2026.
 */
import { describe, expect, it } from 'vitest';
import { createCaseworkApp, type CaseworkApp } from './casework-fixture.js';

const CODE = /Bestätigungscode: ([A-Z0-9]{6})/;
const REFERENCE = /DN-\d{4}-\d{6}/;

/** Books Thursday 3.12.2026, 14:00 for Erika Mustermann; returns the booking's reference and code. */
async function book(app: CaseworkApp): Promise<{ reference: string; code: string }> {
  app.newConversation();
  await app.send('Ich brauche einen Termin im Bürgerbüro für den Reisepass');
  await app.send('Donnerstag nach 14 Uhr');
  await app.send('1');
  await app.send('Erika Mustermann');
  const done = await app.send('ja');
  return { reference: REFERENCE.exec(done)?.[0] ?? '', code: CODE.exec(done)?.[1] ?? '' };
}

/** The citizen cancels in the chat; returns the reference of the cancel case. */
async function cancelInChat(app: CaseworkApp, code: string): Promise<string> {
  app.newConversation();
  await app.send(`Termin absagen ${code}`);
  await app.send('mustermann');
  return REFERENCE.exec(await app.send('ja'))?.[0] ?? '';
}

describe('a Bürgerbüro booking case', () => {
  it('shows that the citizen cancelled it, and the cancel case names the booking, the service and the appointment', async () => {
    const app = await createCaseworkApp();
    const clerk = await app.signedIn('clara', ['clerk']);
    const booking = await book(app);
    const cancel = await cancelInChat(app, booking.code);
    await clerk.get(`/staff/submissions/${booking.reference}`);
    expect(clerk.lastHtml).toMatch(new RegExp(`Stand des Termins</dt><dd>abgesagt am 26\\.11\\.2026, 10:00 durch die Bürgerin/den Bürger \\(Vorgang ${cancel}\\)`));
    await clerk.get(`/staff/submissions/${cancel}`);
    expect(clerk.lastHtml).toContain(`Betrifft die Buchung</dt><dd>${booking.reference}`);
    expect(clerk.lastHtml).toContain('Anliegen</dt><dd>Reisepass');
    expect(clerk.lastHtml).toContain('Abgesagter Termin</dt><dd>Donnerstag, 3.12.2026, 14:00 Uhr');
    await clerk.get('/staff/submissions');
    expect(clerk.lastHtml).toContain('Termin abgesagt am 26.11.2026, 10:00 durch die Bürgerin/den Bürger');
    // The cancel case is found by the name on the booking, which it did not ask for in full.
    await clerk.get('/staff/submissions?name=Erika');
    expect(clerk.lastHtml).toContain(cancel);
  }, 60_000);

  it('shows a move with its new time, and a cancellation by the Bürgerbüro', async () => {
    const app = await createCaseworkApp();
    const clerk = await app.signedIn('clara', ['clerk']);
    const booking = await book(app);
    app.newConversation();
    await app.send(`Termin verschieben ${booking.code}`);
    await app.send('Erika Mustermann');
    await app.send('nächste Woche vormittags');
    await app.send('1');
    const move = REFERENCE.exec(await app.send('ja'))?.[0] ?? '';
    await clerk.get(`/staff/submissions/${booking.reference}`);
    expect(clerk.lastHtml).toContain(`Stand des Termins</dt><dd>verschoben auf Montag, 30.11.2026, 07:30 Uhr (Vorgang ${move})`);
    await clerk.get(`/staff/submissions/${move}`);
    expect(clerk.lastHtml).toContain('Verschoben</dt><dd>von Donnerstag, 3.12.2026, 14:00 Uhr auf Montag, 30.11.2026, 07:30 Uhr');
    await clerk.get('/staff/appointments?day=2026-11-30');
    expect((await clerk.post(`/staff/appointments/${booking.code}/cancel`, { day: '2026-11-30', starts_at: '2026-11-30T06:30:00.000Z' })).status).toBe(303);
    await clerk.get(`/staff/submissions/${booking.reference}`);
    expect(clerk.lastHtml).toContain('Stand des Termins</dt><dd>abgesagt am 26.11.2026, 10:00 durch das Bürgerbüro');
  }, 60_000);
});

describe('the appointment day view', () => {
  it('shows the service by its German label, and the CSV has German headers, labels and key columns', async () => {
    const app = await createCaseworkApp();
    const clerk = await app.signedIn('clara', ['clerk']);
    const booking = await book(app);
    await clerk.get('/staff/appointments?day=2026-12-03');
    expect(clerk.lastHtml).toContain('<td>Reisepass</td>');
    expect(clerk.lastHtml).not.toContain('<td>reisepass</td>');
    const csv = await (await clerk.get('/staff/appointments.csv?day=2026-12-03')).text();
    expect(csv).toContain('Beginn (Europe/Berlin);Ende (Europe/Berlin);Anliegen;Anliegen (Kennung);Name;Code;Status;Status (Kennung)');
    expect(csv).toContain(`2026-12-03 14:00:00;2026-12-03 14:15:00;Reisepass;reisepass;Erika Mustermann;${booking.code};gebucht;booked`);
  }, 60_000);
});
