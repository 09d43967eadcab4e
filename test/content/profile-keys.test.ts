/**
 * A profile key that only dialogs/*.yaml or the dialogs' code use must be there when content loads: without
 * `postcodes` citizens saw "{{profile.postcodes}}" and every address was refused, while content:check and the
 * start-up passed (report F3). Checked in buildContent, so the check, the start-up and the Workers build agree.
 */
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContent, type ContentInput } from '../../src/content/build-content.js';
import { ContentError } from '../../src/content/content-error.js';
import type { ContentProblem } from '../../src/content/model.js';
import { LEGAL_PAGE_PROFILE_KEYS } from '../../src/content/profile-values.js';
import { createDefaultRegistry } from '../../src/dialogs/applications.js';
import { createDialogValidator } from '../../src/dialogs/validate-content.js';
import { silentLogger } from '../../src/http/logger.js';
import { composeNodeApp } from '../../src/runtime/node/compose.js';
import { readConfig } from '../../src/runtime/node/config.js';
import { catalogue, readContentFiles } from '../../src/runtime/node/content-fs.js';
import { testIntentFiles } from '../support/test-content.js';
import { musterstadtProfileText, musterstadtRoot, ROOT } from './musterstadt-fixture.js';

const text = '{ de: Frage, en: Question, plain: Frage }';
const dialog = (steps: string, completion = 'umfrage_antwort') => `id: test
title: { de: Test, en: Test }
trigger: [personalausweis]
intro: ${text}
summary: { intro: ${text}, confirm: ${text} }
completion: ${completion}
submission: { type: test }
handoff: ${text}
steps:
${steps}`;

