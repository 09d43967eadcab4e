/**
 * What the citizen learns about a booked appointment afterwards (tester-m B2, D1): the status lookup of the
 * booking ("Status DN-…" in the chat, GET /api/submissions/<ref>/status) says when the Bürgerbüro cancelled it,
 * and a booking made on opening hours the city has not confirmed is not confirmed as firm.
 * Clock: Thursday, 26 November 2026, 10:00 in Düren.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

const CODE = /(?:Bestätigungscode|confirmation code): ([A-Z0-9]{6})/;
const REFERENCE = /DN-\d{4}-\d{6}/;

/** Books Thursday 3.12.2026, 14:00; returns the confirmation reply. */
async function book(h: Harness, english = false): Promise<string> {
  if (english) {
    await h.send('I need an appointment at the citizens office for a passport');
    await h.send('Thursday after 2 pm');
    await h.send('1');
    await h.send('John Smith');
    return h.send('yes');
  }
  await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
  await h.send('Donnerstag nach 14 Uhr');
  await h.send('1');
  await h.send('Erika Mustermann');
  return h.send('ja');
}

async function statusApi(h: Harness, reference: string): Promise<Record<string, unknown>> {
  return (await (await h.app.request(`/api/submissions/${reference}/status`)).json()) as Record<string, unknown>;
}

