import { describe, expect, it } from 'vitest';
import { isValidIban } from '../../../src/nlu/entities/iban.js';
import { entitiesOf, type EntityCase } from './entity-cases.js';

const CONTACT: EntityCase[] = [
  { text: '52349', expected: [['postcode', '52349', '52349']] },
  { text: 'PLZ 52351', expected: [['postcode', '52351', '52351']] },
  { text: '52349 Düren', expected: [['postcode', '52349', '52349']] },
  { text: 'I live in 52353', locale: 'en', expected: [['postcode', '52353', '52353']] },
  // Five digits, but no postcode: an amount for a year.
  { text: 'Ich zahle 12000 im Jahr', expected: [['money', { amount: 12000, currency: 'EUR', period: 'year' }, '12000 im Jahr']] },
  { text: 'anna.schmidt@example.de', expected: [['email', 'anna.schmidt@example.de', 'anna.schmidt@example.de']] },
  { text: 'Mail an Peter.M@Beispiel.DE bitte', expected: [['email', 'Peter.M@beispiel.de', 'Peter.M@Beispiel.DE']] },
  { text: '02421 25-0', expected: [['phone', '02421250', '02421 25-0']] },
  { text: '+49 2421 252000', expected: [['phone', '02421252000', '+49 2421 252000']] },
  { text: '+49 (0) 2421 25-2000', expected: [['phone', '02421252000', '+49 (0) 2421 25-2000']] },
  { text: '0049 2421 252000', expected: [['phone', '02421252000', '0049 2421 252000']] },
  { text: '0176 12345678', expected: [['phone', '017612345678', '0176 12345678']] },
  { text: '(02421) 25-2625', expected: [['phone', '02421252625', '(02421) 25-2625']] },
  { text: '02421/252000', expected: [['phone', '02421252000', '02421/252000']] },
  { text: 'call +43 1 234567', locale: 'en', expected: [['phone', '00431234567', '+43 1 234567']] },
  {
    text: 'meine Nummer ist null eins sieben sechs eins zwei drei vier',
    expected: [['phone', '01761234', 'null eins sieben sechs eins zwei drei vier']],
  },
  {
    text: '0176 12345678 2 Personen',
    expected: [['phone', '017612345678', '0176 12345678'], ['household_size', 2, '2 Personen']],
  },
  { text: 'DE89 3704 0044 0532 0130 00', expected: [['iban', 'DE89370400440532013000', 'DE89 3704 0044 0532 0130 00']] },
  { text: 'de89370400440532013000', expected: [['iban', 'DE89370400440532013000', 'de89370400440532013000']] },
  { text: 'IBAN DE89-3704-0044-0532-0130-00 bitte', expected: [['iban', 'DE89370400440532013000', 'DE89-3704-0044-0532-0130-00']] },
  { text: 'GB82 WEST 1234 5698 7654 32', locale: 'en', expected: [['iban', 'GB82WEST12345698765432', 'GB82 WEST 1234 5698 7654 32']] },
  {
    text: 'DE89 3704 0044 0532 0130 01',
    expected: [['iban_invalid', { iban: 'DE89370400440532013001', reason: 'checksum' }, 'DE89 3704 0044 0532 0130 01']],
  },
  {
    text: 'DE89 3704 0044 0532 0130 0 ist meine IBAN',
    expected: [['iban_invalid', { iban: 'DE8937040044053201300', reason: 'length' }, 'DE89 3704 0044 0532 0130 0']],
  },
  { text: 'DN-AB 123', expected: [['licence_plate', 'DN-AB 123', 'DN-AB 123']] },
  { text: 'Kennzeichen DN AB 123', expected: [['licence_plate', 'DN-AB 123', 'DN AB 123']] },
  { text: 'K-XY 1234E', expected: [['licence_plate', 'K-XY 1234E', 'K-XY 1234E']] },
  { text: 'Kaiserplatz 2', expected: [['address', { street: 'Kaiserplatz', number: '2' }, 'Kaiserplatz 2']] },
  {
    text: 'Markt 2, 52349 Düren',
    expected: [['address', { street: 'Markt', number: '2', postcode: '52349', city: 'Düren' }, 'Markt 2, 52349 Düren']],
  },
  { text: 'Hauptstraße 12a', expected: [['address', { street: 'Hauptstraße', number: '12a' }, 'Hauptstraße 12a']] },
  { text: 'in der Kölner Landstraße 271', expected: [['address', { street: 'Kölner Landstraße', number: '271' }, 'Kölner Landstraße 271']] },
  { text: 'Josef-Schregel-Straße 50', expected: [['address', { street: 'Josef-Schregel-Straße', number: '50' }, 'Josef-Schregel-Straße 50']] },
  { text: 'Am Krausberg 5', expected: [['address', { street: 'Am Krausberg', number: '5' }, 'Am Krausberg 5']] },
  { text: 'Kaiserplatz 2–4', expected: [['address', { street: 'Kaiserplatz', number: '2-4' }, 'Kaiserplatz 2–4']] },
  { text: 'Am Dienstag 3 Termine', expected: [['date', '2026-12-01', 'Am Dienstag'], ['number', 3, '3']] },
  { text: 'please bring 2 photos', locale: 'en', expected: [['number', 2, '2']] },
];

describe('contact data, identifiers and addresses', () => {
  it.each(CONTACT)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});

describe('IBAN checksum', () => {
  it.each(['DE89370400440532013000', 'GB82WEST12345698765432', 'AT611904300234573201', 'NL91ABNA0417164300'])('accepts the valid IBAN %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each(['DE89370400440532013001', 'DE8937040044053201300', 'XX89370400440532013000', 'de89370400440532013000'])('rejects %s', (iban) => {
    expect(isValidIban(iban)).toBe(false);
  });
});
