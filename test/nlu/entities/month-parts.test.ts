import { describe, expect, it } from 'vitest';
import { entitiesOf, type EntityCase } from './entity-cases.js';

// NOW is Thursday 26.11.2026. A part of a month is a range; one that is over is next year's, days already
// gone are cut off (as with "diese Woche"), and after "seit" it looks back.
const PARTS: EntityCase[] = [
  { text: 'Anfang Januar', expected: [['date_range', { from: '2027-01-01', to: '2027-01-10' }, 'Anfang Januar']] },
  { text: 'lass mal Ende Dezember', expected: [['date_range', { from: '2026-12-21', to: '2026-12-31' }, 'Ende Dezember']] },
  { text: 'Mitte Dezember', expected: [['date_range', { from: '2026-12-11', to: '2026-12-20' }, 'Mitte Dezember']] },
  { text: 'im Januar', expected: [['date_range', { from: '2027-01-01', to: '2027-01-31' }, 'im Januar']] },
  { text: 'Ende Februar', expected: [['date_range', { from: '2027-02-21', to: '2027-02-28' }, 'Ende Februar']] },
  { text: 'im November', expected: [['date_range', { from: '2026-11-26', to: '2026-11-30' }, 'im November']] },
  { text: 'Mitte November', expected: [['date_range', { from: '2027-11-11', to: '2027-11-20' }, 'Mitte November']] },
  { text: 'seit Anfang November', expected: [['date_range', { from: '2026-11-01', to: '2026-11-10' }, 'Anfang November']] },
  { text: 'early January', locale: 'en', expected: [['date_range', { from: '2027-01-01', to: '2027-01-10' }, 'early January']] },
  { text: 'end of May 2027', locale: 'en', expected: [['date_range', { from: '2027-05-21', to: '2027-05-31' }, 'end of May 2027']] },
  { text: 'in June', locale: 'en', expected: [['date_range', { from: '2027-06-01', to: '2027-06-30' }, 'in June']] },
  { text: 'am 3. Dezember', expected: [['date', '2026-12-03', '3. Dezember']] },
];

describe('parts of a month', () => {
  it.each(PARTS)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});

// NOW is Thursday 26.11.2026. A weekday keeps its daypart whatever its name ends in.
const DAYPARTS: EntityCase[] = [
  { text: 'Mittwoch nachmittag', expected: [['date', '2026-12-02', 'Mittwoch'], ['daypart', 'afternoon', 'nachmittag']] },
  { text: 'Sonnabend Vormittag', expected: [['date', '2026-11-28', 'Sonnabend'], ['daypart', 'morning', 'Vormittag']] },
  { text: 'Nachmittag', expected: [['daypart', 'afternoon', 'Nachmittag']] },
  { text: 'Vormittag', expected: [['daypart', 'morning', 'Vormittag']] },
  { text: 'Abend', expected: [['daypart', 'evening', 'Abend']] },
  { text: 'Guten Abend', expected: [] },
];

describe('dayparts after any weekday and on their own', () => {
  it.each(DAYPARTS)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});
