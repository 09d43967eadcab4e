/**
 * A correction of only part of the appointment wish keeps the rest (tester-p C1): "am 17.12.2026 um 8 Uhr", then
 * "lieber um 10 Uhr" is 17.12. at about 10:00, not the next free 10:00 three weeks earlier; "am 17.12. vormittags",
 * then "lieber am 18." is the 18th in the morning. Clock: Thursday, 26 November 2026, 10:00 in Düren.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { withDayOfMonth } from '../../src/dialogs/applications/buergerbuero-termin/wish-correction.js';
import { harness, realContent, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

const OFFER = /^\d\) (\p{L}+, \d{1,2}\.\d{1,2}\.\d{4}), (\d{2}:\d{2}) Uhr/gmu;

/** The offered slots of a reply as "Donnerstag, 17.12.2026 10:00". */
function offered(reply: string): string[] {
  return [...reply.matchAll(OFFER)].map((m) => `${m[1] ?? ''} ${m[2] ?? ''}`);
}

async function wish(h: Harness, text: string): Promise<string> {
  await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
  return h.send(text);
}

describe('a new time alone at "Welcher Termin passt?"', () => {
  it.each([['lieber um 10 Uhr'], ['um 10 Uhr']])('keeps the day wished for: "%s"', async (correction) => {
    const h = await harness();
    expect(offered(await wish(h, 'am 17.12.2026 um 8 Uhr'))).toEqual(['Donnerstag, 17.12.2026 07:45', 'Donnerstag, 17.12.2026 08:00', 'Donnerstag, 17.12.2026 08:15']);
    const reply = await h.send(correction);
    expect(reply).toMatch(/Korrigiert: Wunschzeit: Donnerstag, 17\.12\.2026, gegen 10 Uhr\./);
    expect(offered(reply)).toEqual(['Donnerstag, 17.12.2026 09:45', 'Donnerstag, 17.12.2026 10:00', 'Donnerstag, 17.12.2026 10:15']);
  });

  it('replaces the time of day wished before: "vormittags", then "nach 14 Uhr"', async () => {
    const h = await harness();
    await wish(h, 'am 17.12. vormittags');
    const reply = await h.send('lieber nach 14 Uhr');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: Donnerstag, 17\.12\.2026, nach 14 Uhr\./);
    expect(offered(reply)[0]).toBe('Donnerstag, 17.12.2026 14:00');
  });

  it('keeps a week wished for: "nächste Woche", then "nachmittags"', async () => {
    const h = await harness();
    await wish(h, 'nächste Woche');
    const reply = await h.send('lieber nachmittags');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: 30\.11\.2026 bis 6\.12\.2026, nachmittags\./);
    expect(offered(reply)[0]).toBe('Montag, 30.11.2026 14:00');
  });
});

describe('a new day alone at "Welcher Termin passt?"', () => {
  it('keeps the time of day wished for: "am 17.12. vormittags", then "lieber am 18."', async () => {
    const h = await harness();
    await wish(h, 'am 17.12. vormittags');
    const reply = await h.send('lieber am 18.');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: Freitag, 18\.12\.2026, vormittags\./);
    expect(offered(reply)).toEqual(['Freitag, 18.12.2026 07:30', 'Freitag, 18.12.2026 07:45', 'Freitag, 18.12.2026 08:00']);
  });

  it('keeps the clock time wished for: "am 17.12. um 8 Uhr", then "lieber am 18.12."', async () => {
    const h = await harness();
    await wish(h, 'am 17.12. um 8 Uhr');
    const reply = await h.send('lieber am 18.12.');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: Freitag, 18\.12\.2026, gegen 8 Uhr\./);
    expect(offered(reply)).toContain('Freitag, 18.12.2026 08:00');
  });

  it('drops a time the Bürgerbüro is not open at on the new day: "Donnerstag nach 16 Uhr", then "lieber Freitag"', async () => {
    const h = await harness();
    await wish(h, 'Donnerstag nach 16 Uhr');
    const reply = await h.send('lieber Freitag');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: Freitag, 27\.11\.2026\./);
    expect(offered(reply)[0]).toBe('Freitag, 27.11.2026 07:30');
  });
});

