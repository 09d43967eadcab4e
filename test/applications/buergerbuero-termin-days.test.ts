/**
 * Days at the Bürgerbüro appointment that are no plain wish (tester-m A4, C1): a day ruled out ("aber nicht am
 * Montag", "ich kann am Donnerstag nicht") is never offered, also at a move; a new day or time typed at
 * "Welcher Termin passt?" is a new wish with a new offer, never "keiner der angebotenen Termine" and a hand-over.
 * Clock: Thursday, 26 November 2026, 10:00 in Düren.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

const CODE = /Bestätigungscode: ([A-Z0-9]{6})/;
const OFFER = /^\d\) (\p{L}+), /gmu;

/** The weekdays of the offered slots in a reply ("Montag", "Dienstag", …). */
function offeredDays(reply: string): string[] {
  return [...reply.matchAll(OFFER)].map((m) => m[1] ?? '');
}

/** Books Thursday 3.12.2026, 14:00 for Erika Mustermann and returns the code. */
async function book(h: Harness): Promise<string> {
  await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
  await h.send('Donnerstag nach 14 Uhr');
  await h.send('1');
  await h.send('Erika Mustermann');
  return CODE.exec(await h.send('ja'))?.[1] ?? '';
}

describe('a day the citizen rules out', () => {
  it.each([
    ['Ich brauche einen Termin für den Personalausweis, aber nicht am Montag, da arbeite ich', 'Montag', /Wunschzeit: nicht montags/],
    ['Termin für den Reisepass, aber bitte nicht am Montag', 'Montag', /Wunschzeit: nicht montags/],
    ['Termin für den Reisepass, am Freitag kann ich nicht', 'Freitag', /Wunschzeit: nicht freitags/],
  ])('is left out of the offer, not taken as the wish: "%s"', async (message, day, echo) => {
    const h = await harness();
    const reply = await h.send(message);
    expect(reply).toMatch(echo);
    expect(offeredDays(reply)).toHaveLength(3);
    expect(offeredDays(reply)).not.toContain(day);
  });

  it('is said in English as ruled out', async () => {
    const h = await harness();
    const reply = await h.send('I need an appointment for a passport, but not on Friday');
    expect(reply).toMatch(/Preferred time: not on Fridays/);
    expect(offeredDays(reply)).not.toContain('Friday');
  });

  it('keeps the day wished for next to the day ruled out: "nicht am Montag, lieber Dienstag"', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    const reply = await h.send('nicht am Montag, lieber Dienstag');
    expect(reply).toMatch(/Wunschzeit: Dienstag, 1\.12\.2026, nicht montags/);
    expect(offeredDays(reply)).toEqual(['Dienstag', 'Dienstag', 'Dienstag']);
  });

  it('is never offered at a move: "Ich kann am Donnerstag nicht, kann ich den Termin verschieben?"', async () => {
    const h = await harness();
    const code = await book(h);
    const m = await harness({ store: h.store });
    expect(await m.send(`Ich kann am Donnerstag nicht, kann ich den Termin verschieben? Code ${code}`)).toMatch(/Wunschzeit: nicht donnerstags/);
    const offer = await m.send('Erika Mustermann');
    expect(offeredDays(offer)).toHaveLength(3);
    expect(offeredDays(offer)).not.toContain('Donnerstag');
  });
});

describe('a new day or time at "Welcher Termin passt?"', () => {
  it('is a new wish with a new offer: "lieber Donnerstag nachmittag"', async () => {
    const h = await harness();
    await h.send('Termin für Personalausweis');
    await h.send('nächste Woche');
    const reply = await h.send('lieber Donnerstag nachmittag');
    expect(reply).not.toMatch(/keiner der angebotenen Termine/);
    expect(reply).toMatch(/Korrigiert: Wunschzeit: Donnerstag, 3\.12\.2026, nachmittags\./);
    expect(reply).toMatch(/1\) Donnerstag, 3\.12\.2026, 14:00 Uhr/);
    expect(h.last.dialog?.step).toBe('termin');
    expect(await h.send('1')).toMatch(/Verstanden: Termin: Donnerstag, 3\.12\.2026, 14:00 Uhr/);
  });

  it('takes three new days in a row without handing over, saying why each could not be met', async () => {
    const h = await harness();
    await h.send('Termin für Personalausweis');
    await h.send('nächste Woche');
    expect(await h.send('am 20.11.2026')).toMatch(/Wunschzeit: Freitag, 20\.11\.2026\. Freitag, 20\.11\.2026, ist schon vorbei/);
    expect(await h.send('am 25.12.')).toMatch(/geschlossen \(Feiertag: 1\. Weihnachtstag\)[\s\S]*1\) Montag, 28\.12\.2026/);
    const third = await h.send('Samstag, 12.12.');
    expect(third).toMatch(/Wunschzeit: Samstag, 12\.12\.2026/);
    expect(third).not.toMatch(/Bürgerbüro hilft Ihnen am Telefon/);
    expect(h.last.dialog?.step).toBe('termin');
  });

  it('still picks an offered slot by its day and time, and still refuses a word that is no slot', async () => {
    const h = await harness();
    await h.send('Termin für Personalausweis');
    await h.send('Donnerstag nach 14 Uhr');
    expect(await h.send('Donnerstag 14:15')).toMatch(/Verstanden: Termin: Donnerstag, 3\.12\.2026, 14:15 Uhr/);
    const other = await harness();
    await other.send('Termin für Personalausweis');
    await other.send('Donnerstag nach 14 Uhr');
    expect(await other.send('blau')).toMatch(/keiner der angebotenen Termine/);
  });
});

