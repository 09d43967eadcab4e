import { describe, expect, it } from 'vitest';
import { factAdvice, factLinesFrom } from '../../src/content/fact-topics.js';
import type { ProfileDefinition } from '../../src/content/schema.js';

const FACTS = `
## Federal and state law
| fact | value | source |
|---|---|---|
| Personalausweis fee | 46 € from age 24; temporary ID 10 € | PAuswGebV |
| Reisepass fee | 70 € from age 24; temporary passport 26 € | PassV |
| Bürgerbüro hours | Mo 7:30–13:00; 1st and 3rd Saturday 8:00–12:00 | outdated |
| Bürgerbüro appointments | 02421 25-2000 | verified |
`;
const lines = factLinesFrom(FACTS);
const profile = { id: 'x', name: 'X', confirm: [], values: { buergerbuero_hours_de: 'Mo 7:30–13:00; 1. und 3. Samstag 8:00–12:00', buergerbuero_phone: '02421 25-2000' } } as unknown as ProfileDefinition;
const ausweis = { id: 'personalausweis', title: { de: 'Personalausweis', en: 'ID card' }, facts: [], synonyms: {} };
const info = { id: 'buergerbuero_info', title: { de: 'Bürgerbüro: Adresse, Öffnungszeiten', en: 'Citizens office' }, facts: [], synonyms: {} };
const advice = (text: string, intent = ausweis) => factAdvice(text, intent, lines, profile).map((a) => [a.fact.text, a.otherTopics ?? null, a.placeholder ?? null]);

describe('advice on verified numbers (tester-i A3, A7)', () => {
  it('names a fee that the facts file states for other topics only', () => {
    expect(advice('Der Ausweis kostet 26 €.')).toEqual([['26', ['Reisepass fee'], null]]);
    expect(advice('Der Ausweis kostet 46 €, vorläufig 10 €.')).toEqual([]);
  });

  it('points typed opening hours and phone numbers to their placeholder, but not the values a placeholder brings', () => {
    expect(advice('Mo–Fr 8:00–12:00 Uhr. Telefon: 02421 25-2000', info)).toEqual([
      ['8:00', null, '{{profile.buergerbuero_hours_de}}'],
      ['12:00 Uhr', null, '{{profile.buergerbuero_hours_de}}'],
      ['02421 25-2000', null, '{{profile.buergerbuero_phone}}'],
    ]);
    expect(advice('Geöffnet: {{profile.buergerbuero_hours_de}}, Telefon {{profile.buergerbuero_phone}}', info)).toEqual([]);
  });

  it('leaves a value alone that the intent lists in its own facts', () => {
    expect(advice('Der Ausweis kostet 26 €.', { ...ausweis, facts: [{ value: '26 €', source: 'x' }] } as never)).toEqual([]);
  });
});
