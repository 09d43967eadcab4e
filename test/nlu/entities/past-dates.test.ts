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
