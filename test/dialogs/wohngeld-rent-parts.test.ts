import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/types.js';
import { rentFromParts } from '../../src/dialogs/wohngeld/rent-parts.js';
import { extractEntities } from '../../src/nlu/entities/index.js';

function read(text: string, locale: Locale = 'de') {
  return rentFromParts(text, extractEntities(text, { locale, now: new Date('2026-11-26T09:00:00Z') }));
}

// Bruttokaltmiete = basic rent + service charges, without heating (§ 9 WoGG).
const SUMS: Array<[string, number]> = [
  ['Kaltmiete 600 plus 150 Nebenkosten', 750],
  ['Kaltmiete 600 € plus 150 € Nebenkosten', 750],
  ['600 Euro kalt und 150 Euro Nebenkosten, Heizung 80 Euro', 750],
  ['Miete 600, NK 150', 750],
  ['600 Miete 150 Nebenkosten', 750],
  ['Nebenkosten sind 150 Euro, Grundmiete 600', 750],
  ['Kaltmiete 600 Betriebskosten 120 Heizkosten 90', 720],
  ['Warmmiete 900, davon Heizung 100', 800],
  ['Miete 850 inkl. 100 Heizung', 750],
  ['850 warm und 100 Heizkosten', 750],
  ['Bruttokaltmiete 720, warm 850', 720],
  ['850 warm, 720 ohne Heizung', 720],
  ['600 plus 150 nebenkosten', 750],
  ['600 + 150 NK', 750],
  ['600 euro und 150 euro nebenkosten', 750],
  ['700 euro im monat, davon 100 heizung', 600],
];

// The single figure stands (with the validator's note on a qualifier), rather than a wrong sum.
const LEFT_ALONE = [
  '700',
  '850 Euro warm',
  'Miete 700 inklusive 150 Nebenkosten',
  'Kaltmiete 600, Nebenkosten 200 inkl. 50 Heizung',
  '600 kalt, 750 warm',
  'wir sind 4 Personen, Miete 800 Euro, Einkommen 2000 Euro brutto',
  'Miete 700 und Einkommen 2000 plus 150 Kindergeld',
  '600 und 100 Heizung',
];

describe('the rent from its parts', () => {
  it.each(SUMS)('reads "%s" as %d €', (text, value) => {
    expect(read(text)).toMatchObject({ value });
  });

  it('reads English parts', () => {
    expect(read('the rent is 600 plus 120 service charges', 'en')).toMatchObject({ value: 720 });
    expect(read('900 all in, of which 100 for heating', 'en')).toMatchObject({ value: 800 });
  });

  it.each(LEFT_ALONE)('leaves "%s" to the single figure', (text) => {
    expect(read(text)).toBeNull();
  });

  it('says how it added up, and that heating does not count, in every voice', () => {
    const result = read('600 Euro kalt und 150 Euro Nebenkosten, Heizung 80 Euro');
    expect(result).toEqual({
      value: 750,
      note: {
        de: 'Ich habe die Kaltmiete (600 €) und die Nebenkosten (150 €) zusammengezählt: 750 €. Die Heizkosten (80 €) zählen für Wohngeld nicht mit.',
        en: 'I added up the basic rent (€600) and the service charges (€150): €750. The heating costs (€80) do not count for Wohngeld.',
        plain: 'Ich habe die Miete und die Nebenkosten zusammengezählt. Das sind 750 €. Die Heizung zählt nicht mit.',
        plain_en: 'I added up the rent and the service charges. That is €750. Heating does not count.',
      },
    });
  });

  it('refuses a figure that is only the heating or only the service charges', () => {
    expect(read('Heizung 100')).toMatchObject({ reason: { de: expect.stringMatching(/^Das sind die Heizkosten/) } });
    expect(read('Nebenkosten 150')).toMatchObject({ reason: { de: expect.stringMatching(/^Das sind die Nebenkosten/) } });
    expect(read('heating is 100', 'en')).toMatchObject({ reason: { en: expect.stringMatching(/^That is the heating cost/) } });
  });
});
