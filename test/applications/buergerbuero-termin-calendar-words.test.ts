/**
 * Calendar words in the Bürgerbüro appointment wish (tester-o B1–B4, F): named days ("Heiligabend", "an Silvester",
 * "zwischen den Jahren"), Christmas Eve and New Year's Eve closed by default (§ 6 Abs. 3 TVöD), a weekday a week
 * on, dates that do not exist and a time that is over today.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

/** Tuesday, 1 December 2026, 09:10 in Düren. */
const DEC_1 = () => new Date('2026-12-01T08:10:00Z');
/** Monday, 22 March 2027, 14:00 in Düren. */
const MAR_22 = () => new Date('2027-03-22T13:00:00Z');

async function wish(text: string, now: () => Date, locale: 'de' | 'en' = 'de'): Promise<string> {
  const h = await harness({ now });
  await h.send(locale === 'de' ? 'Ich möchte einen Termin im Bürgerbüro für den Personalausweis' : 'I need an appointment at the citizens office for an ID card');
  return h.send(text);
}

describe('named days in the appointment wish', () => {
  it('reads "Heiligabend" as 24.12., never as "abends", and says the Bürgerbüro is closed that day', async () => {
    const reply = await wish('Heiligabend', DEC_1);
    expect(reply).toMatch(/Wunschzeit: Donnerstag, 24\.12\.2026\./);
    expect(reply).not.toMatch(/abends/);
    expect(reply).toMatch(/Am Donnerstag, 24\.12\.2026, ist das Bürgerbüro geschlossen \(Heiligabend: im öffentlichen Dienst arbeitsfrei\)/);
    expect(reply).not.toMatch(/\d\) Donnerstag, 24\.12\./);
  });

  it.each([
    ['an Silvester', /Wunschzeit: Donnerstag, 31\.12\.2026\.[\s\S]*geschlossen \(Silvester: im öffentlichen Dienst arbeitsfrei\)/],
    ['zwischen den Jahren', /Wunschzeit: 27\.12\.2026 bis 30\.12\.2026\.[\s\S]*1\) Montag, 28\.12\.2026/],
    ['nach Weihnachten', /Wunschzeit: 27\.12\.2026 bis 9\.1\.2027\.[\s\S]*1\) Montag, 28\.12\.2026/],
  ])('takes "%s" as a day or a period', async (text, expected) => {
    expect(await wish(text, DEC_1)).toMatch(expected);
  });

  it('does not offer a slot on 24.12. at 15:00 but names the day off', async () => {
    const reply = await wish('am 24.12. um 15 Uhr', DEC_1);
    expect(reply).toMatch(/geschlossen \(Heiligabend: im öffentlichen Dienst arbeitsfrei\)/);
    expect(reply).not.toMatch(/\d\) Donnerstag, 24\.12\./);
  });

  it('says the English reason too', async () => {
    expect(await wish("on New Year's Eve", DEC_1, 'en')).toMatch(/closed on Thursday, 31 December 2026 \(New Year's Eve: a day off in the public service\)/);
  });

  it('keeps the weekday of "Freitag in einer Woche"', async () => {
    expect(await wish('Freitag in einer Woche', DEC_1)).toMatch(/Wunschzeit: Freitag, 11\.12\.2026\./);
    expect(await wish('Freitag in einer Woche', MAR_22)).toMatch(/Wunschzeit: Freitag, 2\.4\.2027\./);
  });

  it('reads "nach Ostern" and "Ende des Monats" on 22 March 2027', async () => {
    expect(await wish('nach Ostern', MAR_22)).toMatch(/Wunschzeit: 30\.3\.2027 bis 12\.4\.2027\./);
    expect(await wish('Ende des Monats', MAR_22)).toMatch(/Wunschzeit: 22\.3\.2027 bis 31\.3\.2027\./);
  });
});

describe('dates and times that cannot be booked as said', () => {
  it('says that the 29.2. does not exist next year, instead of a date 14 months ahead', async () => {
    const reply = await wish('29.2.', DEC_1);
    expect(reply).toMatch(/Den 29\.2\. gibt es 2027 nicht: 2027 ist kein Schaltjahr/);
    expect(reply).not.toMatch(/2028/);
  });

  it('says that the 31.2. does not exist, also with "am" in front', async () => {
    expect(await wish('am 31.2.', DEC_1)).toMatch(/Den 31\.2\. gibt es nicht/);
  });

  it.each([['am 31.2.', /^Den 31\.2\. gibt es nicht\./], ['29.2.', /^Den 29\.2\. gibt es 2027 nicht/]])(
    'says that "%s" does not exist also at "Welcher Termin passt?", not "keiner der angebotenen Termine"',
    async (text, expected) => {
      const h = await harness({ now: DEC_1 });
      await h.send('Ich möchte einen Termin im Bürgerbüro für den Personalausweis');
      await h.send('nächste Woche');
      const reply = await h.send(text);
      expect(reply).toMatch(expected);
      expect(reply).not.toMatch(/keiner der angebotenen Termine|Korrigiert/);
      expect(h.last.dialog?.step).toBe('termin');
    },
  );

  it('asks which day "12/3" is', async () => {
    expect(await wish('12/3', DEC_1)).toMatch(/Meinen Sie den 12\. März oder den 3\. Dezember\?/);
  });

  it('says that the time is over for "heute um 8" at 14:00, not the notice period', async () => {
    const reply = await wish('heute um 8', MAR_22);
    expect(reply).toMatch(/Diese Uhrzeit ist heute schon vorbei\./);
    expect(reply).not.toMatch(/So kurzfristig/);
  });

  it('shows a numeric example in the question', async () => {
    const h = await harness({ now: DEC_1 });
    expect(await h.send('Ich möchte einen Termin im Bürgerbüro für den Personalausweis')).toMatch(/„am 15\.3\. um 10 Uhr“/);
  });
});
