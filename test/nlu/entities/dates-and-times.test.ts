import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/nlu/entities/index.js';
import { entitiesOf, NOW, type EntityCase } from './entity-cases.js';

// Today is Thursday 2026-11-26; next week runs from Monday 2026-11-30 to Sunday 2026-12-06.
const DATES: EntityCase[] = [
  { text: 'morgen', expected: [['date', '2026-11-27', 'morgen']] },
  { text: 'Geht es übermorgen?', expected: [['date', '2026-11-28', 'übermorgen']] },
  { text: 'heute noch', expected: [['date', '2026-11-26', 'heute']] },
  { text: 'Morgen bitte', expected: [['date', '2026-11-27', 'Morgen']] },
  { text: 'nächsten Dienstag', expected: [['date', '2026-12-01', 'nächsten Dienstag']] },
  { text: 'nächsten Freitag', expected: [['date', '2026-12-04', 'nächsten Freitag']] },
  { text: 'am Dienstag', expected: [['date', '2026-12-01', 'am Dienstag']] },
  { text: 'am Freitag', expected: [['date', '2026-11-27', 'am Freitag']] },
  { text: 'am Donnerstag', expected: [['date', '2026-12-03', 'am Donnerstag']] },
  { text: 'übernächsten Montag', expected: [['date', '2026-12-07', 'übernächsten Montag']] },
  { text: 'Dienstag nächste Woche', expected: [['date', '2026-12-01', 'Dienstag nächste Woche']] },
  { text: 'am 3.12.', expected: [['date', '2026-12-03', '3.12.']] },
  { text: 'am 3.12 wäre gut', expected: [['date', '2026-12-03', '3.12']] },
  { text: '3. Dezember', expected: [['date', '2026-12-03', '3. Dezember']] },
  { text: 'den 24. Dez.', expected: [['date', '2026-12-24', '24. Dez.']] },
  { text: '03.12.2026', expected: [['date', '2026-12-03', '03.12.2026']] },
  { text: 'born 14/02/1988', expected: [['date', '1988-02-14', '14/02/1988']] },
  { text: 'geboren 14-02-88', expected: [['date', '1988-02-14', '14-02-88']] },
  { text: 'DOB 02/14/1988', expected: [['date', '1988-02-14', '02/14/1988']] },
  { text: 'am 3/12/2026', expected: [['date', '2026-12-03', '3/12/2026']] },
  { text: 'am 1.2.', expected: [['date', '2027-02-01', '1.2.']] },
  { text: 'am 14.1.27', expected: [['date', '2027-01-14', '14.1.27']] },
  { text: 'in 3 Tagen', expected: [['date', '2026-11-29', 'in 3 Tagen']] },
  { text: 'in zwei Wochen', expected: [['date', '2026-12-10', 'in zwei Wochen']] },
  { text: 'tomorrow', locale: 'en', expected: [['date', '2026-11-27', 'tomorrow']] },
  { text: 'the day after tomorrow', locale: 'en', expected: [['date', '2026-11-28', 'the day after tomorrow']] },
  { text: 'next Tuesday', locale: 'en', expected: [['date', '2026-12-01', 'next Tuesday']] },
  { text: 'on Friday', locale: 'en', expected: [['date', '2026-11-27', 'on Friday']] },
  { text: 'December 3', locale: 'en', expected: [['date', '2026-12-03', 'December 3']] },
  { text: 'Dec 3rd, 2026', locale: 'en', expected: [['date', '2026-12-03', 'Dec 3rd, 2026']] },
  { text: 'the 3rd of December', locale: 'en', expected: [['date', '2026-12-03', '3rd of December']] },
  { text: '2026-12-03', locale: 'en', expected: [['date', '2026-12-03', '2026-12-03']] },
  { text: 'nächste Woche', expected: [['date_range', { from: '2026-11-30', to: '2026-12-06' }, 'nächste Woche']] },
  { text: 'in der nächsten Woche', expected: [['date_range', { from: '2026-11-30', to: '2026-12-06' }, 'in der nächsten Woche']] },
  { text: 'diese Woche', expected: [['date_range', { from: '2026-11-26', to: '2026-11-29' }, 'diese Woche']] },
  { text: 'übernächste Woche', expected: [['date_range', { from: '2026-12-07', to: '2026-12-13' }, 'übernächste Woche']] },
  { text: 'next week', locale: 'en', expected: [['date_range', { from: '2026-11-30', to: '2026-12-06' }, 'next week']] },
  { text: 'am Wochenende', expected: [['date_range', { from: '2026-11-28', to: '2026-11-29' }, 'am Wochenende']] },
  { text: 'nächsten Monat', expected: [['date_range', { from: '2026-12-01', to: '2026-12-31' }, 'nächsten Monat']] },
  { text: 'am 31.2.', expected: [['number', 31.2, '31.2']] },
  { text: 'Guten Morgen', expected: [] },
];

