/** Placeholders: {{Profile.key}} capitalises a value that starts a sentence; uses are found with their path. */
import { describe, expect, it } from 'vitest';
import { placeholderUses, resolvePlaceholders } from '../../src/content/placeholders.js';
import { profileSchema } from '../../src/content/schema.js';

const profile = profileSchema.parse({ id: 't', name: 'Stadt T', values: { dsb_short_der: 'der DSB', kreis_der: 'die Städteregion Aachen' } });

describe('profile placeholders', () => {
  it('gives the value as written, or with a capital first letter for {{Profile.key}}', () => {
    expect(resolvePlaceholders('Das sagt Ihnen {{profile.dsb_short_der}}. {{Profile.dsb_short_der}} holt ab.', profile)).toBe('Das sagt Ihnen der DSB. Der DSB holt ab.');
    expect(resolvePlaceholders('Zuständig ist {{profile.kreis_der}}.', profile)).toBe('Zuständig ist die Städteregion Aachen.');
    expect(resolvePlaceholders('{{Profile.missing}}', profile)).toBe('{{Profile.missing}}');
  });

  it('finds each key with the first path that uses it, also with a capital P', () => {
    const uses = placeholderUses({ steps: [{ prompt: { de: 'PLZ {{profile.postcodes}}', en: '{{Profile.dsb_er}} and {{profile.postcodes}}' } }] });
    expect([...uses]).toEqual([
      ['postcodes', 'steps.0.prompt.de'],
      ['dsb_er', 'steps.0.prompt.en'],
    ]);
  });
});