describe('days ruled out, kept and added up (re-test 18, N3)', () => {
  it('stay ruled out through a new wish: "nicht am Montag", then "nächste Woche"', async () => {
    const h = await harness();
    await h.send('Termin für den Reisepass, aber nicht am Montag');
    const reply = await h.send('lieber nächste Woche');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: 30\.11\.2026 bis 6\.12\.2026, nicht montags\./);
    expect(offeredDays(reply)).toEqual(['Dienstag', 'Mittwoch', 'Donnerstag']);
  });

  it('stay ruled out when the wish is asked again after "zurück"', async () => {
    const h = await harness();
    await h.send('Termin für den Reisepass, aber nicht am Montag');
    await h.send('zurück');
    const reply = await h.send('nächste Woche');
    expect(reply).toMatch(/Wunschzeit: 30\.11\.2026 bis 6\.12\.2026, nicht montags\./);
    expect(offeredDays(reply)).not.toContain('Montag');
  });

  it('add up, and "nicht am Dienstag" at the slot choice is no choice of the Tuesday offered', async () => {
    const h = await harness();
    expect(offeredDays(await h.send('Termin für den Reisepass, aber nicht am Montag'))).toContain('Dienstag');
    const reply = await h.send('nicht am Dienstag');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: nicht montags und dienstags\./);
    expect(offeredDays(reply)).toHaveLength(3);
    expect(offeredDays(reply)).not.toContain('Montag');
    expect(offeredDays(reply)).not.toContain('Dienstag');
  });

  it('end when the citizen wishes for that day after all: "lieber am Montag, 7.12."', async () => {
    const h = await harness();
    await h.send('Termin für den Reisepass, aber nicht am Montag');
    const reply = await h.send('lieber am Montag, 7.12.');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: Montag, 7\.12\.2026\./);
    expect(offeredDays(reply)).toEqual(['Montag', 'Montag', 'Montag']);
  });

  it.each([
    ['Termin für Personalausweis, nicht montags'],
    ['Termin für Personalausweis, außer montags'],
    ['Termin für Personalausweis, montags nicht'],
  ])('are read from a weekday said as an adverb: "%s"', async (message) => {
    const h = await harness();
    const reply = await h.send(message);
    expect(reply).toMatch(/Wunschzeit: nicht montags\./);
    expect(offeredDays(reply)).toHaveLength(3);
    expect(offeredDays(reply)).not.toContain('Montag');
  });

  it.each([
    ["I need an appointment for a passport, I can't do Monday"],
    ['I need an appointment for a passport, Monday is bad'],
    ['I need an appointment for a passport, not Mondays'],
    ['I need an appointment for a passport, except Monday'],
  ])('are understood in English: "%s"', async (message) => {
    const h = await harness();
    const reply = await h.send(message, { locale: 'en' });
    expect(reply).toMatch(/Preferred time: not on Mondays\./);
    expect(offeredDays(reply)).toHaveLength(3);
    expect(offeredDays(reply)).not.toContain('Monday');
  });
});

describe('a time of day ruled out (re-test 18, N4)', () => {
  it('"nicht vormittags" is a wish for the afternoon, not for the morning', async () => {
    const h = await harness();
    const reply = await h.send('Termin für Reisepass, aber nicht vormittags, da arbeite ich');
    expect(reply).toMatch(/Wunschzeit: nachmittags\./);
    expect(reply).toMatch(/1\) Donnerstag, 26\.11\.2026, 14:00 Uhr/);
  });

  it('"nicht nachmittags" is a wish for the morning, and "I can\'t do mornings" for the afternoon', async () => {
    const h = await harness();
    await h.send('Termin für Reisepass');
    expect(await h.send('nicht nachmittags')).toMatch(/Wunschzeit: vormittags\.[\s\S]*1\) Freitag, 27\.11\.2026, 07:30 Uhr/);
    const en = await harness();
    await en.send('I need an appointment for a passport', { locale: 'en' });
    expect(await en.send("I can't do mornings", { locale: 'en' })).toMatch(/Preferred time: in the afternoon\./);
  });
});

