import { describe, expect, it } from 'vitest';
import { echo } from '../../src/dialogs/replies.js';
import type { StepDefinition } from '../../src/dialogs/schema.js';
import { formatEuro } from '../../src/dialogs/text.js';
import { estimateWohngeld } from '../../src/dialogs/wohngeld/estimate.js';

const step = (slot: string, de: string, type: StepDefinition['type'] = 'text') =>
  ({ slot, type, label: { de, en: de }, personal: false, keywords: [], validate: {}, prefill: false, optional: false }) as unknown as StepDefinition;

describe('wording of figures and echoes', () => {
  it('writes cents with two digits and whole euros without', () => {
    expect([formatEuro(1850.5, 'de'), formatEuro(850, 'de'), formatEuro(1850.5, 'en'), formatEuro(1234, 'en')]).toEqual(['1.850,50 €', '850 €', '€1,850.50', '€1,234']);
  });

  it('writes an English date with the name of the month, which reads the same in the UK and the US', () => {
    const born = { ...step('geburtsdatum', 'Geburtsdatum', 'date'), label: { de: 'Geburtsdatum', en: 'Date of birth' } } as StepDefinition;
    expect(echo([{ step: born, value: '1990-05-01' }], { locale: 'en', plainLanguage: false }, false).text).toBe('Got it: Date of birth: 1 May 1990.');
    expect(echo([{ step: born, value: '1990-05-01' }], { locale: 'de', plainLanguage: false }, false).text).toBe('Verstanden: Geburtsdatum: 01.05.1990.');
  });

  it('puts no second full stop after a value that ends in one', () => {
    expect(echo([{ step: step('wunsch', 'Wunschzeit'), value: 'am 20.11.' }], { locale: 'de', plainLanguage: false }, false).text).toBe('Verstanden: Wunschzeit: am 20.11.');
    expect(echo([{ step: step('name', 'Name'), value: 'Erika Mustermann' }], { locale: 'de', plainLanguage: false }, false).text).toBe('Verstanden: Name: Erika Mustermann.');
  });

  it('writes the rounded estimate as the other figures and the minimum rule without its own full stop', () => {
    const high = estimateWohngeld({ members: 12, rent: 3000, mietenstufe: 'VII', countedIncome: 100 });
    expect(high.steps.find((s) => s.id === 'rounded')?.de).toMatch(/^gerundet: \d\.\d{3} € im Monat$/);
    // 1 member, rent 400, counted income 1,460: the formula gives a few euros, under the 10 € minimum.
    const small = estimateWohngeld({ members: 1, rent: 400, mietenstufe: 'II', countedIncome: 1460 });
    expect(small.steps.find((s) => s.id === 'minimum')?.de).toBe('unter 10 € wird kein Wohngeld gezahlt');
  });
});
