import { describe, expect, it } from 'vitest';
import { entitiesOf, type EntityCase } from './entity-cases.js';

// NOW is Thursday 26.11.2026 (tester-f B1, B3, B4, B6).
const DATES: EntityCase[] = [
  { text: '12th March 1980', locale: 'en', expected: [['date', '1980-03-12', '12th March 1980']] },
  { text: '12th of March 1980', locale: 'en', expected: [['date', '1980-03-12', '12th of March 1980']] },
  { text: 'dritter april neunzehnhundertfünfundachtzig', expected: [['date', '1985-04-03', 'dritter april neunzehnhundertfünfundachtzig']] },
  { text: 'am dritten vierten fünfundachtzig', expected: [['date', '1985-04-03', 'dritten vierten fünfundachtzig']] },
  { text: '3. april neunzehnhundertfünfundachtzig', expected: [['date', '1985-04-03', '3. april neunzehnhundertfünfundachtzig']] },
  { text: 'zwanzigster mai zweitausendeins', expected: [['date', '2001-05-20', 'zwanzigster mai zweitausendeins']] },
  { text: 'der einunddreißigste dezember neunzehn hundert neunzig', expected: [['date', '1990-12-31', 'einunddreißigste dezember neunzehn hundert neunzig']] },
  { text: 'am dritten vierten', expected: [['date', '2027-04-03', 'dritten vierten']] },
  // Two ordinals without a cue or a year are no date; slash dates stay as they were.
  { text: 'zweite dritte', expected: [] },
  { text: '14/02/1988', expected: [['date', '1988-02-14', '14/02/1988']] },
  // Impossible dates are no entities.
  { text: 'dreißigster februar neunzehnhundertachtzig', expected: [] },
];

const SPELLINGS_BY_EAR: EntityCase[] = [
  { text: 'dinstag', expected: [['date', '2026-12-01', 'dinstag']] },
  { text: 'mitwoch', expected: [['date', '2026-12-02', 'mitwoch']] },
  { text: 'donerstag', expected: [['date', '2026-12-03', 'donerstag']] },
  {
    text: 'nekste woche dinstag formittag',
    expected: [['date_range', { from: '2026-11-30', to: '2026-12-06' }, 'nekste woche'], ['date', '2026-12-01', 'dinstag'], ['daypart', 'morning', 'formittag']],
  },
  { text: 'dienstag vormitag', expected: [['date', '2026-12-01', 'dienstag'], ['daypart', 'morning', 'vormitag']] },
  { text: 'freitag nachmitag', expected: [['date', '2026-11-27', 'freitag'], ['daypart', 'afternoon', 'nachmitag']] },
  // A weekday after "nächste Woche" is the one of next week (the bare Friday is tomorrow).
  { text: 'nächste Woche Freitag', expected: [['date_range', { from: '2026-11-30', to: '2026-12-06' }, 'nächste Woche'], ['date', '2026-12-04', 'Freitag']] },
  { text: 'nechsten Freitag', expected: [['date', '2026-12-04', 'nechsten Freitag']] },
];

const ENGLISH_DAYPARTS: EntityCase[] = [
  { text: 'Wednesday afternoon', locale: 'en', expected: [['date', '2026-12-02', 'Wednesday'], ['daypart', 'afternoon', 'afternoon']] },
  { text: 'Thursday evening', locale: 'en', expected: [['date', '2026-12-03', 'Thursday'], ['daypart', 'evening', 'evening']] },
  { text: 'Friday morning', locale: 'en', expected: [['date', '2026-11-27', 'Friday'], ['daypart', 'morning', 'morning']] },
  { text: 'tomorrow morning', locale: 'en', expected: [['date', '2026-11-27', 'tomorrow'], ['daypart', 'morning', 'morning']] },
  { text: 'this afternoon', locale: 'en', expected: [['daypart', 'afternoon', 'this afternoon']] },
  { text: 'good afternoon', locale: 'en', expected: [] },
];

const LAST_MONTH: EntityCase[] = [
  { text: 'seit letztem Monat', expected: [['date_range', { from: '2026-10-01', to: '2026-10-31' }, 'letztem Monat']] },
  { text: 'seit letzte monat', expected: [['date_range', { from: '2026-10-01', to: '2026-10-31' }, 'letzte monat']] },
  { text: 'seit vergangenem Monat', expected: [['date_range', { from: '2026-10-01', to: '2026-10-31' }, 'vergangenem Monat']] },
];

describe('dates as learners and voice transcripts say them', () => {
  it.each(DATES)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
  it.each(SPELLINGS_BY_EAR)('reads the spelling by ear "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
  it.each(ENGLISH_DAYPARTS)('reads the English daypart in "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
  it.each(LAST_MONTH)('reads "$text" as last month', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});