function problemsOf(build: () => unknown): ContentProblem[] {
  try {
    build();
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const profile = (values: string) => ({ path: 'profiles/t/profile.yaml', text: `id: t\nname: Stadt T\nvalues:\n  website: https://www.example.org\n  phone_central: 01234 5-0\n${values}` });
const withDialog = (yaml: string, values = '') => () =>
  buildContent({ profile: profile(values), intents: testIntentFiles, dialogs: [{ path: 'dialogs/test.yaml', text: yaml }], catalogue: { intents: [] }, validateDialogs: createDialogValidator(createDefaultRegistry()) });

describe('profile keys used by dialogs', () => {
  it('reports a placeholder in a dialog text whose key the profile lacks, with file and path', () => {
    const yaml = dialog(`  - { slot: a, type: text, label: { de: A, en: A }, prompt: { de: "PLZ? Bei uns: {{profile.postcodes}}.", en: Postcode?, plain: PLZ? } }`);
    expect(problemsOf(withDialog(yaml))).toEqual([{ file: 'dialogs/test.yaml', path: 'steps.0.prompt.de', reason: 'placeholder {{profile.postcodes}} is not in profiles/t/profile.yaml' }]);
    expect(problemsOf(withDialog(yaml, '  postcodes: "12345"\n'))).toEqual([]);
  });

  it('reports a key the code of a step needs on the profile', () => {
    const yaml = dialog(`  - { slot: adresse, type: address, label: { de: A, en: A }, prompt: ${text}, validate: { validator: city_address } }`);
    expect(problemsOf(withDialog(yaml))).toEqual([
      { file: 'profiles/t/profile.yaml', path: 'values.postcodes', reason: 'missing: dialogs/test.yaml needs it (the address check accepts only addresses with these postcodes)' },
    ]);
  });

  it('names the missing postcodes of the real content once, with every dialog that needs them', async () => {
    const files = await readContentFiles(ROOT, 'dueren');
    const withoutPostcodes = await musterstadtProfileText((t) => t.replace(/^ {2}postcodes: .*\n/m, ''));
    const problems = problemsOf(() =>
      buildContent({ ...files, profile: { path: 'profiles/musterstadt/profile.yaml', text: withoutPostcodes }, catalogue: catalogue as ContentInput['catalogue'], validateDialogs: createDialogValidator(createDefaultRegistry()) }),
    );
    expect(problems).toContainEqual({
      file: 'profiles/musterstadt/profile.yaml',
      path: 'values.postcodes',
      reason: 'missing: dialogs/hundesteuer.yaml, dialogs/sperrmuell.yaml, dialogs/wohngeld.yaml need it (the address check accepts only addresses with these postcodes)',
    });
  });
});

describe('profile keys of the legal pages (/datenschutz, /barrierefreiheit)', () => {
  const REQUIRED = [
    'data_protection_law',
    'data_protection_authority_dative',
    'data_protection_officer_contact',
    'accessibility_laws',
    'accessibility_enforcement_body_accusative',
    'accessibility_enforcement_law',
    'accessibility_enforcement_website',
  ];
  const withoutLegalKeys = (t: string) => t.replace(/^ {2}(data_protection|accessibility)_[a-z_]+: .*\n/gm, '');
  const realContent = async (profileText: string) => {
    const files = await readContentFiles(ROOT, 'dueren');
    return problemsOf(() =>
      buildContent({ ...files, profile: { path: 'profiles/musterstadt/profile.yaml', text: profileText }, catalogue: catalogue as ContentInput['catalogue'], validateDialogs: createDialogValidator(createDefaultRegistry()) }),
    );
  };

  it('lists every required key, and the Düren profile has them all', async () => {
    expect(LEGAL_PAGE_PROFILE_KEYS.map((e) => e.key)).toEqual(REQUIRED);
    expect(await realContent(await musterstadtProfileText())).toEqual([]);
  });

  it('refuses a city profile without them, with file, path and reason', async () => {
    const text = await musterstadtProfileText(withoutLegalKeys);
    expect(text).not.toMatch(/^ {2}(data_protection|accessibility)_/m);
    const problems = await realContent(text);
    expect(problems.map((p) => p.path)).toEqual(REQUIRED.map((key) => `values.${key}`));
    for (const problem of problems) expect(problem.file).toBe('profiles/musterstadt/profile.yaml');
    expect(problems[0]?.reason).toBe('missing: the page /datenschutz needs it (the state data-protection law the legal basis refers to; docs/ADOPTING.md, step 8)');
    expect(problems[2]?.reason).toBe('missing: the page /datenschutz needs it (how citizens reach the data-protection officer (Art. 13(1)(b) GDPR); docs/ADOPTING.md, step 8)');
    expect(problems[6]?.reason).toMatch(/^missing: the page \/barrierefreiheit needs it/);
  });

  it('leaves out the optional note without a problem', async () => {
    expect(await realContent(await musterstadtProfileText((t) => t.replace(/^ {2}accessibility_enforcement_note: .*\n/m, '')))).toEqual([]);
  });

  it('does not ask small contents without a catalogue (tests) for them', () => {
    expect(problemsOf(() => buildContent({ profile: profile(''), intents: testIntentFiles, catalogue: { intents: [] } }))).toEqual([]);
  });
});

describe('start-up with a Musterstadt profile', () => {
  let root = '';
  afterEach(() => rm(root, { recursive: true, force: true }));

  const start = async (edit: (t: string) => string) => {
    root = await musterstadtRoot(edit);
    const config = readConfig({ DATABASE_PATH: ':memory:', CONTENT_ROOT: root, CITY_PROFILE: 'musterstadt' }, root);
    return composeNodeApp(config, silentLogger).then(
      async (node) => {
        await node.close();
        return [];
      },
      (error: unknown) => {
        if (error instanceof ContentError) return error.problems;
        throw error;
      },
    );
  };

  it('stops when a key only the dialogs use is missing', async () => {
    const problems = await start((t) => t.replace(/^ {2}dsb_address: .*\n/m, ''));
    expect(problems.map((p) => `${p.file} ${p.reason}`)).toContain('dialogs/sperrmuell.yaml placeholder {{profile.dsb_address}} is not in profiles/musterstadt/profile.yaml');
  });

  it('stops when a key of the legal pages is missing', async () => {
    const problems = await start((t) => t.replace(/^ {2}data_protection_authority_dative: .*\n/m, ''));
    expect(problems).toContainEqual({
      file: 'profiles/musterstadt/profile.yaml',
      path: 'values.data_protection_authority_dative',
      reason: 'missing: the page /datenschutz needs it (the supervisory authority citizens may complain to (Art. 77 GDPR); docs/ADOPTING.md, step 8)',
    });
  });

  it('stops at Mietenstufe IX instead of answering the estimate with HTTP 500', async () => {
    const problems = await start((t) => t.replace(/^ {2}mietenstufe: .*$/m, '  mietenstufe: IX'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'profiles/musterstadt/profile.yaml', path: 'values.mietenstufe' }));
  });
});
