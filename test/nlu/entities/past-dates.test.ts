import { describe, expect, it } from 'vitest';
import { entitiesOf, type EntityCase } from './entity-cases.js';

// NOW is Thursday 26.11.2026. Without a cue a date looks ahead (appointments); after "seit", "letzten",
// "since" or "last" it looks back, and "vor 3 Tagen" / "3 days ago" count back from today.
const PAST: EntityCase[] = [
  { text: 'seit dem 20.11.', expected: [['date', '2026-11-20', '20.11.']] },
  { text: 'seit dem 1.11', expected: [['date', '2026-11-01', '1.11']] },
  { text: 'seit 30.11.', expected: [['date', '2025-11-30', '30.11.']] },
  { text: 'seit 1. November', expected: [['date', '2026-11-01', '1. November']] },
  { text: 'since November 20th', locale: 'en', expected: [['date', '2026-11-20', 'November 20th']] },
  { text: 'seit Montag', expected: [['date', '2026-11-23', 'Montag']] },
  { text: 'letzten Dienstag', expected: [['date', '2026-11-24', 'Dienstag']] },
  { text: 'seit letztem Donnerstag', expected: [['date', '2026-11-19', 'Donnerstag']] },
  { text: 'since last Monday', locale: 'en', expected: [['date', '2026-11-23', 'Monday']] },
  { text: 'seit 3 Tagen', expected: [['date', '2026-11-23', 'seit 3 Tagen']] },
  { text: 'vor zwei Wochen', expected: [['date', '2026-11-12', 'vor zwei Wochen']] },
  { text: '3 days ago', locale: 'en', expected: [['date', '2026-11-23', '3 days ago']] },
  { text: 'seit dem 3.12.2025', expected: [['date', '2025-12-03', '3.12.2025']] },
];

const AHEAD: EntityCase[] = [
  { text: 'am 20.11.', expected: [['date', '2027-11-20', '20.11.']] },
  { text: 'Montag', expected: [['date', '2026-11-30', 'Montag']] },
  { text: 'ab Montag', expected: [['date', '2026-11-30', 'Montag']] },
  { text: 'seit gestern', expected: [['date', '2026-11-25', 'gestern']] },
  { text: 'vor vielen Tagen', expected: [] },
];

describe('dates looking back', () => {
  it.each(PAST)('reads "$text" as a past date', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
  it.each(AHEAD)('reads "$text" as without a cue', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});

// Answers to "Seit wann?" are often a month, a year or a span: a month or a year is a range, a span counts back.
const MONTHS_AND_YEARS: EntityCase[] = [
  { text: 'seit März 2023', expected: [['date_range', { from: '2023-03-01', to: '2023-03-31' }, 'seit März 2023']] },
  { text: 'März 2023', expected: [['date_range', { from: '2023-03-01', to: '2023-03-31' }, 'März 2023']] },
  { text: 'seit Oktober', expected: [['date_range', { from: '2026-10-01', to: '2026-10-31' }, 'seit Oktober']] },
  { text: 'since May', locale: 'en', expected: [['date_range', { from: '2026-05-01', to: '2026-05-31' }, 'since May']] },
  { text: 'ab März', expected: [['date_range', { from: '2027-03-01', to: '2027-03-31' }, 'ab März']] },
  { text: 'seit 2019', expected: [['date_range', { from: '2019-01-01', to: '2019-12-31' }, 'seit 2019']] },
  { text: 'im Jahr 2019', expected: [['date_range', { from: '2019-01-01', to: '2019-12-31' }, 'im Jahr 2019']] },
  { text: 'letzten Monat', expected: [['date_range', { from: '2026-10-01', to: '2026-10-31' }, 'letzten Monat']] },
  { text: 'last month', locale: 'en', expected: [['date_range', { from: '2026-10-01', to: '2026-10-31' }, 'last month']] },
  { text: 'seit einem Jahr', expected: [['date', '2025-11-26', 'seit einem Jahr']] },
  { text: 'vor 2 Monaten', expected: [['date', '2026-09-26', 'vor 2 Monaten']] },
  { text: 'a year ago', locale: 'en', expected: [['date', '2025-11-26', 'a year ago']] },
  { text: '3. März 2023', expected: [['date', '2023-03-03', '3. März 2023']] },
  { text: 'Ich verdiene 2019 Euro', expected: [['money', { amount: 2019, currency: 'EUR' }, '2019 Euro']] },
];

describe('months, years and spans', () => {
  it.each(MONTHS_AND_YEARS)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});

// A birth date is often written with a two-digit year; a small number after the month is an hour, not a year.
const SHORT_YEARS: EntityCase[] = [
  { text: '3. april 85', expected: [['date', '1985-04-03', '3. april 85']] },
  { text: 'am 3. April 10 Uhr', expected: [['date', '2027-04-03', '3. April'], ['time', '10:00', '10 Uhr']] },
  { text: 'am 3. April 20', expected: [['date', '2027-04-03', '3. April'], ['number', 20, '20']] },
];

describe('two-digit years after a month name', () => {
  it.each(SHORT_YEARS)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});
