import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/types.js';
import { incomeFromParts } from '../../src/dialogs/wohngeld/income-parts.js';
import { extractEntities } from '../../src/nlu/entities/index.js';

function read(text: string, locale: Locale = 'de') {
  return incomeFromParts(text, extractEntities(text, { locale, now: new Date('2026-11-26T09:00:00Z') }));
}

describe('the household income from its parts', () => {
  it.each([
    ['mein Mann 1800 und ich 600 Minijob', 2400],
    ['mein mann verdient 2100 brutto, ich bekomme 400 Minijob', 2500],
    ['18000 im Jahr', 1500],
    ['Jahreseinkommen 30.000 €', 2500],
    ['1800 brutto und 250 Kindergeld', 1800],
    ['my husband earns 2000 and I 500', 2500],
  ])('reads "%s" as %d € a month', (text, value) => {
    expect(read(text, text.startsWith('my') ? 'en' : 'de')).toMatchObject({ value });
  });

  it.each(['1800', '1800 Euro brutto', 'die Miete ist doch 650 und ich verdiene 1800', '2000 brutto und 3 Kinder'])('leaves "%s" to the single figure', (text) => {
    expect(read(text)).toBeNull();
  });

  it.each([
    ['1400 Lohn und 800 Rente', ['employment', 'pension']],
    ['mein Mann bekommt 1200 Rente und ich 600 Rente', ['pension', 'pension']],
    ['ich 1500 Gehalt, mein Mann 300 Unterhalt', ['employment', 'other']],
  ])('keeps the kind of each part of "%s" for its deductions', (text, kinds) => {
    const reading = read(text);
    expect(reading && 'parts' in reading ? reading.parts?.map((p) => p.kind) : null).toEqual(kinds);
  });

  it('refuses when one of the figures is net', () => {
    expect(read('mein Mann 1800 netto und ich 600')).toEqual({ netto: true });
    expect(read('ich bekomme 1400 raus')).toEqual({ netto: true });
  });

  it('says how it added up and that Kindergeld does not count', () => {
    expect(read('mein Mann 1800, ich 600 und 250 Kindergeld')).toEqual({
      value: 2400,
      parts: [
        { monthly: 1800, kind: null },
        { monthly: 600, kind: null },
      ],
      note: {
        de: 'Ich habe die Einkommen zusammengezählt: 1.800 € + 600 € = 2.400 € im Monat. Kindergeld und Wohngeld zählen für Wohngeld nicht als Einkommen.',
        en: 'I added up the incomes: €1,800 + €600 = €2,400 a month. Child benefit and Wohngeld do not count as income for Wohngeld.',
        plain: 'Ich rechne mit 2.400 € im Monat. Kindergeld zählt nicht mit.',
        plain_en: 'I count €2,400 a month. Child benefit does not count.',
      },
    });
  });
});
