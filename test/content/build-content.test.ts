import { describe, expect, it } from 'vitest';
import { buildContent, type ContentInput } from '../../src/content/build-content.js';
import { ContentError } from '../../src/content/content-error.js';
import type { ContentFile, ContentProblem } from '../../src/content/model.js';

const profile: ContentFile = {
  path: 'profiles/test/profile.yaml',
  text: 'id: test\nname: Teststadt\nvalues:\n  website: https://www.example.org\n  phone_central: 01234 5-0\n',
};

function intentYaml(id: string, extra = ''): string {
  return [
    `id: ${id}`,
    'kind: faq',
    'title: { de: Titel, en: Title }',
    'examples: { de: [Frage], en: [question] }',
    'answer:',
    '  de: Antwort {{profile.website}}',
    '  en: Answer',
    '  plain: Einfache Antwort.',
    extra,
  ].join('\n');
}

const unknown: ContentFile = { path: 'intents/unknown.yaml', text: intentYaml('unknown').replace('kind: faq', 'kind: meta') };

function build(intents: ContentFile[], overrides: Partial<ContentInput> = {}) {
  return buildContent({ profile, intents: [unknown, ...intents], catalogue: { intents: [] }, ...overrides });
}

function problemsOf(action: () => unknown): ContentProblem[] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected a ContentError');
}

describe('buildContent', () => {
  it('resolves profile placeholders in valid content', () => {
    const bundle = build([{ path: 'intents/a.yaml', text: intentYaml('a') }]);
    expect(bundle.intentsById.get('a')?.answer?.de).toBe('Antwort https://www.example.org');
  });

  it('reports invalid YAML with file and line', () => {
    const problems = problemsOf(() => build([{ path: 'intents/bad.yaml', text: 'id: bad\nexamples: [unclosed\n' }]));
    expect(problems[0]?.file).toBe('intents/bad.yaml');
    expect(problems[0]?.path).toMatch(/^line \d+, column \d+$/);
    expect(problems[0]?.reason).not.toBe('');
  });

  it('reports a schema error with the path inside the file', () => {
    const text = intentYaml('b', 'links:\n  - title: { de: Seite, en: Page }\n    url: www.example.org');
    const problems = problemsOf(() => build([{ path: 'intents/b.yaml', text }]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'intents/b.yaml', path: 'links.0.url' });
    expect(problems[0]?.reason).toMatch(/^must be an absolute http\(s\) URL/);
  });

  it('reports a duplicate intent id with both files', () => {
    const problems = problemsOf(() =>
      build([
        { path: 'intents/c.yaml', text: intentYaml('c') },
        { path: 'intents/d.yaml', text: intentYaml('c') },
      ]),
    );
    expect(problems).toEqual([{ file: 'intents/d.yaml', path: 'id', reason: 'intent id "c" is already defined in intents/c.yaml' }]);
  });

  it('reports a suggestion that points to an unknown intent', () => {
    const text = intentYaml('e', 'suggestions:\n  - title: { de: Weiter, en: Next }\n    value: intent:gibt_es_nicht');
    const problems = problemsOf(() => build([{ path: 'intents/e.yaml', text }]));
    expect(problems).toEqual([{ file: 'intents/e.yaml', path: 'suggestions.0.value', reason: 'refers to unknown intent "gibt_es_nicht"' }]);
  });

  it('reports a placeholder whose key is missing from the profile', () => {
    const text = intentYaml('f').replace('  en: Answer', '  en: Call {{profile.buergerbuero_phone}}');
    const problems = problemsOf(() => build([{ path: 'intents/f.yaml', text }]));
    expect(problems).toEqual([
      { file: 'intents/f.yaml', path: 'answer.en', reason: 'placeholder {{profile.buergerbuero_phone}} is not in profiles/test/profile.yaml' },
    ]);
  });

  it('reports catalogue intents that have no definition', () => {
    const problems = problemsOf(() => build([], { catalogue: { intents: [{ id: 'reisepass', kind: 'faq' }] } }));
    // Checked against a catalogue, the content is a city's whole content: the legal-page keys are asked for too (profile-keys.test.ts).
    expect(problems.filter((p) => p.file !== profile.path)).toEqual([{ file: 'intents/', path: '', reason: 'catalogue intent "reisepass" (faq) has no definition' }]);
    expect(problems.filter((p) => p.file === profile.path).map((p) => p.path)).toContain('values.data_protection_law');
  });

  it('reports a regional word that English examples use as a word of their own', () => {
    const regional = { ...profile, text: `${profile.text}regional_words:\n  aus: [uss, question]\n` };
    const problems = problemsOf(() => build([{ path: 'intents/h.yaml', text: intentYaml('h') }], { profile: regional }));
    expect(problems).toEqual([
      {
        file: 'profiles/test/profile.yaml',
        path: 'regional_words.aus.1',
        reason: '"question" is an English word in the examples of intent "h"; it would be read as "aus" there too',
      },
    ]);
  });

  it('rejects a regional variant of more than one word, with its path', () => {
    const regional = { ...profile, text: `${profile.text}regional_words:\n  gibt es: [jibbet, gibt et]\n` };
    const problems = problemsOf(() => build([], { profile: regional }));
    expect(problems).toEqual([
      { file: 'profiles/test/profile.yaml', path: 'regional_words.gibt es.1', reason: 'one lower-case word without spaces or punctuation' },
    ]);
  });

  it('names every problem in the error message', () => {
    try {
      build([{ path: 'intents/g.yaml', text: intentYaml('g', 'kind2: x') }]);
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).toContain('intents/g.yaml');
    }
  });
});

describe('the did_you_mean reply', () => {
  const dym = (marker: string) => `did_you_mean:\n  de: Meinten Sie ${marker}?\n  en: Did you mean ${marker}?\n  plain: Meinen Sie ${marker}?`;

  it('belongs to the unknown intent only', () => {
    const problems = problemsOf(() => build([{ path: 'intents/c.yaml', text: intentYaml('c', dym('{topics}')) }]));
    expect(problems).toEqual([expect.objectContaining({ file: 'intents/c.yaml', path: 'did_you_mean', reason: expect.stringMatching(/only the unknown intent/) })]);
  });

  it('needs the {topics} marker in every variant, named by its path', () => {
    const text = intentYaml('unknown', dym('{topics}').replace('Did you mean {topics}?', 'Did you mean this?')).replace('kind: faq', 'kind: meta');
    const problems = problemsOf(() => buildContent({ profile, intents: [{ path: 'intents/unknown.yaml', text }], catalogue: { intents: [] } }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'intents/unknown.yaml', path: 'did_you_mean.en', reason: expect.stringMatching(/\{topics\} exactly once/) }));
    expect(problems.filter((p) => p.path.startsWith('did_you_mean'))).toHaveLength(1);
  });
});