describe('more ways to rule a day or a time out (retest18b M4)', () => {
  it.each([
    ['Termin für Reisepass, am Montag geht es bei mir nicht', ['Montag'], /Wunschzeit: nicht montags\./],
    ['Termin für Reisepass, aber weder Montag noch Dienstag', ['Montag', 'Dienstag'], /Wunschzeit: nicht montags und dienstags\./],
    ['Termin für Reisepass, weder montags noch dienstags', ['Montag', 'Dienstag'], /Wunschzeit: nicht montags und dienstags\./],
    ['Termin für Reisepass, nicht Montag oder Dienstag', ['Montag', 'Dienstag'], /Wunschzeit: nicht montags und dienstags\./],
  ])('leaves the days out: "%s"', async (message, days, echo) => {
    const h = await harness();
    const reply = await h.send(message);
    expect(reply).toMatch(echo);
    expect(offeredDays(reply)).toHaveLength(3);
    for (const day of days) expect(offeredDays(reply)).not.toContain(day);
  });

  it('leaves the days out in English: "anything but Monday", "neither Monday nor Tuesday"', async () => {
    const h = await harness();
    const reply = await h.send('passport appointment, anything but Monday', { locale: 'en' });
    expect(reply).toMatch(/Preferred time: not on Mondays\./);
    expect(offeredDays(reply)).toHaveLength(3);
    expect(offeredDays(reply)).not.toContain('Monday');
    const neither = await harness();
    const both = await neither.send('passport appointment, neither Monday nor Tuesday', { locale: 'en' });
    expect(both).toMatch(/Preferred time: not on Mondays and on Tuesdays\./);
    expect(offeredDays(both)).not.toContain('Tuesday');
  });

  it('reads "nicht vor 10 Uhr" as from 10:00, and "nicht nach 14 Uhr" as until 14:00', async () => {
    const h = await harness();
    const from = await h.send('Termin für Reisepass, nicht vor 10 Uhr');
    expect(from).toMatch(/Wunschzeit: nach 10 Uhr\./);
    expect(from).not.toMatch(/vor 10 Uhr|07:30/);
    const times = [...from.matchAll(/^\d\) \p{L}+, [\d.]+, (\d\d:\d\d) Uhr/gmu)].map((m) => m[1] ?? '');
    expect(times).toHaveLength(3);
    expect(times.every((time) => time >= '10:00')).toBe(true);
    expect(times).toContain('10:00');
    const until = await harness();
    const reply = await until.send('Termin für Reisepass am Donnerstag, 3.12., aber nicht nach 14 Uhr');
    expect(reply).toMatch(/Wunschzeit: Donnerstag, 3\.12\.2026, vor 14 Uhr\./);
    expect(reply).not.toMatch(/1[4-9]:\d\d Uhr/);
  });

  it('keeps "Montag nicht vor 10 Uhr" as Monday from 10:00, and "not before 10 am" in English', async () => {
    const h = await harness();
    await h.send('Termin für Reisepass');
    expect(await h.send('Montag nicht vor 10 Uhr')).toMatch(/Wunschzeit: Montag, 30\.11\.2026, nach 10 Uhr\.[\s\S]*1\) Montag, 30\.11\.2026, 10:00 Uhr/);
    const en = await harness();
    await en.send('I need an appointment for a passport', { locale: 'en' });
    expect(await en.send('not before 10 am', { locale: 'en' })).toMatch(/Preferred time: after 10:00\./);
  });
});

describe('a day ruled out after an earlier wish (smoke18 A1, A2)', () => {
  it('reads "Dienstag geht doch nicht" as ruling Tuesday out, not as wishing it again', async () => {
    const h = await harness();
    await h.send('Termin Reisepass');
    expect(offeredDays(await h.send('Dienstag nachmittags'))).toContain('Dienstag');
    const reply = await h.send('Dienstag geht doch nicht');
    expect(reply).toMatch(/Wunschzeit: [^.]*nicht dienstags/);
    expect(offeredDays(reply)).toHaveLength(3);
    expect(offeredDays(reply)).not.toContain('Dienstag');
  });

  it('keeps the week and the "nicht vor 10 Uhr" said before when a day is ruled out next', async () => {
    const h = await harness();
    await h.send('Termin Reisepass');
    await h.send('nächste Woche, nicht vor 10 Uhr');
    const reply = await h.send('am Montag geht es nicht');
    expect(offeredDays(reply)).toHaveLength(3);
    expect(offeredDays(reply)).not.toContain('Montag');
    const times = [...reply.matchAll(/, (\d{2}):\d{2} Uhr/g)].map((m) => Number(m[1]));
    expect(times.length).toBeGreaterThan(0);
    for (const hour of times) expect(hour).toBeGreaterThanOrEqual(10);
  });
});
