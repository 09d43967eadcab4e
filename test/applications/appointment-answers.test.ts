import { describe, expect, it } from 'vitest';
import { nameFromAnswer, sameBookingName } from '../../src/dialogs/applications/shared/names.js';
import { chooseSlot } from '../../src/dialogs/applications/buergerbuero-termin/slot-choice.js';
import { wishFrom } from '../../src/dialogs/applications/buergerbuero-termin/wish.js';
import { extractEntities } from '../../src/nlu/entities/index.js';

// Thursday, 26 November 2026, 10:00 in Düren.
const now = new Date('2026-11-26T09:00:00.000Z');
const entities = (text: string) => extractEntities(text, { now, locale: 'de' });

describe('the name on a booking', () => {
  it.each([
    ['ich heiße Ali Yilmaz', 'Ali Yilmaz'],
    ['Ich heisse Ali Yilmaz.', 'Ali Yilmaz'],
    ['Mein Name ist Olga Ivanova', 'Olga Ivanova'],
    ['Hallo, mein Name lautet Olga Ivanova!', 'Olga Ivanova'],
    ['Ja, ich bin die Anna Berg', 'Anna Berg'],
    ['Auf den Namen Erika Mustermann, bitte', 'Erika Mustermann'],
    ['Name: Erika Mustermann', 'Erika Mustermann'],
    ['my name is John Smith', 'John Smith'],
    ["I'm John Smith", 'John Smith'],
    ['I am Anna Berg', 'Anna Berg'],
    ['under the name of Anna Berg please', 'Anna Berg'],
    ['Erika   Mustermann', 'Erika Mustermann'],
    ['Anna-Lena Berg-Schmidt', 'Anna-Lena Berg-Schmidt'],
  ])('reads "%s" as "%s"', (answer, name) => {
    expect(nameFromAnswer(answer)).toBe(name);
  });

  it('keeps a name that only looks like the start of an introduction', () => {
    expect(nameFromAnswer('Ichbin Test')).toBe('Ichbin Test');
    expect(nameFromAnswer('Imke Namensen')).toBe('Imke Namensen');
  });

  it('matches the booked name in any case, spacing, word order, with umlauts spelled out, or by the surname', () => {
    for (const given of ['Ali Yilmaz', 'ALI  yilmaz', 'Yilmaz Ali', 'Yilmaz, Ali', 'yilmaz', 'Ich heiße Ali Yilmaz']) expect(sameBookingName(given, 'Ali Yilmaz'), given).toBe(true);
    expect(sameBookingName('Mueller', 'Jürgen Müller')).toBe(true);
    expect(sameBookingName('Anna Berg', 'Anna Maria Berg')).toBe(true);
    expect(sameBookingName('Berg-Schmidt', 'Anna Berg-Schmidt')).toBe(true);
    expect(sameBookingName('Herr Yilmaz', 'Ali Yilmaz')).toBe(true);
    expect(sameBookingName('Dr. Berg', 'Anna Berg')).toBe(true);
    expect(sameBookingName('José García', 'Jose Garcia')).toBe(true);
    // Bookings stored before introductions were taken off still match.
    expect(sameBookingName('Yilmaz', 'ich heiße Ali Yilmaz')).toBe(true);
  });

  it('never matches a different name', () => {
    for (const given of ['Mehmet Yilmaz', 'Ali', 'Ali Yilmaz Demir', 'Yilmazz', 'Berg', '', 'Yilmaz Yilmaz', 'Herr', 'Frau Ali']) expect(sameBookingName(given, 'Ali Yilmaz'), given).toBe(false);
    expect(sameBookingName('Schmidt', 'Anna Berg-Schmidt')).toBe(false);
  });
});

describe('choosing an offered slot', () => {
  const slot = (minutes: number, date = '2026-12-03') => {
    const hh = String(Math.floor(minutes / 60) - 1).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return { start: `${date}T${hh}:${mm}:00.000Z`, date, minutes };
  };
  const offers = [slot(14 * 60 + 45), slot(15 * 60), slot(15 * 60 + 15)];
  const choose = (text: string, list = offers) => chooseSlot(text, list, 'Europe/Berlin', entities(text))?.minutes ?? null;

  it('takes a clock time that matches one offer over a position word', () => {
    expect(choose('um drei bitte')).toBe(15 * 60);
    expect(choose('the one at 3')).toBe(15 * 60);
    expect(choose('den um Viertel nach drei')).toBe(15 * 60 + 15);
    expect(choose('15:15')).toBe(15 * 60 + 15);
    expect(choose('Donnerstag 14:45 Uhr')).toBe(14 * 60 + 45);
  });

  it('keeps numbers and ordinals as positions', () => {
    expect(choose('3')).toBe(15 * 60 + 15);
    expect(choose('der erste')).toBe(14 * 60 + 45);
    expect(choose('the second')).toBe(15 * 60);
    expect(choose('den letzten')).toBe(15 * 60 + 15);
  });

  it('does not read a time that was not offered as a position', () => {
    expect(choose('um zwei')).toBeNull();
    expect(choose('den um viertel nach zwei')).toBeNull();
  });

  it('picks the offer on the day named when the offers are on different days', () => {
    const days = [slot(7 * 60 + 30, '2026-11-27'), slot(7 * 60 + 30, '2026-11-30'), slot(7 * 60 + 30, '2026-12-01')];
    expect(choose('Montag', days)).toBe(7 * 60 + 30);
    expect(chooseSlot('Montag', days, 'Europe/Berlin', entities('Montag'))?.date).toBe('2026-11-30');
    expect(chooseSlot('Mittwoch', days, 'Europe/Berlin', entities('Mittwoch'))).toBeNull();
  });

  it('still reads a written clock time without the NLU', () => {
    expect(chooseSlot('15:00 Uhr', offers, 'Europe/Berlin')?.minutes).toBe(15 * 60);
    expect(chooseSlot('3 Uhr', offers, 'Europe/Berlin')?.minutes).toBe(15 * 60);
  });
});

describe('the wish', () => {
  it('takes the daypart after any weekday, also when the NLU gives the date alone', () => {
    expect(wishFrom('Mittwoch nachmittag', entities('Mittwoch nachmittag'))).toMatchObject({ from: '2026-12-02', daypart: 'afternoon' });
    expect(wishFrom('Mittwoch vormittag', entities('Mittwoch vormittag'))).toMatchObject({ from: '2026-12-02', daypart: 'morning' });
    expect(wishFrom('Nachmittag', entities('Nachmittag'))).toEqual({ daypart: 'afternoon' });
    expect(wishFrom('Guten Abend, am Montag bitte', entities('Guten Abend, am Montag bitte'))).toEqual({ from: '2026-11-30', to: '2026-11-30' });
  });

  it('reads no time of day in "Heiligabend" or "Sonnabend", but in "Mittwochnachmittag" (tester-o B1)', () => {
    expect(wishFrom('Heiligabend', entities('Heiligabend'))).toEqual({ from: '2026-12-24', to: '2026-12-24' });
    expect(wishFrom('am Sonnabend', entities('am Sonnabend'))).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(wishFrom('Mittwochnachmittag', entities('Mittwochnachmittag'))).toEqual({ daypart: 'afternoon' });
  });
});
