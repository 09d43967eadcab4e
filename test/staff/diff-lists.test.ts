/** tester-i A10: the change list names the one synonym or example that changed, not every item after it. */
import { describe, expect, it } from 'vitest';
import type { IntentDefinition } from '../../src/content/schema.js';
import { diffIntent } from '../../src/staff/diff.js';

const base = {
  id: 'buergerbuero_info',
  synonyms: { bürgerbüro: ['buergerbuero', 'bürgerburo', 'bürgeramt', 'meldeamt', 'a', 'b', 'c', 'd', 'e', 'f', 'g'] },
  examples: { de: ['Wo ist das Bürgerbüro?', 'Öffnungszeiten Bürgerbüro'], en: ['citizens office'] },
  links: [{ title: { de: 'Termin', en: 'Appointment' }, url: 'https://example.org' }],
} as unknown as IntentDefinition;

describe('the field-level diff', () => {
  it('shows a word added at the front of a synonym line as one change, and added examples as one row per list', () => {
    const after = {
      ...base,
      synonyms: { bürgerbüro: ['bürgerservice', ...(base.synonyms['bürgerbüro'] ?? [])] },
      examples: { ...base.examples, de: [...base.examples.de, 'Kann ich in der Mittagspause kommen?', 'Hat das Bürgerbüro samstags auf?'] },
    } as IntentDefinition;
    expect(diffIntent(base, after)).toEqual([
      { path: 'examples.de', before: null, after: 'Kann ich in der Mittagspause kommen?\nHat das Bürgerbüro samstags auf?' },
      { path: 'synonyms.bürgerbüro', before: null, after: 'bürgerservice' },
    ]);
  });

  it('names removed items, keeps lists of objects by position, and sorts numbered paths as numbers', () => {
    const links = Array.from({ length: 11 }, (_, i) => ({ title: { de: `L${i}`, en: `L${i}` }, url: `https://example.org/${i}` }));
    const after = { ...base, examples: { ...base.examples, en: [] }, links } as unknown as IntentDefinition;
    const changes = diffIntent({ ...base, links: links.map((l) => ({ ...l, url: `${l.url}/alt` })) } as unknown as IntentDefinition, after);
    expect(changes[0]).toEqual({ path: 'examples.en', before: 'citizens office', after: null });
    expect(changes.slice(1).map((c) => c.path)).toEqual(links.map((_, i) => `links.${i}.url`));
  });
});
