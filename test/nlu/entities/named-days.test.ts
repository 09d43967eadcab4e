/**
 * Days and periods said by name, and a weekday a week on (tester-o B1, B3, B4, F). "Heiligabend" held "abend" and
 * was booked as "abends"; "Freitag in einer Woche" lost its Friday; "29.2." jumped to the next leap year.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/nlu/entities/index.js';
import type { JsonValue, Locale } from '../../../src/core/types.js';

/** Tuesday, 1 December 2026, 09:10 in Düren. */
const DEC_1 = new Date('2026-12-01T08:10:00Z');
/** Monday, 22 March 2027, 14:00 in Düren (Easter Sunday is 28 March 2027). */
const MAR_22 = new Date('2027-03-22T13:00:00Z');

const read = (text: string, now: Date, locale: Locale = 'de'): [string, JsonValue, string][] =>
  extractEntities(text, { locale, now }).map((e) => [e.type, e.value, e.text]);

describe('named days of the year', () => {
  it.each([
    ['Heiligabend', [['date', '2026-12-24', 'Heiligabend']]],
    ['an Heiligabend vormittags', [['date', '2026-12-24', 'Heiligabend'], ['daypart', 'morning', 'vormittags']]],
    ['Silvester', [['date', '2026-12-31', 'Silvester']]],
    ['an Silvester', [['date', '2026-12-31', 'Silvester']]],
    ['Neujahr', [['date', '2027-01-01', 'Neujahr']]],
    ['Weihnachten', [['date', '2026-12-25', 'Weihnachten']]],
    ['am 2. Weihnachtstag', [['date', '2026-12-26', '2. Weihnachtstag']]],
    ['zwischen den Jahren', [['date_range', { from: '2026-12-27', to: '2026-12-30' }, 'zwischen den Jahren']]],
    ['nach Weihnachten', [['date_range', { from: '2026-12-27', to: '2027-01-09' }, 'nach Weihnachten']]],
    ['vor Weihnachten', [['date_range', { from: '2026-12-01', to: '2026-12-23' }, 'vor Weihnachten']]],
    ['Ende des Monats', [['date_range', { from: '2026-12-21', to: '2026-12-31' }, 'Ende des Monats']]],
    ['Anfang nächsten Monats', [['date_range', { from: '2027-01-01', to: '2027-01-10' }, 'Anfang nächsten Monats']]],
    ['Freitag in einer Woche', [['date', '2026-12-11', 'Freitag in einer Woche']]],
    ['am Freitag in zwei Wochen', [['date', '2026-12-18', 'am Freitag in zwei Wochen']]],
  ] as const)('reads "%s" on Tuesday 1.12.2026', (text, expected) => {
    expect(read(text, DEC_1)).toEqual(expected);
  });

  it.each([
    ['Christmas Eve', [['date', '2026-12-24', 'Christmas Eve']]],
    ["New Year's Eve", [['date', '2026-12-31', "New Year's Eve"]]],
    ['after Christmas', [['date_range', { from: '2026-12-27', to: '2027-01-09' }, 'after Christmas']]],
    ['Tuesday week', [['date', '2026-12-08', 'Tuesday week']]],
  ] as const)('reads the English "%s" on Tuesday 1.12.2026', (text, expected) => {
    expect(read(text, DEC_1, 'en')).toEqual(expected);
  });

  it.each([
    ['nach Ostern', [['date_range', { from: '2027-03-30', to: '2027-04-12' }, 'nach Ostern']]],
    ['Ende des Monats', [['date_range', { from: '2027-03-22', to: '2027-03-31' }, 'Ende des Monats']]],
    ['Freitag in einer Woche', [['date', '2027-04-02', 'Freitag in einer Woche']]],
    ['Ostermontag', [['date', '2027-03-29', 'Ostermontag']]],
  ] as const)('reads "%s" on Monday 22.3.2027', (text, expected) => {
    expect(read(text, MAR_22)).toEqual(expected);
  });

  it('reads the English "Tuesday week" on a Monday as the Tuesday after tomorrow', () => {
    expect(read('Tuesday week', MAR_22, 'en')).toEqual([['date', '2027-03-30', 'Tuesday week']]);
  });

  it('reads "seit Weihnachten" as the last Christmas', () => {
    expect(read('seit Weihnachten', DEC_1)).toEqual([['date', '2025-12-25', 'Weihnachten']]);
  });

  it('reads no time of day in "Heiligabend", "Heiligabends um 3" or "Sonnabend"', () => {
    expect(read('Heiligabends um 3', DEC_1)).toEqual([['date', '2026-12-24', 'Heiligabends'], ['time', '15:00', 'um 3']]);
    expect(read('am Sonnabend', DEC_1)).toEqual([['date', '2026-12-05', 'am Sonnabend']]);
  });
});

describe('the 29 February without a year', () => {
  it('is no date when the coming February has no 29th', () => {
    expect(read('29.2.', DEC_1).some(([type]) => type === 'date')).toBe(false);
  });

  it('is the coming one in a leap year', () => {
    expect(read('29.2.', new Date('2027-12-01T09:00:00Z'))).toEqual([['date', '2028-02-29', '29.2.']]);
  });
});