describe('the status of a booking whose appointment the Bürgerbüro cancelled', () => {
  it('says so in the chat and in the status API, instead of "not started"', async () => {
    const h = await harness();
    const done = await book(h);
    const reference = REFERENCE.exec(done)?.[0] ?? '';
    const code = CODE.exec(done)?.[1] ?? '';
    expect(await statusApi(h, reference)).toMatchObject({ progress: 'new', appointment: 'booked' });
    // What the "Absagen" button of /staff/appointments does.
    await h.store.cancelAppointment(code, '2026-11-26T09:30:00.000Z');
    const asked = await harness({ store: h.store });
    const reply = await asked.send(`Status ${reference}`);
    expect(reply).toMatch(/Der Termin wurde vom Bürgerbüro abgesagt\. Einen neuen Termin buchen Sie hier im Chat/);
    expect(reply).toMatch(/02421 25-2000/);
    expect(reply).not.toMatch(/Bearbeitet wird er noch nicht/);
    expect(await statusApi(h, reference)).toMatchObject({ progress: 'new', appointment: 'cancelled_by_office' });
  });

  it('says so in English and in plain language', async () => {
    const h = await harness();
    const done = await book(h, true);
    const reference = REFERENCE.exec(done)?.[0] ?? '';
    await h.store.cancelAppointment(CODE.exec(done)?.[1] ?? '', '2026-11-26T09:30:00.000Z');
    const en = await harness({ store: h.store });
    expect(await en.send(`Status ${reference}`, { locale: 'en' })).toMatch(/The appointment was cancelled by the citizens' office/);
    const plain = await harness({ store: h.store });
    expect(await plain.send(`Status ${reference}`, { plainLanguage: true })).toMatch(/Das Bürgerbüro hat den Termin abgesagt/);
  });

  it('tells a cancellation by the citizen and a move apart from one by the office', async () => {
    const h = await harness();
    const done = await book(h);
    const reference = REFERENCE.exec(done)?.[0] ?? '';
    const code = CODE.exec(done)?.[1] ?? '';
    const m = await harness({ store: h.store });
    await m.send(`Termin verschieben ${code}`);
    await m.send('Erika Mustermann');
    await m.send('nächste Woche vormittags');
    await m.send('1');
    expect(await m.send('ja')).toMatch(/verschoben auf/);
    expect(await statusApi(h, reference)).toMatchObject({ appointment: 'moved' });
    const c = await harness({ store: h.store });
    await c.send(`Termin absagen ${code}`);
    await c.send('Erika Mustermann');
    await c.send('ja');
    expect(await statusApi(h, reference)).toMatchObject({ appointment: 'cancelled_by_citizen' });
    expect(await c.send(`Status ${reference}`)).toMatch(/Sie haben ihn selbst abgesagt/);
  });
});

describe('the status of a move case (re-test 18, B2)', () => {
  /** Books, moves to next week's morning and returns the code and the move case's reference. */
  async function moveCase(h: Harness): Promise<{ code: string; moveReference: string }> {
    const code = CODE.exec(await book(h))?.[1] ?? '';
    const m = await harness({ store: h.store });
    await m.send(`Termin verschieben ${code}`);
    await m.send('Erika Mustermann');
    await m.send('nächste Woche vormittags');
    await m.send('1');
    return { code, moveReference: REFERENCE.exec(await m.send('ja'))?.[0] ?? '' };
  }

  it('says when the Bürgerbüro cancelled the appointment that was moved', async () => {
    const h = await harness();
    const { code, moveReference } = await moveCase(h);
    expect(await statusApi(h, moveReference)).toMatchObject({ appointment: 'booked' });
    await h.store.cancelAppointment(code, '2026-11-26T09:30:00.000Z');
    const asked = await harness({ store: h.store });
    const reply = await asked.send(`Status ${moveReference}`);
    expect(reply).toMatch(/Der Termin wurde vom Bürgerbüro abgesagt/);
    expect(reply).not.toMatch(/Bearbeitet wird er noch nicht/);
    expect(await statusApi(h, moveReference)).toMatchObject({ appointment: 'cancelled_by_office' });
  });

  it('says when the appointment was moved again, and the cancel case says who cancelled', async () => {
    const h = await harness();
    const { code, moveReference } = await moveCase(h);
    const again = await harness({ store: h.store });
    await again.send(`Termin verschieben ${code}`);
    await again.send('Erika Mustermann');
    await again.send('Donnerstag nach 14 Uhr');
    await again.send('1');
    await again.send('ja');
    expect(await statusApi(h, moveReference)).toMatchObject({ appointment: 'moved' });
    const c = await harness({ store: h.store });
    await c.send(`Termin absagen ${code}`);
    await c.send('Erika Mustermann');
    const cancelReference = REFERENCE.exec(await c.send('ja'))?.[0] ?? '';
    expect(await statusApi(h, cancelReference)).toMatchObject({ appointment: 'cancelled_by_citizen' });
    expect(await statusApi(h, moveReference)).toMatchObject({ appointment: 'cancelled_by_citizen' });
  });
});

describe('a booking on opening hours the city has not confirmed', () => {
  it('is a request to check, not a firm appointment, while `appointments` is listed under `confirm`', async () => {
    const h = await harness();
    expect(h.content.profile.confirm).toContain('appointments');
    const reply = await book(h);
    expect(reply).toMatch(/^Ihre Terminanfrage für Donnerstag, 3\.12\.2026, 14:00 Uhr, [^\n]* ist eingetragen\./);
    expect(reply).not.toMatch(/gebucht/);
    expect(reply).toMatch(/Die Öffnungszeiten, nach denen ich Termine vergebe, sind von der Stadt noch nicht bestätigt\. Bitte prüfen Sie deshalb vorher/);
    expect(reply).toMatch(/https:\/\/www\.dueren\.de oder Telefon 02421 25-2000/);
    const en = await harness();
    const english = await book(en, true);
    expect(english).toMatch(/^Your appointment request for Thursday, 3 December 2026, 14:00, [^\n]* is registered\./);
    expect(english).not.toMatch(/is booked/);
    const plain = await harness();
    await plain.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis', { plainLanguage: true });
    await plain.send('Donnerstag nach 14 Uhr', { plainLanguage: true });
    await plain.send('1', { plainLanguage: true });
    await plain.send('Erika Mustermann', { plainLanguage: true });
    expect(await plain.send('ja', { plainLanguage: true })).toMatch(/^Ihre Termin-Anfrage ist eingetragen: Donnerstag, 3\.12\.2026, 14:00 Uhr\./);
  });

  it('is confirmed as booked, without the caveat, once the city has confirmed the hours', async () => {
    const h = await harness();
    const confirm = h.content.profile.confirm;
    h.content.profile.confirm = confirm.filter((key) => key !== 'appointments');
    try {
      const reply = await book(h);
      expect(reply).toMatch(/^Ihr Termin ist gebucht: Donnerstag, 3\.12\.2026, 14:00 Uhr/);
      expect(reply).not.toMatch(/Terminanfrage|noch nicht bestätigt/);
    } finally {
      h.content.profile.confirm = confirm;
    }
  });
});