describe('a weekday alone after a day wished for (N7)', () => {
  // Decided: the first such day after the day wished before, never one before it (the citizen moves the wish).
  it.each([
    ['lieber Freitag', 'Freitag, 18.12.2026, gegen 8 Uhr'],
    ['lieber Montag', 'Montag, 21.12.2026, gegen 8 Uhr'],
  ])('is that weekday after the wished day: "am 17.12. um 8 Uhr", then "%s"', async (correction, echo) => {
    const h = await harness();
    await wish(h, 'am 17.12.2026 um 8 Uhr');
    expect(await h.send(correction)).toMatch(new RegExp(`Korrigiert: Wunschzeit: ${echo.replace(/\./g, '\\.')}\\.`));
  });

  it('stays the coming one from today with "nächsten": "am 17.12.", then "lieber nächsten Freitag"', async () => {
    const h = await harness();
    await wish(h, 'am 17.12.2026 um 8 Uhr');
    expect(await h.send('lieber nächsten Freitag')).toMatch(/Korrigiert: Wunschzeit: Freitag, 4\.12\.2026/);
  });
});

describe('a day of the month said without its month', () => {
  it.each([
    ['am 18.', 'Freitag, 18.12.2026'],
    ['am 3.', 'Donnerstag, 3.12.2026'],
    ['am 27. um 10 Uhr', 'Freitag, 27.11.2026, gegen 10 Uhr'],
  ])('is the next such day: "%s"', async (text, echo) => {
    const h = await harness();
    expect(await wish(h, text)).toMatch(new RegExp(`Wunschzeit: ${echo.replace(/\./g, '\\.')}\\.`));
  });

  it('is not read into "den 2." (the second slot) or "am 18 Uhr"', () => {
    const today = '2026-11-26';
    expect(withDayOfMonth('den 2.', [], today)).toEqual([]);
    expect(withDayOfMonth('lieber am 18 Uhr', [], today)).toEqual([]);
    expect(withDayOfMonth('am 31.2.', [], today)).toEqual([]);
    expect(withDayOfMonth('lieber am 18.', [], today, { from: '2027-01-05', to: '2027-01-05' })).toMatchObject([{ type: 'date', value: '2027-01-18' }]);
  });
});

describe('a partial correction and the days ruled out', () => {
  it('keeps the days ruled out and the week: "nächste Woche, nicht am Montag", then "um 10 Uhr"', async () => {
    const h = await harness();
    await wish(h, 'nächste Woche, aber nicht am Montag');
    const reply = await h.send('lieber um 10 Uhr');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: 30\.11\.2026 bis 6\.12\.2026, gegen 10 Uhr, nicht montags\./);
    expect(offered(reply).some((slot) => slot.startsWith('Montag'))).toBe(false);
  });

  it('does not keep a day now ruled out: "am 17.12. um 8 Uhr", then "um 10, aber nicht am 17.12."', async () => {
    const h = await harness();
    await wish(h, 'am 17.12. um 8 Uhr');
    const reply = await h.send('lieber um 10 Uhr, aber nicht am 17.12.');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: gegen 10 Uhr, nicht am Donnerstag, 17\.12\.2026\./);
    expect(offered(reply).some((slot) => slot.includes('17.12.'))).toBe(false);
  });
});

describe('a partial answer when the wish is asked again', () => {
  it('keeps the day after "zurück": "am 17.12. um 8 Uhr", "zurück", "um 10 Uhr"', async () => {
    const h = await harness();
    await wish(h, 'am 17.12.2026 um 8 Uhr');
    await h.send('zurück');
    expect(await h.send('um 10 Uhr')).toMatch(/Wunschzeit: Donnerstag, 17\.12\.2026, gegen 10 Uhr\./);
  });
});

describe('a partial correction after the slot was chosen', () => {
  it('keeps the day at the name question: "nein, lieber um 10 Uhr"', async () => {
    const h = await harness();
    await wish(h, 'am 17.12.2026 um 8 Uhr');
    await h.send('1');
    const reply = await h.send('nein, lieber um 10 Uhr');
    expect(reply).toMatch(/Wunschzeit: Donnerstag, 17\.12\.2026, gegen 10 Uhr\./);
    expect(offered(reply)).toContain('Donnerstag, 17.12.2026 10:00');
  });
});
