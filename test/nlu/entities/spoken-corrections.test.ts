import { describe, expect, it } from 'vitest';
import { entitiesOf, type EntityCase } from './entity-cases.js';

// Voice transcripts keep the hesitations inside a number (tester-f A3).
const HESITATIONS: EntityCase[] = [
  { text: 'zweitausend ähm zweihundert euro', expected: [['money', { amount: 2200, currency: 'EUR' }, 'zweitausend ähm zweihundert euro']] },
  {
    text: 'äh also brutto so zweitausend ähm zweihundert euro',
    expected: [['money', { amount: 2200, currency: 'EUR', qualifier: 'brutto' }, 'zweitausend ähm zweihundert euro']],
  },
  { text: 'tausend ähm achthundert', expected: [['number', 1800, 'tausend ähm achthundert']] },
  { text: 'sieben hundert äh fünfzig', expected: [['number', 750, 'sieben hundert äh fünfzig']] },
  // Two numbers that are no one number stay two, hesitation or not.
  { text: 'zwei ähm drei', expected: [['number', 2, 'zwei'], ['number', 3, 'drei']] },
];

// After a self-correction the last value counts; the first is taken back.
const CORRECTIONS: EntityCase[] = [
  { text: '1800 ähm nein 2200', expected: [['number', 2200, '2200']] },
  { text: '1800, ich meine 2200', expected: [['number', 2200, '2200']] },
  { text: '1800 besser gesagt 2200 Euro', expected: [['money', { amount: 2200, currency: 'EUR' }, '2200 Euro']] },
  { text: 'zweitausend sorry zweitausendzweihundert euro', expected: [['money', { amount: 2200, currency: 'EUR' }, 'zweitausendzweihundert euro']] },
  // A bare figure after an amount corrects the amount and keeps its kind.
  { text: '850 Euro warm, nein 900', expected: [['money', { amount: 900, currency: 'EUR', qualifier: 'warm' }, '900']] },
  { text: 'wir sind 3 nein 4', expected: [['household_size', 4, '4']] },
  // Other words between the figures: both stay (the dialog decides).
  { text: 'Miete 600, nein, Nebenkosten 150', expected: [['number', 600, '600'], ['number', 150, '150']] },
  { text: '2 hunde nein 3', expected: [['number', 2, '2'], ['number', 3, '3']] },
];

describe('spoken numbers with hesitations and self-corrections', () => {
  it.each(HESITATIONS)('reads "$text" as one number across the hesitation', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
  it.each(CORRECTIONS)('keeps the corrected value of "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});