const TIMES: EntityCase[] = [
  { text: 'um halb drei', expected: [['time', '14:30', 'um halb drei']] },
  { text: 'um halb zehn', expected: [['time', '09:30', 'um halb zehn']] },
  { text: '14 Uhr', expected: [['time', '14:00', '14 Uhr']] },
  { text: '14:30', expected: [['time', '14:30', '14:30']] },
  { text: 'um 14.30 Uhr', expected: [['time', '14:30', 'um 14.30 Uhr']] },
  { text: '14 Uhr 30', expected: [['time', '14:30', '14 Uhr 30']] },
  { text: 'viertel nach zehn', expected: [['time', '10:15', 'viertel nach zehn']] },
  { text: 'viertel vor zehn', expected: [['time', '09:45', 'viertel vor zehn']] },
  { text: 'um 7:30', expected: [['time', '07:30', 'um 7:30']] },
  { text: 'um 3', expected: [['time', '15:00', 'um 3']] },
  { text: 'um 5 Uhr morgens', expected: [['time', '05:00', 'um 5 Uhr'], ['daypart', 'morning', 'morgens']] },
  { text: 'um 8 abends', expected: [['time', '20:00', 'um 8'], ['daypart', 'evening', 'abends']] },
  { text: 'at 3 pm', locale: 'en', expected: [['time', '15:00', 'at 3 pm']] },
  { text: 'at 10:30am', locale: 'en', expected: [['time', '10:30', 'at 10:30am']] },
  { text: 'half past two', locale: 'en', expected: [['time', '14:30', 'half past two']] },
  { text: 'quarter to ten', locale: 'en', expected: [['time', '09:45', 'quarter to ten']] },
  { text: 'nach 14 Uhr', expected: [['time_constraint', { time: '14:00', relation: 'after' }, 'nach 14 Uhr']] },
  { text: 'vor 10', expected: [['time_constraint', { time: '10:00', relation: 'before' }, 'vor 10']] },
  { text: 'ab 9', expected: [['time_constraint', { time: '09:00', relation: 'after' }, 'ab 9']] },
  { text: 'gegen 11 Uhr', expected: [['time_constraint', { time: '11:00', relation: 'around' }, 'gegen 11 Uhr']] },
  { text: 'after 2 pm', locale: 'en', expected: [['time_constraint', { time: '14:00', relation: 'after' }, 'after 2 pm']] },
  { text: 'zwischen 10 und 12 Uhr', expected: [['time_range', { from: '10:00', to: '12:00' }, 'zwischen 10 und 12 Uhr']] },
  { text: 'between 2 and 4 pm', locale: 'en', expected: [['time_range', { from: '14:00', to: '16:00' }, 'between 2 and 4 pm']] },
  { text: 'vor 10 Jahren', expected: [['date', '2016-11-26', 'vor 10 Jahren']] },
  { text: 'vormittags', expected: [['daypart', 'morning', 'vormittags']] },
  { text: 'am Nachmittag', expected: [['daypart', 'afternoon', 'am Nachmittag']] },
  { text: 'morgens', expected: [['daypart', 'morning', 'morgens']] },
  { text: 'abends', expected: [['daypart', 'evening', 'abends']] },
  { text: 'in the morning', locale: 'en', expected: [['daypart', 'morning', 'in the morning']] },
  { text: 'morgen früh', expected: [['date', '2026-11-27', 'morgen'], ['daypart', 'morning', 'früh']] },
  { text: 'heute Morgen', expected: [['date', '2026-11-26', 'heute'], ['daypart', 'morning', 'Morgen']] },
  { text: 'Dienstag Abend', expected: [['date', '2026-12-01', 'Dienstag'], ['daypart', 'evening', 'Abend']] },
  {
    text: 'Termin am 3.12. um 14 Uhr',
    expected: [['date', '2026-12-03', '3.12.'], ['time', '14:00', 'um 14 Uhr']],
  },
  {
    text: 'kann ich am Montag nach 14 Uhr kommen?',
    expected: [['date', '2026-11-30', 'am Montag'], ['time_constraint', { time: '14:00', relation: 'after' }, 'nach 14 Uhr']],
  },
  { text: 'um 14:30 am Dienstag', expected: [['time', '14:30', 'um 14:30'], ['date', '2026-12-01', 'am Dienstag']] },
  { text: 'tomorrow at 3 pm', locale: 'en', expected: [['date', '2026-11-27', 'tomorrow'], ['time', '15:00', 'at 3 pm']] },
];

describe('dates', () => {
  it.each(DATES)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });

  it('computes "today" in the requested time zone from the injected clock', () => {
    const lateEvening = new Date('2026-11-26T23:30:00Z');
    expect(extractEntities('heute', { locale: 'de', now: lateEvening })[0]?.value).toBe('2026-11-27');
    expect(extractEntities('heute', { locale: 'de', now: lateEvening, timeZone: 'UTC' })[0]?.value).toBe('2026-11-26');
  });

  it('crosses the year boundary for dates without a year', () => {
    const newYearsEve = new Date('2026-12-31T10:00:00Z');
    expect(extractEntities('morgen oder am 2.1.', { locale: 'de', now: newYearsEve }).map((e) => e.value)).toEqual(['2027-01-01', '2027-01-02']);
  });

  it('rejects an unknown time zone with a RangeError', () => {
    expect(() => extractEntities('heute', { locale: 'de', now: NOW, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('times and dayparts', () => {
  it.each(TIMES)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});
