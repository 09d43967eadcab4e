/**
 * Text written for Düren must not reach Musterstadt's citizens: "Kreis Düren", "Website der Stadt Düren" and
 * "DSB" in answers, link titles and dialogs passed content:check (report F1). The answers now use profile
 * placeholders, and content:check reports the place names of the other profiles with file and path.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/content/build-content.js';
import { placeNameProblems, type PlaceNameInput } from '../../src/content/place-names.js';
import { intentFileSchema, profileSchema, type ProfileDefinition } from '../../src/content/schema.js';
import { readContentFiles } from '../../src/runtime/node/content-fs.js';
import { duerenProfileText, musterstadtProfileText, musterstadtRoot, ROOT } from './musterstadt-fixture.js';

const dueren = profileSchema.parse(parse(await duerenProfileText()));
const musterstadt = profileSchema.parse(parse(await musterstadtProfileText()));
const files = await readContentFiles(ROOT, 'dueren');
const intents = files.intents.flatMap((file) => intentFileSchema.parse(parseYaml(file, [])).map((intent) => ({ file: file.path, intent })));
const dialogs = files.dialogs.map((file) => ({ file: file.path, raw: parseYaml(file, []) }));

const check = (profile: ProfileDefinition, other: ProfileDefinition, content: Partial<PlaceNameInput> = {}) =>
  placeNameProblems({ profile, profilePath: `profiles/${profile.id}/profile.yaml`, others: [{ path: `profiles/${other.id}/profile.yaml`, profile: other }], intents, dialogs, ...content });

describe('place names of other cities', () => {
  it('passes the project content with the Düren profile', () => {
    expect(check(dueren, musterstadt)).toEqual([]);
  });

  it('finds no Düren name in the answers, links, suggestions or offices of any intent for Musterstadt', () => {
    const problems = check(musterstadt, dueren).filter((p) => p.file.startsWith('intents/'));
    // Titles train the NLU and are left to the adopting city (docs/ADOPTING.md, step 5); everything else is placeholders.
    expect(problems.filter((p) => !p.path.startsWith('title.'))).toEqual([]);
  });

  it('finds no Düren name in the dialogs for Musterstadt (the waste company and the town come from the profile)', () => {
    expect(check(musterstadt, dueren).filter((p) => p.file.startsWith('dialogs/'))).toEqual([]);
  });

  it('reports each text that names Düren, with file and path', () => {
    const intent = intentFileSchema.parse(
      parse(`id: kfz
kind: faq
title: { de: Auto anmelden, en: Register a car }
office: "{{profile.kreis_name}}, Straßenverkehrsamt"
examples: { de: [Auto in Düren anmelden], en: [car] }
answer: { de: "Das macht der Kreis Düren, nicht {{profile.dsb_name}}.", en: Ask the DSB., plain: "Fragen Sie {{profile.dsb_short_beim}}." }
links: [{ title: { de: Website der Stadt Düren, en: City website }, url: "{{profile.website}}" }]
suggestions: [{ title: { de: Dürener Bäder, en: Pools }, value: "intent:kfz" }]`),
    )[0];
    const dialog = { steps: [{ slot: 'a', prompt: { de: 'An welcher Adresse in Düren?', en: 'Which address?' } }] };
    const problems = check(musterstadt, dueren, { intents: intent ? [{ file: 'intents/kfz.yaml', intent }] : [], dialogs: [{ file: 'dialogs/x.yaml', raw: dialog }] });
    expect(problems.map((p) => `${p.file} ${p.path} ${p.reason.split(' is ')[0] ?? ''}`)).toEqual([
      'intents/kfz.yaml answer.de "Düren"',
      'intents/kfz.yaml answer.en "DSB"',
      'intents/kfz.yaml links.0.title.de "Düren"',
      'intents/kfz.yaml suggestions.0.title.de "Dürener"',
      'dialogs/x.yaml steps.0.prompt.de "Düren"',
    ]);
    expect(problems[0]?.reason).toBe('"Düren" is a place name of profiles/dueren/profile.yaml, not of Stadt Musterstadt: use a {{profile.…}} placeholder or this city\'s own words');
  });

  it('notices a place_names list copied from Düren unchanged', () => {
    const copied: ProfileDefinition = { ...musterstadt, place_names: dueren.place_names ?? [] };
    const problems = check(copied, dueren, { intents: [], dialogs: [] });
    expect(problems[0]).toEqual({ file: 'profiles/musterstadt/profile.yaml', path: 'place_names', reason: expect.stringContaining('must list this city\'s own name "Musterstadt"') as string });
    expect(problems.map((p) => p.path)).toContain('place_names.0');
  });
});

describe('npm run content:check with a copied Musterstadt profile', () => {
  let root = '';
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('fails and names file, path and reason', async () => {
    root = await musterstadtRoot();
    const run = promisify(execFile)('npx', ['tsx', join(ROOT, 'scripts/content-check.ts'), '--profile', join(root, 'profiles', 'musterstadt')], { cwd: ROOT });
    const result = await run.then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}(intents|dialogs)\/\S+\.yaml at \S+: "(Düren|Dürens|Dürener|DSB)" is a place name of profiles\/dueren\/profile\.yaml/m);
  });
});
