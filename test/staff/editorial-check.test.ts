import { describe, expect, it } from 'vitest';
import { buildContentReport } from '../../src/content/content-report.js';
import { profileSchema, type IntentDefinition } from '../../src/content/schema.js';
import { checkDraft, MAX_ANSWER_CHARS, translateFailure } from '../../src/staff/editorial-check.js';
import { FIXTURE_FACTS } from './staff-fixture.js';

const profile = profileSchema.parse({ id: 'testcity', name: 'Stadt Teststadt', values: { website: 'https://www.example.org', phone_central: '01234 5-0' } });

const examples = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} frage nummer ${i + 1}`);

function intent(id: string, overrides: Partial<IntentDefinition> = {}): IntentDefinition {
  return {
    id,
    kind: 'faq',
    title: { de: id, en: id },
    examples: { de: examples(id, 20), en: examples(`${id} en`, 8) },
    synonyms: {},
    answer: { de: 'Das geht im Rathaus.', en: 'At the town hall.', plain: 'Gehen Sie zum Rathaus.' },
    links: [],
    suggestions: [],
    confirm: false,
    facts: [],
    ...overrides,
  };
}

const OFFICIALESE =
  'Die Beantragung des Personalausweises erfolgt unter Vorlage sämtlicher erforderlicher Nachweisdokumente einschließlich biometrischer Lichtbildaufnahmen bei der zuständigen Meldebehörde.';

/** An intent that breaks every per-intent rule of content-report.ts at once. */
const everyRuleBroken = intent('kaputt', {
  examples: { de: ['doppelt', 'doppelt', 'wohngeld frage nummer 1'], en: [] },
  answer: { de: `${OFFICIALESE} Telefon 02421 999999, 75 €, Sa 9:00 Uhr, 52355 Düren.`, en: 'Call +49 2421 123456.', plain: OFFICIALESE },
});

describe('the editorial check in the staff workspace', () => {
  it('says every failure of the content check in German, none in the words of the check itself', () => {
    const unknown = intent('unknown', { kind: 'meta', examples: { de: ['wetter'], en: [] } });
    const report = buildContentReport({ intents: [intent('wohngeld'), everyRuleBroken, unknown], profile: undefined, factsText: FIXTURE_FACTS });
    const failures = report.intents.flatMap((r) => r.failures.map((failure) => ({ failure, intent: r.id === 'unknown' ? unknown : everyRuleBroken })));
    // facts (5 numbers), readability de and plain, a long plain sentence, too few examples (de, en, unknown), twice, another intent's
    expect(failures.length).toBeGreaterThanOrEqual(12);
    for (const { failure, intent: owner } of failures) {
      const translated = translateFailure(failure, owner);
      expect(translated.message, failure).not.toMatch(/^Inhaltsprüfung:/);
      expect(translated.path, failure).toMatch(/^(answer\.(de|en|plain)|examples\.(de|en))$/);
    }
  });

  it('names an example of another intent at the intent being edited, whichever comes first in the draft', () => {
    const edited = intent('aaa', { examples: { de: [...examples('aaa', 20), 'zzz frage nummer 3'], en: examples('aaa en', 8) } });
    const { findings } = checkDraft([edited, intent('zzz')], profile, FIXTURE_FACTS, 'aaa');
    expect(findings).toContainEqual({ intent: 'aaa', path: 'examples.de', severity: 'error', message: '„zzz frage nummer 3“ ist schon Beispielfrage beim Anliegen zzz. Eine Frage gehört zu genau einem Anliegen.' });
  });

  it('compares numbers with the resolved profile values, so a placeholder for a verified number passes', () => {
    const fine = intent('zentrale', { answer: { de: 'Rufen Sie {{profile.phone_central}} an.', en: 'Call {{profile.phone_central}}.', plain: 'Rufen Sie an: {{profile.phone_central}}.' } });
    expect(checkDraft([fine], profile, FIXTURE_FACTS).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const invented = intent('zentrale', { answer: { de: 'Rufen Sie 01234 6-0 an.', en: 'Call us.', plain: 'Rufen Sie an.' } });
    expect(checkDraft([invented], profile, FIXTURE_FACTS).findings).toContainEqual(expect.objectContaining({ path: 'answer.de', severity: 'error', message: expect.stringMatching(/^Telefonnummer „01234 6-0“ steht nicht in den geprüften Fakten/) }));
  });

  it('skips the numbers without a facts file and says that they were not checked', () => {
    const invented = intent('zentrale', { answer: { de: 'Rufen Sie 01234 6-0 an.', en: 'Call us.', plain: 'Rufen Sie an.' } });
    const check = checkDraft([invented], profile, undefined);
    expect(check.factsChecked).toBe(false);
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('refuses a placeholder left unresolved, written wrong or naming a missing key, at the field it is in', () => {
    const broken = intent('platzhalter', {
      answer: { de: 'Kommen Sie in die {{profile.buergerbuero_address', en: 'Call {{profile.telefon}}.', plain: 'Gehen Sie zum Rathaus.' },
      links: [{ title: { de: 'Web', en: 'Web' }, url: '{{profile.webseite}}' }],
    });
    const errors = checkDraft([broken], profile, FIXTURE_FACTS).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.path, f.message])).toEqual([
      ['answer.de', expect.stringMatching(/^Unvollständiger Platzhalter bei „\{\{profile\.buergerbuero_address“/)],
      ['answer.en', expect.stringMatching(/^Den Platzhalter \{\{profile\.telefon\}\} gibt es im Stadtprofil \(testcity\) nicht/)],
      ['links.0.url', expect.stringMatching(/^Den Platzhalter \{\{profile\.webseite\}\} gibt es/)],
    ]);
  });

  it(`refuses an answer over ${MAX_ANSWER_CHARS} characters`, () => {
    const long = intent('lang', { answer: { de: 'Das geht im Rathaus. '.repeat(300), en: 'At the town hall.', plain: 'Gehen Sie zum Rathaus.' } });
    expect(checkDraft([long], profile, FIXTURE_FACTS).findings).toContainEqual(expect.objectContaining({ path: 'answer.de', severity: 'error', message: expect.stringMatching(/^Der Text hat 6\.300 Zeichen, höchstens 1\.200/) }));
  });
});
