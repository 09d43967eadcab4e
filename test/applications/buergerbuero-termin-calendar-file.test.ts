/**
 * The calendar file (.ics) across booking, moving and cancelling (tester-o D1): one UID whatever host served it,
 * a SEQUENCE that grows with every change (RFC 5545 3.8.7.4), and the cancelled file offered under the cancellation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarSequence, calendarUidDomain } from '../../src/dialogs/applications/buergerbuero-termin/booking.js';
import { harness, NOW, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

const field = (ics: string, name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(ics.replace(/\r\n/g, '\n'))?.[1] ?? '';

describe('the calendar file of a Bürgerbüro appointment', () => {
  it('keeps one UID on the city website\'s domain and raises SEQUENCE on the move and again on the cancellation', async () => {
    let now = NOW;
    const h = await harness({ now: () => now });
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    await h.send('Donnerstag nach 14 Uhr');
    await h.send('1');
    await h.send('Erika Mustermann');
    const done = await h.send('ja');
    const code = /Bestätigungscode: ([A-Z0-9]{6})/.exec(done)?.[1] ?? '';
    // An appointment's summary is kept 60 days (dialogs/buergerbuero_termin.yaml), and the chat says so (tester-o E1).
    expect(done).toContain('Der Link funktioniert 60 Tage lang');
    const ics = async (host = 'localhost') => (await h.app.request(`http://${host}/api/appointments/${code}.ics`)).text();

    const booked = await ics();
    expect(field(booked, 'UID')).toBe(`${code}@www.dueren.de`);
    expect(field(await ics('chat.example.org'), 'UID')).toBe(`${code}@www.dueren.de`);
    expect(field(booked, 'SEQUENCE')).toBe('0');

    now = new Date(NOW.getTime() + 60 * 60_000);
    const m = await harness({ store: h.store, now: () => now });
    await m.send(`Ich möchte meinen Termin ${code} verschieben`);
    await m.send('Erika Mustermann');
    await m.send('nächste Woche vormittags');
    await m.send('1');
    expect(await m.send('ja')).toMatch(/verschoben auf/);
    const moved = await ics();
    expect(Number(field(moved, 'SEQUENCE'))).toBeGreaterThan(0);
    expect(field(moved, 'STATUS')).toBe('CONFIRMED');

    now = new Date(NOW.getTime() + 2 * 60 * 60_000);
    const c = await harness({ store: h.store, now: () => now });
    await c.send(`Termin absagen ${code}`);
    await c.send('Erika Mustermann');
    expect(await c.send('ja')).toMatch(/ist abgesagt/);
    expect(c.last.replies.flatMap((r) => r.links ?? []).map((l) => l.url)).toContain(`/api/appointments/${code}.ics`);
    const cancelled = await ics();
    expect(Number(field(cancelled, 'SEQUENCE'))).toBeGreaterThan(Number(field(moved, 'SEQUENCE')));
    expect(field(cancelled, 'STATUS')).toBe('CANCELLED');
    expect(field(cancelled, 'METHOD')).toBe('PUBLISH');
    expect(field(cancelled, 'SUMMARY')).toBe('Abgesagt: Bürgerbüro: Personalausweis');
    expect(field(cancelled, 'UID')).toBe(`${code}@www.dueren.de`);
  });

  it('raises SEQUENCE for every change even when booking, move and cancellation fall in the same second (retest 19 N2)', async () => {
    const h = await harness({ now: () => NOW });
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    await h.send('Donnerstag nach 14 Uhr');
    await h.send('1');
    await h.send('Erika Mustermann');
    const code = /Bestätigungscode: ([A-Z0-9]{6})/.exec(await h.send('ja'))?.[1] ?? '';
    const sequence = async () => field(await (await h.app.request(`http://localhost/api/appointments/${code}.ics`)).text(), 'SEQUENCE');
    expect(await sequence()).toBe('0');

    const m = await harness({ store: h.store, now: () => NOW });
    await m.send(`Ich möchte meinen Termin ${code} verschieben`);
    await m.send('Erika Mustermann');
    await m.send('nächste Woche vormittags');
    await m.send('1');
    expect(await m.send('ja')).toMatch(/verschoben auf/);
    expect(await sequence()).toBe('1');

    const c = await harness({ store: h.store, now: () => NOW });
    await c.send(`Termin absagen ${code}`);
    await c.send('Erika Mustermann');
    expect(await c.send('ja')).toMatch(/ist abgesagt/);
    expect(await sequence()).toBe('2');
  });

  it('counts SEQUENCE in seconds since the booking, 0 for an unchanged one, and never below 0', () => {
    expect(calendarSequence({ createdAt: '2026-11-26T09:00:00.000Z', updatedAt: '2026-11-26T09:00:00.000Z' })).toBe(0);
    expect(calendarSequence({ createdAt: '2026-11-26T09:00:00.000Z', updatedAt: '2026-11-26T09:01:00.500Z' })).toBe(60);
    expect(calendarSequence({ createdAt: '2026-11-26T09:00:00.000Z', updatedAt: '2026-11-26T08:00:00.000Z' })).toBe(0);
  });

  it('takes the UID domain from the profile\'s website, and the profile id without one', () => {
    const profile = (website?: string) => ({ id: 'musterstadt', values: website ? { website } : {} }) as unknown as Parameters<typeof calendarUidDomain>[0];
    expect(calendarUidDomain(profile('https://www.musterstadt.de/'))).toBe('www.musterstadt.de');
    expect(calendarUidDomain(profile())).toBe('musterstadt');
  });
});
