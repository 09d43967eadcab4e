import { describe, expect, it } from 'vitest';
import { entitiesOf, type EntityCase } from './entity-cases.js';

// Voice transcripts write German numbers apart; the words join only where they make one number.
const APART: EntityCase[] = [
  { text: 'sieben hundert fünfzig', expected: [['number', 750, 'sieben hundert fünfzig']] },
  { text: 'zwei tausend drei hundert', expected: [['number', 2300, 'zwei tausend drei hundert']] },
  { text: 'tausend zweihundert', expected: [['number', 1200, 'tausend zweihundert']] },
  { text: 'neun hundert', expected: [['number', 900, 'neun hundert']] },
  { text: 'zweihundert fünfzig', expected: [['number', 250, 'zweihundert fünfzig']] },
  { text: 'ein hundert', expected: [['number', 100, 'ein hundert']] },
  { text: 'neunzehn hundert achtzig', expected: [['number', 1980, 'neunzehn hundert achtzig']] },
  { text: 'Zwei Tausend', expected: [['number', 2000, 'Zwei Tausend']] },
  { text: 'seven hundred fifty', locale: 'en', expected: [['number', 750, 'seven hundred fifty']] },
  { text: 'sieben hundert fünfzig Euro', expected: [['money', { amount: 750, currency: 'EUR' }, 'sieben hundert fünfzig Euro']] },
  { text: 'zwölf hundert Euro', expected: [['money', { amount: 1200, currency: 'EUR' }, 'zwölf hundert Euro']] },
];

const NOT_JOINED: EntityCase[] = [
  { text: 'zwei drei', expected: [['number', 2, 'zwei'], ['number', 3, 'drei']] },
  { text: 'zwei, drei', expected: [['number', 2, 'zwei'], ['number', 3, 'drei']] },
  { text: 'zwanzig drei', expected: [['number', 20, 'zwanzig'], ['number', 3, 'drei']] },
  { text: 'zwei-drei Tage', expected: [['number', 2, 'zwei'], ['number', 3, 'drei']] },
  { text: 'tausend tausend', expected: [['number', 1000, 'tausend'], ['number', 1000, 'tausend']] },
  { text: 'two hundert', locale: 'en', expected: [['number', 2, 'two'], ['number', 100, 'hundert']] },
  { text: 'ein Kind', expected: [] },
];

describe('number words written apart', () => {
  it.each(APART)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });

  it.each(NOT_JOINED)('keeps "$text" apart', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});
