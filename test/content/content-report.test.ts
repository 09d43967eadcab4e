import { describe, expect, it } from 'vitest';
import { buildContentReport, confirmList, median } from '../../src/content/content-report.js';
import { intentSchema, profileSchema, type IntentDefinition } from '../../src/content/schema.js';

const FACTS = '| Central phone | 02421 25-0 |\n| Personalausweis fee | 46 € from age 24 |';
const profile = profileSchema.parse({ id: 'test', name: 'Test', values: { hours: 'Mo 8:00' }, confirm: ['hours'] });

function intent(id: string, overrides: Record<string, unknown> = {}): IntentDefinition {
  return intentSchema.parse({
    id,
    kind: 'faq',
    title: { de: 'Titel', en: 'Title' },
    examples: {
      de: Array.from({ length: 20 }, (_, i) => `${id} Frage ${i}`),
      en: Array.from({ length: 8 }, (_, i) => `${id} question ${i}`),
    },
    answer: { de: 'Der Ausweis kostet 46 €. Rufen Sie 02421 25-0 an.', en: 'It costs 46 €.', plain: 'Der Ausweis kostet 46 €.' },
    ...overrides,
  });
}

const failuresOf = (intents: IntentDefinition[], heldOut: { file: string; lines: string[] }[] = []) =>
  buildContentReport({ intents, profile, factsText: FACTS, heldOut }).intents.flatMap((r) => r.failures);

describe('buildContentReport', () => {
  it('passes an intent that follows the content guide', () => {
    expect(failuresOf([intent('a')])).toEqual([]);
  });

  it('requires 20 German and 8 English examples', () => {
    const failures = failuresOf([intent('a', { examples: { de: ['eins'], en: [] } })]);
    expect(failures).toEqual(['examples.de: 1 < 20', 'examples.en: 0 < 8']);
  });

  it('requires 30 out-of-scope examples for unknown instead', () => {
    const failures = failuresOf([intent('unknown', { examples: { de: ['Wetter'], en: ['joke'] } })]);
    expect(failures).toEqual(['examples: 2 out-of-scope examples (de + en) < 30']);
  });

  it('rejects examples copied from held-out test data and examples shared by two intents', () => {
    const copied = intent('a');
    copied.examples.de[0] = 'Was kostet der Personalausweis?';
    copied.examples.de[1] = 'Wie wird das Wetter morgen';
    const failures = failuresOf([copied, intent('b', { examples: { de: [...intent('a').examples.de], en: intent('b').examples.en } })], [
      { file: 'test/contract/examples.tsv', lines: ['was kostet der personalausweis'] },
      { file: 'test/nlu/data/out-of-scope.tsv', lines: ['Wie wird das Wetter morgen?'] },
    ]);
    expect(failures[0]).toBe('examples: "Was kostet der Personalausweis?" copies a held-out line of test/contract/examples.tsv');
    expect(failures[1]).toBe('examples: "Wie wird das Wetter morgen" copies a held-out line of test/nlu/data/out-of-scope.tsv');
    // 20 shared examples, two of which "a" replaced by the copied lines.
    expect(failures.filter((f) => f.includes('is also an example of "a"'))).toHaveLength(18);
  });

  it('fails an example listed twice in one language, but not a loan word in both', () => {
    const base = intent('a');
    const failures = failuresOf([{ ...base, examples: { de: [...base.examples.de, 'Cancel', base.examples.de[0] + '?'], en: [...base.examples.en, 'cancel'] } }]);
    expect(failures).toEqual([`examples.de: "${base.examples.de[0]}?" is listed twice`]);
  });

  it('fails long plain sentences, hard plain text and hard German', () => {
    const hard = 'Die Inanspruchnahme sozialrechtlicher Leistungsansprüche erfordert grundsätzlich vollständige Antragsunterlagen einschließlich Einkommensnachweisen.';
    const failures = failuresOf([intent('a', { answer: { de: hard, en: 'x', plain: `${hard.slice(0, -1)} und dazu noch viele weitere Wörter in diesem langen Satz.` } })]);
    expect(failures.some((f) => f.startsWith('answer.plain: Amstad'))).toBe(true);
    expect(failures.some((f) => f.startsWith('answer.plain: sentence of'))).toBe(true);
    expect(failures.some((f) => f.startsWith('answer.de: Amstad'))).toBe(true);
  });

  it('reports an invented fee unless the intent lists it with a source', () => {
    const answer = { de: 'Das kostet 55 €.', en: 'It costs 55 €.', plain: 'Das kostet 55 €.' };
    expect(failuresOf([intent('a', { answer })])).toContain('answer.de: euro "55" is neither in the facts file nor in facts:');
    expect(failuresOf([intent('a', { answer, facts: [{ value: '55 €', source: '§ 1 Gebührenordnung' }] })])).toEqual([]);
  });

  it('fails a profile confirm key that has no value', () => {
    const broken = profileSchema.parse({ id: 'test', name: 'Test', values: {}, confirm: ['hours'] });
    const intents = Array.from({ length: 59 }, (_, i) => intent(`i${i}`));
    expect(buildContentReport({ intents, profile: broken, factsText: FACTS }).failures).toEqual([
      'profile: confirm lists "hours", which is neither a value nor a section',
    ]);
  });

  it('counts too few intents as a failure of the whole content', () => {
    expect(buildContentReport({ intents: [intent('a')], profile, factsText: FACTS }).failures).toEqual(['1 intents < 59 required']);
  });
});

describe('confirmList', () => {
  it('lists unverified profile values, intents marked confirm and listed facts', () => {
    const intents = [intent('a', { confirm: ['Öffnungszeiten'], facts: [{ value: '30 €', source: 'Gebührensatzung' }] }), intent('b', { confirm: true })];
    expect(confirmList(intents, profile)).toEqual([
      'profile hours: Mo 8:00',
      'intent a: Öffnungszeiten',
      'intent b: the whole answer',
      'intent a: fact "30 €" (source: Gebührensatzung)',
    ]);
  });

  it('computes the median of even and odd lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
