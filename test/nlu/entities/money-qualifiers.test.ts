import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../src/core/types.js';
import { entitiesOf, type EntityCase } from './entity-cases.js';

const money = (amount: number, qualifier?: string): JsonValue => (qualifier ? { amount, currency: 'EUR', qualifier } : { amount, currency: 'EUR' });

// The Wohngeld questions ask for the rent without heating and the gross income; these words decide
// whether an answer is what was asked.
const QUALIFIED: EntityCase[] = [
  { text: '850 warm', expected: [['money', money(850, 'warm'), '850 warm']] },
  { text: 'Warmmiete 850 Euro', expected: [['money', money(850, 'warm'), '850 Euro']] },
  { text: 'meine Warmmiete beträgt 850 €', expected: [['money', money(850, 'warm'), '850 €']] },
  { text: '850 € inkl. Heizung', expected: [['money', money(850, 'warm'), '850 € inkl. Heizung']] },
  { text: '850 mit Heizkosten', expected: [['money', money(850, 'warm'), '850 mit Heizkosten']] },
  { text: 'Kaltmiete 600', expected: [['money', money(600, 'kalt'), '600']] },
  { text: 'Grundmiete 600 Euro', expected: [['money', money(600, 'kalt'), '600 Euro']] },
  { text: 'Gesamtmiete 850', expected: [['money', money(850, 'warm'), '850']] },
  { text: '600 Euro ohne Nebenkosten', expected: [['money', money(600, 'kalt'), '600 Euro ohne Nebenkosten']] },
  { text: 'Nettokaltmiete: 600 €', expected: [['money', money(600, 'kalt'), '600 €']] },
  { text: 'Bruttokaltmiete 720', expected: [['money', money(720, 'bruttokalt'), '720']] },
  { text: 'Miete ohne Heizung 700', expected: [['money', money(700, 'bruttokalt'), '700']] },
  { text: '700 mit Nebenkosten', expected: [['money', money(700, 'bruttokalt'), '700 mit Nebenkosten']] },
  { text: 'ich verdiene netto 1400', expected: [['money', money(1400, 'netto'), '1400']] },
  { text: '1400 netto', expected: [['money', money(1400, 'netto'), '1400 netto']] },
  { text: 'Nettolohn 1.400 €', expected: [['money', money(1400, 'netto'), '1.400 €']] },
  { text: 'netto verdiene ich 1400', expected: [['money', money(1400, 'netto'), '1400']] },
  { text: 'mir werden 1400 ausgezahlt', expected: [['money', money(1400, 'netto'), '1400 ausgezahlt']] },
  { text: 'Bruttogehalt 2.300 Euro', expected: [['money', money(2300, 'brutto'), '2.300 Euro']] },
  { text: 'I take home 1400', locale: 'en', expected: [['money', money(1400, 'netto'), '1400']] },
  { text: '1400 after tax', locale: 'en', expected: [['money', money(1400, 'netto'), '1400 after tax']] },
  { text: 'gross income 2,300', locale: 'en', expected: [['money', money(2300, 'brutto'), '2,300']] },
  { text: 'rent is 700 including heating', locale: 'en', expected: [['money', money(700, 'warm'), '700 including heating']] },
  { text: '650 without heating', locale: 'en', expected: [['money', money(650, 'bruttokalt'), '650 without heating']] },
  { text: 'ich bekomme 1400 raus', expected: [['money', money(1400, 'netto'), '1400 raus']] },
  { text: '18000 im jahr', expected: [['money', { amount: 18000, currency: 'EUR', period: 'year' }, '18000 im jahr']] },
  { text: '18.000 € brutto im Jahr', expected: [['money', { amount: 18000, currency: 'EUR', qualifier: 'brutto', period: 'year' }, '18.000 € brutto im Jahr']] },
  { text: 'Jahreseinkommen 30.000', expected: [['money', { amount: 30000, currency: 'EUR', period: 'year' }, '30.000']] },
  { text: 'raus kommen wir mit 3', expected: [['number', 3, '3']] },
];

// Each figure keeps its own word: a qualifier does not reach over another figure, a comma, "und" or "plus",
// nor over more than three words.
const BOUNDED: EntityCase[] = [
  {
    text: '600 kalt, 750 warm',
    expected: [['money', money(600, 'kalt'), '600 kalt'], ['money', money(750, 'warm'), '750 warm']],
  },
  { text: 'Kaltmiete 600 plus 150 Nebenkosten', expected: [['money', money(600, 'kalt'), '600'], ['number', 150, '150']] },
  {
    text: '600 Euro kalt und 150 Euro Nebenkosten',
    expected: [['money', money(600, 'kalt'), '600 Euro kalt'], ['money', money(150), '150 Euro']],
  },
  { text: 'warm ist es hier nicht, wir sind 3', expected: [['household_size', 3, 'wir sind 3']] },
  { text: 'netto ist das viel weniger als die 1400', expected: [['number', 1400, '1400']] },
  { text: 'Warmwasser 40', expected: [['number', 40, '40']] },
  { text: 'das internet kostet 40', locale: 'en', expected: [['number', 40, '40']] },
];

describe('money qualifiers', () => {
  it.each(QUALIFIED)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
  it.each(BOUNDED)('keeps "$text" to its own figures', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});
