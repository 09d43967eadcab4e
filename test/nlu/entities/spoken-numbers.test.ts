import { describe, expect, it } from 'vitest';
import { entitiesOf, type EntityCase } from './entity-cases.js';

// Voice transcripts write the numbers of an address as words; the entity keeps the words as its text.
const SPOKEN: EntityCase[] = [
  { text: 'schenkelstraße vierzehn', expected: [['address', { street: 'schenkelstraße', number: '14' }, 'schenkelstraße vierzehn']] },
  { text: 'friedrichstraße dreiundzwanzig', expected: [['address', { street: 'friedrichstraße', number: '23' }, 'friedrichstraße dreiundzwanzig']] },
  { text: 'fünf zwei drei vier neun', expected: [['postcode', '52349', 'fünf zwei drei vier neun']] },
  {
    text: 'Schenkelstraße zwölf, fünf zwei drei vier neun Düren',
    expected: [['address', { street: 'Schenkelstraße', number: '12', postcode: '52349', city: 'Düren' }, 'Schenkelstraße zwölf, fünf zwei drei vier neun Düren']],
  },
  { text: 'ein Sofa und drei Stühle', expected: [['number', 3, 'drei']] },
  { text: 'null zwei vier zwei eins eins zwei drei vier', expected: [['phone', '024211234', 'null zwei vier zwei eins eins zwei drei vier']] },
];

describe('addresses and postcodes spoken as words', () => {
  it.each(SPOKEN)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});

describe('words that are properties of every object', () => {
  it.each(['constructor', '__proto__', '{{constructor.constructor("return process")()}}'])('"%s" is no number', (text) => {
    expect(entitiesOf(text)).toEqual([]);
  });
});
