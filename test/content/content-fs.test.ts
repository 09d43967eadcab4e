import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/content-error.js';
import { loadContentFromDisk, readContentFiles } from '../../src/runtime/node/content-fs.js';

let root: string;
const unknownYaml = [
  'id: unknown',
  'kind: meta',
  'title: { de: Nicht verstanden, en: Not understood }',
  'examples: { de: [Wetter], en: [weather] }',
  'answer: { de: "Bitte rufen Sie {{profile.phone_central}} an.", en: Please call us., plain: Rufen Sie an. }',
].join('\n');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'stadtlotse-content-'));
  await mkdir(join(root, 'profiles', 'musterstadt'), { recursive: true });
  await mkdir(join(root, 'intents'));
  await writeFile(join(root, 'profiles', 'musterstadt', 'profile.yaml'), 'id: musterstadt\nname: Musterstadt\nvalues:\n  phone_central: 01234 5-0\n');
  await writeFile(join(root, 'intents', 'unknown.yaml'), unknownYaml);
  await writeFile(join(root, 'intents', 'notes.txt'), 'not content');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readContentFiles', () => {
  it('reads the profile and the YAML files with paths relative to the root', async () => {
    const files = await readContentFiles(root, 'musterstadt');
    expect(files.profile.path).toBe('profiles/musterstadt/profile.yaml');
    expect(files.intents.map((f) => f.path)).toEqual(['intents/unknown.yaml']);
    expect(files.dialogs).toEqual([]);
  });

  it('accepts a profile directory instead of a name', async () => {
    const files = await readContentFiles(root, 'profiles/musterstadt');
    expect(files.profile.text).toContain('Musterstadt');
  });
});

describe('loadContentFromDisk', () => {
  it('builds the bundle with profile values resolved', async () => {
    const bundle = await loadContentFromDisk(root, { profile: 'musterstadt', requireCatalogue: false });
    expect(bundle.intentsById.get('unknown')?.answer?.de).toBe('Bitte rufen Sie 01234 5-0 an.');
  });

  it('reports missing catalogue intents against the real catalogue', async () => {
    const error = await loadContentFromDisk(root, { profile: 'musterstadt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toContainEqual({
      file: 'intents/',
      path: '',
      reason: 'catalogue intent "personalausweis" (faq) has no definition',
    });
  });

  it('passes dialog files to the dialog validator', async () => {
    await mkdir(join(root, 'dialogs'));
    await writeFile(join(root, 'dialogs', 'd.yaml'), 'id: d\n');
    const seen: string[] = [];
    await loadContentFromDisk(root, {
      profile: 'musterstadt',
      requireCatalogue: false,
      validateDialogs: (files, parsed) => {
        seen.push(...files.map((f) => f.path));
        return { dialogs: parsed, problems: [] };
      },
    });
    expect(seen).toEqual(['dialogs/d.yaml']);
  });
});
