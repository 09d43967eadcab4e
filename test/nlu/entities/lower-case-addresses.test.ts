import { describe, expect, it } from 'vitest';
import { entitiesOf, type EntityCase } from './entity-cases.js';

// Voice dictation and many citizens write everything in lower case (tester-f A1, B5, C3).
const LOWER_CASE: EntityCase[] = [
  {
    text: 'kölner straße 12, 52351 düren',
    expected: [['address', { street: 'kölner straße', number: '12', postcode: '52351', city: 'Düren' }, 'kölner straße 12, 52351 düren']],
  },
  {
    text: 'rölsdorfer straße 8 52355 düren',
    expected: [['address', { street: 'rölsdorfer straße', number: '8', postcode: '52355', city: 'Düren' }, 'rölsdorfer straße 8 52355 düren']],
  },
  {
    text: 'birkesdorfer straße 40, 52353 düren',
    expected: [['address', { street: 'birkesdorfer straße', number: '40', postcode: '52353', city: 'Düren' }, 'birkesdorfer straße 40, 52353 düren']],
  },
  {
    text: 'kölner Straße 12 52351 Düren',
    expected: [['address', { street: 'kölner Straße', number: '12', postcode: '52351', city: 'Düren' }, 'kölner Straße 12 52351 Düren']],
  },
  { text: 'alte jülicher str. 3', expected: [['address', { street: 'alte jülicher str.', number: '3' }, 'alte jülicher str. 3']] },
  { text: 'in der kölner landstraße 271', expected: [['address', { street: 'kölner landstraße', number: '271' }, 'kölner landstraße 271']] },
  // A prepositional name in lower case only where the message says it is an address.
  { text: 'am ellernbusch 5', expected: [['address', { street: 'am ellernbusch', number: '5' }, 'am ellernbusch 5']] },
  {
    text: 'ich wohne am ellernbusch 5 und habe 2 hunde',
    expected: [['address', { street: 'am ellernbusch', number: '5' }, 'am ellernbusch 5'], ['number', 2, '2']],
  },
  { text: 'am ellernbusch 5, 52355 düren', expected: [['address', { street: 'am ellernbusch', number: '5', postcode: '52355', city: 'Düren' }, 'am ellernbusch 5, 52355 düren']] },
  // No addresses: ordinary words before a number.
  { text: 'im garten 2 hunde', expected: [['number', 2, '2']] },
  { text: 'zur zeit 2', expected: [['number', 2, '2']] },
  { text: 'meine straße 5', expected: [['number', 5, '5']] },
  { text: 'am dienstag 3', expected: [['date', '2026-12-01', 'am dienstag'], ['number', 3, '3']] },
];

// The postcode stays with the address when no town follows (B5), at the end of the sentence.
const POSTCODE_WITHOUT_TOWN: EntityCase[] = [
  { text: 'Schoellerstr. 12, 52351', expected: [['address', { street: 'Schoellerstr.', number: '12', postcode: '52351' }, 'Schoellerstr. 12, 52351']] },
  { text: 'Schoellerstr 12 52351', expected: [['address', { street: 'Schoellerstr', number: '12', postcode: '52351' }, 'Schoellerstr 12 52351']] },
  { text: 'Schoellerstr 12 52351.', expected: [['address', { street: 'Schoellerstr', number: '12', postcode: '52351' }, 'Schoellerstr 12 52351']] },
];

// Spoken addresses (C3): house number and postcode as words, "Hausnummer" and "Postleitzahl" said.
const SPOKEN: EntityCase[] = [
  {
    text: 'äh kölner straße zwölf fünf zwei drei fünf eins düren',
    expected: [['address', { street: 'kölner straße', number: '12', postcode: '52351', city: 'Düren' }, 'kölner straße zwölf fünf zwei drei fünf eins düren']],
  },
  {
    text: 'kölner straße zwölf 52351 düren',
    expected: [['address', { street: 'kölner straße', number: '12', postcode: '52351', city: 'Düren' }, 'kölner straße zwölf 52351 düren']],
  },
  {
    text: 'kölner straße hausnummer zwölf postleitzahl 52351',
    expected: [['address', { street: 'kölner straße', number: '12', postcode: '52351' }, 'kölner straße hausnummer zwölf postleitzahl 52351']],
  },
  {
    text: 'rölsdorfer straße acht fünf zwei drei fünf fünf düren',
    expected: [['address', { street: 'rölsdorfer straße', number: '8', postcode: '52355', city: 'Düren' }, 'rölsdorfer straße acht fünf zwei drei fünf fünf düren']],
  },
  {
    text: 'Schenkelstraße zwölf, fünf zwei äh drei vier neun Düren',
    expected: [['address', { street: 'Schenkelstraße', number: '12', postcode: '52349', city: 'Düren' }, 'Schenkelstraße zwölf, fünf zwei äh drei vier neun Düren']],
  },
];

describe('addresses in lower case, without a town, and spoken', () => {
  it.each(LOWER_CASE)('reads "$text" whatever the case', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
  it.each(POSTCODE_WITHOUT_TOWN)('keeps the postcode of "$text" with the address', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
  it.each(SPOKEN)('reads the spoken address "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});
