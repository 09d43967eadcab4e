import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/types.js';
import { extractEntities } from '../../../src/nlu/entities/index.js';
import { entitiesOf, NOW, type EntityCase } from './entity-cases.js';

const MIXED: EntityCase[] = [
  {
    text: 'Wir sind 4 Personen und zahlen 650 Euro warm',
    expected: [['household_size', 4, 'Wir sind 4 Personen'], ['money', { amount: 650, currency: 'EUR', qualifier: 'warm' }, '650 Euro warm']],
  },
  {
    text: 'Ruf mich an unter 0176 12345678 oder am 03.12.2026',
    expected: [['phone', '017612345678', '0176 12345678'], ['date', '2026-12-03', '03.12.2026']],
  },
  {
    text: 'Tel. 02421 25-0, Markt 2, 52349 Düren, Miete 1.200 €',
    expected: [
      ['phone', '02421250', '02421 25-0'],
      ['address', { street: 'Markt', number: '2', postcode: '52349', city: 'Düren' }, 'Markt 2, 52349 Düren'],
      ['money', { amount: 1200, currency: 'EUR' }, '1.200 €'],
    ],
  },
  {
    text: 'Sperrmüll bitte nächste Woche in die Hauptstraße 12a, Kennzeichen DN-AB 123 parkt davor',
    expected: [
      ['date_range', { from: '2026-11-30', to: '2026-12-06' }, 'nächste Woche'],
      ['address', { street: 'Hauptstraße', number: '12a' }, 'Hauptstraße 12a'],
      ['licence_plate', 'DN-AB 123', 'DN-AB 123'],
    ],
  },
  {
    text: 'My IBAN is DE89 3704 0044 0532 0130 00, email me at john@example.com',
    locale: 'en',
    expected: [
      ['iban', 'DE89370400440532013000', 'DE89 3704 0044 0532 0130 00'],
      ['email', 'john@example.com', 'john@example.com'],
    ],
  },
];

describe('overlaps and mixed sentences', () => {
  it.each(MIXED)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });

  it('reports offsets into the original text and never overlaps', () => {
    const text = 'Hallo! Am Dienstag, 1.12., um halb drei, wir sind zu dritt, Miete 850,50 € kalt, Tel. +49 2421 252000, PLZ 52349.';
    const entities: Entity[] = extractEntities(text, { locale: 'de', now: NOW });
    expect(entities.map((e) => e.type)).toEqual(['date', 'date', 'time', 'household_size', 'money', 'phone', 'postcode']);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    entities.slice(1).forEach((e, i) => expect(e.start).toBeGreaterThanOrEqual(entities[i]?.end ?? Infinity));
  });

  it('finishes on long hostile input with the right result', () => {
    const hostile = `${'0 1 2 3 4 5 6 7 8 9 '.repeat(40)}${'DE89 '.repeat(40)}${'a@'.repeat(100)}${'Am Am Am '.repeat(30)}um 10 Uhr`;
    const entities = extractEntities(hostile, { locale: 'de', now: NOW });
    expect(entities.at(-1)).toMatchObject({ type: 'time', value: '10:00', text: 'um 10 Uhr' });
  });
});
