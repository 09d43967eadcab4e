import { describe, expect, it } from 'vitest';
import { entitiesOf, type EntityCase } from './entity-cases.js';

const NUMBERS: EntityCase[] = [
  { text: 'zwei', expected: [['number', 2, 'zwei']] },
  { text: 'vierzehn', expected: [['number', 14, 'vierzehn']] },
  { text: 'einundzwanzig', expected: [['number', 21, 'einundzwanzig']] },
  { text: 'zweihundertfünfzig', expected: [['number', 250, 'zweihundertfünfzig']] },
  { text: 'zweitausendfünfhundert', expected: [['number', 2500, 'zweitausendfünfhundert']] },
  { text: 'three', locale: 'en', expected: [['number', 3, 'three']] },
  { text: 'twenty-one', locale: 'en', expected: [['number', 21, 'twenty-one']] },
  { text: 'one hundred and five', locale: 'en', expected: [['number', 105, 'one hundred and five']] },
  { text: '42', expected: [['number', 42, '42']] },
  { text: '3,5 Zimmer', expected: [['number', 3.5, '3,5']] },
  { text: '1.200', expected: [['number', 1200, '1.200']] },
  { text: '1.200', locale: 'en', expected: [['number', 1.2, '1.200']] },
  { text: '1,200', locale: 'en', expected: [['number', 1200, '1,200']] },
  { text: 'ein Kind', expected: [] },
  { text: 'Mein Kind ist 3 Jahre alt', expected: [['number', 3, '3']] },
];

const MONEY: EntityCase[] = [
  { text: '850 Euro', expected: [['money', { amount: 850, currency: 'EUR' }, '850 Euro']] },
  { text: '850,50 €', expected: [['money', { amount: 850.5, currency: 'EUR' }, '850,50 €']] },
  { text: '1.200 EUR', expected: [['money', { amount: 1200, currency: 'EUR' }, '1.200 EUR']] },
  { text: '€ 90', expected: [['money', { amount: 90, currency: 'EUR' }, '€ 90']] },
  { text: 'Miete 650€ warm', expected: [['money', { amount: 650, currency: 'EUR', qualifier: 'warm' }, '650€ warm']] },
  { text: '650 Euro warm', expected: [['money', { amount: 650, currency: 'EUR', qualifier: 'warm' }, '650 Euro warm']] },
  { text: 'Ich verdiene 1.850,00 Euro netto', expected: [['money', { amount: 1850, currency: 'EUR', qualifier: 'netto' }, '1.850,00 Euro netto']] },
  { text: '90,- €', expected: [['money', { amount: 90, currency: 'EUR' }, '90,- €']] },
  { text: 'achthundert Euro', expected: [['money', { amount: 800, currency: 'EUR' }, 'achthundert Euro']] },
  { text: 'two hundred euros', locale: 'en', expected: [['money', { amount: 200, currency: 'EUR' }, 'two hundred euros']] },
  { text: 'rent is 1,200.50 EUR', locale: 'en', expected: [['money', { amount: 1200.5, currency: 'EUR' }, '1,200.50 EUR']] },
];

const HOUSEHOLD: EntityCase[] = [
  { text: 'wir sind zu zweit', expected: [['household_size', 2, 'wir sind zu zweit']] },
  { text: 'zu dritt', expected: [['household_size', 3, 'zu dritt']] },
  { text: 'wir sind vier', expected: [['household_size', 4, 'wir sind vier']] },
  { text: 'wir sind 4 Personen', expected: [['household_size', 4, 'wir sind 4 Personen']] },
  { text: 'Haushalt mit 5 Personen', expected: [['household_size', 5, '5 Personen']] },
  { text: '4-Personen-Haushalt', expected: [['household_size', 4, '4-Personen-Haushalt']] },
  { text: 'eine vierköpfige Familie', expected: [['household_size', 4, 'vierköpfige Familie']] },
  { text: 'mit 2 Kindern', expected: [['household_size', 3, 'mit 2 Kindern']] },
  { text: 'alleinerziehend mit zwei Kindern', expected: [['household_size', 3, 'alleinerziehend mit zwei Kindern']] },
  { text: 'ich und meine Frau mit 2 Kindern', expected: [['household_size', 4, 'ich und meine Frau mit 2 Kindern']] },
  { text: 'mein Mann und ich und 3 Kinder', expected: [['household_size', 5, 'mein Mann und ich und 3 Kinder']] },
  { text: 'ich und meine Frau', expected: [['household_size', 2, 'ich und meine Frau']] },
  { text: '2 Erwachsene und 3 Kinder', expected: [['household_size', 5, '2 Erwachsene und 3 Kinder']] },
  { text: 'ich wohne alleine', expected: [['household_size', 1, 'ich wohne alleine']] },
  { text: 'ich bin Single', expected: [['household_size', 1, 'ich bin Single']] },
  { text: 'single household', locale: 'en', expected: [['household_size', 1, 'single household']] },
  { text: 'I live alone', locale: 'en', expected: [['household_size', 1, 'I live alone']] },
  { text: 'we are three', locale: 'en', expected: [['household_size', 3, 'we are three']] },
  { text: 'we are a family of four', locale: 'en', expected: [['household_size', 4, 'we are a family of four']] },
  { text: 'there are 3 of us', locale: 'en', expected: [['household_size', 3, 'there are 3 of us']] },
  { text: 'my wife and I with 2 kids', locale: 'en', expected: [['household_size', 4, 'my wife and I with 2 kids']] },
  { text: 'ein paar Fragen', expected: [] },
  { text: 'a single question', locale: 'en', expected: [] },
];

describe('numbers', () => {
  it.each(NUMBERS)('reads "$text" ($locale)', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});

describe('money', () => {
  it.each(MONEY)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});

describe('household size', () => {
  it.each(HOUSEHOLD)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});
