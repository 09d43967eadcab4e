import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { harness, realContent, suggestionValues } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-termin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

async function bookUntilConfirm(h: Awaited<ReturnType<typeof harness>>) {
  await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
  await h.send('Donnerstag nach 14 Uhr');
  await h.send('1');
  return h.send('Erika Mustermann');
}

describe('Bürgerbüro appointment (buergerbuero_termin)', () => {
  it('shows "egal" as the preferred time in the summary when any time suits', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    expect(await h.send('egal')).toMatch(/1\) /);
    await h.send('1');
    const summary = await h.send('Erika Mustermann');
    expect(summary).toMatch(/Wunschzeit: egal/);
    expect(summary).not.toContain('{}');
  });

  it('books one of three offered slots from a natural wish and gives a code and a calendar file', async () => {
    const h = await harness();
    const first = await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    expect(first).toMatch(/Anliegen: Personalausweis/);
    expect(first).toMatch(/Wann passt es Ihnen/);
    const offer = await h.send('Donnerstag nach 14 Uhr');
    expect(offer).toMatch(/1\) Donnerstag, 3\.12\.2026, 14:00 Uhr\n2\) Donnerstag, 3\.12\.2026, 14:15 Uhr\n3\) Donnerstag, 3\.12\.2026, 14:30 Uhr/);
    expect(await h.send('den zweiten')).toMatch(/Termin: Donnerstag, 3\.12\.2026, 14:15 Uhr[\s\S]*Auf welchen Namen/);
    expect(await h.send('Erika Mustermann')).toMatch(/Ist alles richtig/);
    const done = await h.send('ja');
    const code = /Bestätigungscode: ([A-Z0-9]{6})/.exec(done)?.[1] ?? '';
    expect(done).toMatch(/Ihre Terminanfrage für Donnerstag, 3\.12\.2026, 14:15 Uhr, Markt 2/);
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(h.last.dialog).toMatchObject({ id: 'buergerbuero_termin', done: true });
    expect(await h.store.getAppointment(code)).toMatchObject({ service: 'personalausweis', startsAt: '2026-12-03T13:15:00.000Z', name: 'Erika Mustermann', status: 'booked' });

    const ics = await h.app.request(`/api/appointments/${code}.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await ics.text();
    expect(body.split('\r\n').length).toBeGreaterThan(10);
    expect(body).not.toMatch(/[^\r]\n/);
    expect(body).toContain('DTSTART;TZID=Europe/Berlin:20261203T141500');
    expect(body).toContain('DTEND;TZID=Europe/Berlin:20261203T143000');
    expect(body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(body).not.toContain('Mustermann');
    expect((await h.app.request('/api/appointments/nope.ics')).status).toBe(400);
    expect((await h.app.request('/api/appointments/AC3H46.ics')).status).toBe(404);
  });

  it('lets exactly one of 50 concurrent bookings of the same slot succeed; the others get new slots', async () => {
    const h0 = await harness();
    const people = await Promise.all(Array.from({ length: 50 }, () => harness({ store: h0.store })));
    for (const h of people) expect(await bookUntilConfirm(h)).toMatch(/Donnerstag, 3\.12\.2026, 14:00 Uhr[\s\S]*Ist alles richtig/);
    // Through the engine, not HTTP: the chat route's per-turn timeout would measure the machine, not the booking.
    const results = await Promise.all(people.map((h) => h.context.engine.handle({ channel: 'web', conversationId: h.conversationId ?? '', text: 'ja' })));
    const replies = results.map((r) => r.replies.map((reply) => reply.text).join('\n'));
    const booked = replies.filter((r) => /Bestätigungscode/.test(r));
    const taken = replies.filter((r) => /gerade von jemand anderem gebucht/.test(r));
    expect(booked).toHaveLength(1);
    expect(taken).toHaveLength(49);
    for (const r of taken) expect(r).toMatch(/1\) Donnerstag, 3\.12\.2026, 14:15 Uhr/);
    expect(await h0.store.bookedSlotStarts('2026-12-03T00:00:00.000Z', '2026-12-04T00:00:00.000Z')).toEqual(['2026-12-03T13:00:00.000Z']);
  });

  it('cancels by code ("Termin absagen CODE") after checking the name, and frees the slot', async () => {
    const h = await harness();
    await bookUntilConfirm(h);
    const code = /Bestätigungscode: ([A-Z0-9]{6})/.exec(await h.send('ja'))?.[1] ?? '';
    const c = await harness({ store: h.store });
    expect(await c.send(`Termin absagen ${code}`)).toMatch(/Auf welchen Namen ist der Termin gebucht/);
    expect(await c.send('Max Muster')).toMatch(/Der Name passt nicht/);
    expect(await c.send('erika mustermann')).toMatch(/Ihr Termin: Donnerstag, 3\.12\.2026, 14:00 Uhr[\s\S]*Ist alles richtig/);
    expect(await c.send('ja')).toMatch(/Ihr Termin am Donnerstag, 3\.12\.2026, 14:00 Uhr ist abgesagt/);
    expect((await h.store.getAppointment(code))?.status).toBe('cancelled');
    expect(await h.store.bookedSlotStarts('2026-12-03T00:00:00.000Z', '2026-12-04T00:00:00.000Z')).toEqual([]);
  });

  it('says that an appointment the Bürgerbüro cancelled is cancelled, instead of "no appointment found"', async () => {
    const h = await harness();
    await bookUntilConfirm(h);
    const code = /Bestätigungscode: ([A-Z0-9]{6})/.exec(await h.send('ja'))?.[1] ?? '';
    await h.store.cancelAppointment(code, '2026-11-26T09:30:00.000Z');
    const c = await harness({ store: h.store });
    expect(await c.send(`Termin verschieben ${code}`)).toMatch(/Der Termin am Donnerstag, 3\.12\.2026, 14:00 Uhr ist schon abgesagt\. Haben Sie einen anderen Code/);
  });

  it('moves an appointment by code to a new slot and keeps the code', async () => {
    const h = await harness();
    await bookUntilConfirm(h);
    const code = /Bestätigungscode: ([A-Z0-9]{6})/.exec(await h.send('ja'))?.[1] ?? '';
    const m = await harness({ store: h.store });
    expect(await m.send(`Ich möchte meinen Termin ${code} verschieben`)).toMatch(/Auf welchen Namen/);
    expect(await m.send('Erika Mustermann')).toMatch(/Wann passt es Ihnen/);
    expect(await m.send('nächste Woche vormittags')).toMatch(/1\) Montag, 30\.11\.2026, 07:30 Uhr/);
    expect(await m.send('1')).toMatch(/Ist alles richtig/);
    expect(await m.send('ja')).toMatch(/verschoben auf Montag, 30\.11\.2026, 07:30 Uhr/);
    expect(await h.store.getAppointment(code)).toMatchObject({ startsAt: '2026-11-30T06:30:00.000Z', status: 'booked' });
  });

  it('takes a correction (back to the wish), a digression with resume, and hands over to a person after three failures', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für einen Reisepass');
    expect(await h.send('Donnerstag nach 14 Uhr')).toMatch(/1\) Donnerstag, 3\.12\.2026, 14:00 Uhr/);
    expect(await h.send('zurück')).toMatch(/Wann passt es Ihnen/);
    expect(await h.send('nächste Woche vormittags')).toMatch(/1\) Montag, 30\.11\.2026, 07:30 Uhr/);
    expect(await h.send('Wo ist das Bürgerbüro?')).toMatch(/Markt 2[\s\S]*weitermachen/);
    expect(await h.send('ja')).toMatch(/mit seiner Nummer/);
    expect(await h.send('blau')).toMatch(/mit seiner Nummer/);
    await h.send('grün');
    expect(await h.send('gelb')).toMatch(/02421 25-2000/);
  });

  it('cancels the dialog on request and books nothing', async () => {
    const h = await harness();
    await h.send('Termin im Bürgerbüro buchen');
    expect(await h.send('abbrechen')).toMatch(/wirklich abbrechen/);
    expect(await h.send('ja')).toMatch(/nichts gebucht/);
    expect(h.last.dialog).toMatchObject({ done: true });
  });

  it('continues after a restart: the same conversation on a reopened database file', async () => {
    const path = join(dir, 'restart.sqlite');
    const before = await harness({ store: await openSqliteStore(path) });
    await before.send('Termin beim Bürgerbüro für einen Reisepass');
    await before.send('Donnerstag nach 14 Uhr');
    const id = before.conversationId;
    await before.store.close();
    const after = await harness({ store: await openSqliteStore(path), ...(id ? { conversationId: id } : {}) });
    expect(await after.send('3')).toMatch(/Termin: Donnerstag, 3\.12\.2026, 14:30 Uhr[\s\S]*Auf welchen Namen/);
    await after.store.close();
  });
  it('refuses a slot button of an earlier offer instead of booking what now stands at its place', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro');
    await h.send('', { action: 'reisepass' });
    await h.send('Dienstag vormittag');
    const old = h.last.replies.at(-1)?.suggestions?.[0]?.value ?? '';
    expect(old).toMatch(/^\d{1,2}\.\d{1,2}\.2026 \d{2}:\d{2}$/);
    await h.send('zurück');
    await h.send('Donnerstag nach 14 Uhr');
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).not.toContain(old);
    const reply = await h.send('', { action: old });
    expect(reply).toMatch(/Das ist keiner der angebotenen Termine/);
    expect(reply).not.toMatch(/Verstanden: Termin/);
    expect(h.last.dialog?.step).toBe('termin');
  });

  it('reports the dialog status, the option buttons and the three offered slots in the HTTP response of POST /api/chat', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro');
    expect(h.last.dialog).toEqual({ id: 'buergerbuero_termin', step: 'anliegen', done: false });
    expect(suggestionValues(h)).toEqual(['personalausweis', 'reisepass', 'wohnsitz', 'meldebescheinigung', 'fuehrungszeugnis', 'bewohnerparkausweis', 'sonstiges']);
    // The buttons are pressed, as in the widget and Teams (they send the value as an action).
    await h.send('', { action: 'reisepass' });
    await h.send('Donnerstag nach 14 Uhr');
    expect(h.last.dialog).toEqual({ id: 'buergerbuero_termin', step: 'termin', done: false });
    expect(h.last.replies.at(-1)?.suggestions).toEqual([
      { title: 'Donnerstag, 3.12.2026, 14:00 Uhr', value: '3.12.2026 14:00' },
      { title: 'Donnerstag, 3.12.2026, 14:15 Uhr', value: '3.12.2026 14:15' },
      { title: 'Donnerstag, 3.12.2026, 14:30 Uhr', value: '3.12.2026 14:30' },
    ]);
    expect(await h.send('', { action: '3.12.2026 14:30' })).toMatch(/Termin: Donnerstag, 3\.12\.2026, 14:30 Uhr/);
    await h.send('Erika Mustermann');
    expect(h.last.dialog).toEqual({ id: 'buergerbuero_termin', step: 'confirm', done: false });
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    const done = await h.send('', { action: 'ja' });
    expect(h.last.dialog).toEqual({ id: 'buergerbuero_termin', step: null, done: true, reference: expect.stringMatching(/^DN-2026-\d{6}$/) });
    // Two numbers, each said with its purpose: the code for the citizen, the reference for questions.
    expect(done).toMatch(/^Ihre Terminanfrage für [^\n]* ist eingetragen\. Ihr Bestätigungscode: [A-Z0-9]{6}\./);
    expect(done).toMatch(/Die Vorgangsnummer DN-2026-\d{6} brauchen Sie nur bei Rückfragen an das Bürgerbüro\. Zum Absagen oder Verschieben genügt der Bestätigungscode\./);
    expect(done).not.toMatch(/Bitte notieren Sie sie/);
  });

  it('takes the action and the service from the first message', async () => {
    const h = await harness();
    expect(await h.send('Ich brauche einen Termin im Bürgerbüro für einen Reisepass')).toMatch(/Anliegen: Reisepass[\s\S]*Wann passt es Ihnen/);
    expect(h.last.dialog?.step).toBe('wunsch');
    await h.send('Donnerstag nach 14 Uhr');
    await h.send('1');
    expect(await h.send('Erika Mustermann')).toMatch(/Anliegen zum Termin: Termin buchen\n• Anliegen: Reisepass/);
  });

  it('changes the service by name at a later question ("nein, Reisepass", "doch lieber Personalausweis")', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    const first = await h.send('nein, Reisepass');
    expect(first).toMatch(/Korrigiert: Anliegen: Reisepass/);
    expect(first).toMatch(/Wann passt es Ihnen/);
    expect(h.last.dialog?.step).toBe('wunsch');
    await h.send('Donnerstag nach 14 Uhr');
    const second = await h.send('doch lieber Personalausweis');
    expect(second).toMatch(/Korrigiert: Anliegen: Personalausweis[\s\S]*1\) Donnerstag, 3\.12\.2026, 14:00 Uhr/);
    expect(h.last.dialog?.step).toBe('termin');
    await h.send('2');
    await h.send('Erika Mustermann');
    const code = /Bestätigungscode: ([A-Z0-9]{6})/.exec(await h.send('ja'))?.[1] ?? '';
    expect(await h.store.getAppointment(code)).toMatchObject({ service: 'personalausweis', startsAt: '2026-12-03T13:15:00.000Z' });
  });
});
