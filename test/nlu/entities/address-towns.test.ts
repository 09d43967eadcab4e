import { describe, expect, it } from 'vitest';
import { entitiesOf, type EntityCase } from './entity-cases.js';

const TOWNS: EntityCase[] = [
  {
    text: 'Zehnthofstraße 3a 52349 düren',
    expected: [['address', { street: 'Zehnthofstraße', number: '3a', postcode: '52349', city: 'Düren' }, 'Zehnthofstraße 3a 52349 düren']],
  },
  {
    text: 'Hauptstr 5, 52349 Düren',
    expected: [['address', { street: 'Hauptstr', number: '5', postcode: '52349', city: 'Düren' }, 'Hauptstr 5, 52349 Düren']],
  },
  { text: 'Kölner Str 12', expected: [['address', { street: 'Kölner Str', number: '12' }, 'Kölner Str 12']] },
  { text: 'Hauptstr.5', expected: [['address', { street: 'Hauptstr.', number: '5' }, 'Hauptstr.5']] },
  // A town without a postcode stays in the value; the dialog decides whether it is in the city.
  { text: 'Kölnstraße 10 in Kreuzau', expected: [['address', { street: 'Kölnstraße', number: '10', city: 'Kreuzau' }, 'Kölnstraße 10 in Kreuzau']] },
  { text: 'Hauptstraße 10, Kreuzau', expected: [['address', { street: 'Hauptstraße', number: '10', city: 'Kreuzau' }, 'Hauptstraße 10, Kreuzau']] },
  { text: 'Hauptstraße 10, Kreuzau.', expected: [['address', { street: 'Hauptstraße', number: '10', city: 'Kreuzau' }, 'Hauptstraße 10, Kreuzau']] },
  {
    text: 'Am Krausberg 5 in Düren-Birkesdorf',
    expected: [['address', { street: 'Am Krausberg', number: '5', city: 'Düren-Birkesdorf' }, 'Am Krausberg 5 in Düren-Birkesdorf']],
  },
  {
    text: 'Hauptstraße 10, 52349 bad münstereifel',
    expected: [['address', { street: 'Hauptstraße', number: '10', postcode: '52349', city: 'Bad Münstereifel' }, 'Hauptstraße 10, 52349 bad münstereifel']],
  },
  // No town: words after the address that name something else.
  { text: 'Hauptstraße 10 in Ordnung?', expected: [['address', { street: 'Hauptstraße', number: '10' }, 'Hauptstraße 10']] },
  { text: 'Hauptstraße 10, Bitte.', expected: [['address', { street: 'Hauptstraße', number: '10' }, 'Hauptstraße 10']] },
  { text: 'Hauptstraße 10, Erdgeschoss', expected: [['address', { street: 'Hauptstraße', number: '10' }, 'Hauptstraße 10']] },
  {
    text: 'Hauptstraße 12a, Kennzeichen DN-AB 123',
    expected: [['address', { street: 'Hauptstraße', number: '12a' }, 'Hauptstraße 12a'], ['licence_plate', 'DN-AB 123', 'DN-AB 123']],
  },
  { text: 'Hauptstraße 10 52349 und dann', expected: [['address', { street: 'Hauptstraße', number: '10' }, 'Hauptstraße 10'], ['number', 52349, '52349']] },
];

describe('addresses with their town', () => {
  it.each(TOWNS)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});
