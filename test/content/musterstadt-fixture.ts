/**
 * Stadt Musterstadt adopting the project as docs/ADOPTING.md says: the Düren profile copied and every value
 * replaced, the content (intents, dialogs) unchanged. Used by the adoption tests of test/content.
 */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export function duerenProfileText(): Promise<string> {
  return readFile(join(ROOT, 'profiles', 'dueren', 'profile.yaml'), 'utf8');
}

/** The Düren profile with Musterstadt's names, postcodes and phone numbers; `edit` changes the text further. */
export async function musterstadtProfileText(edit: (text: string) => string = (text) => text): Promise<string> {
  const text = (await duerenProfileText())
    .replace(/^id: dueren$/m, 'id: musterstadt')
    .replace(/^place_names: .*$/m, 'place_names: [Musterstadt, Musterstadts, AWM]')
    .replaceAll('Dürener Service Betrieb', 'Abfallwirtschaft Musterstadt')
    .replaceAll('Dürens', 'Musterstadts')
    .replaceAll('Düren', 'Musterstadt')
    .replaceAll('dueren', 'musterstadt')
    .replaceAll('DSB', 'AWM')
    .replaceAll('dn-sb', 'awm-musterstadt')
    .replaceAll('02421', '01234')
    .replace(/5235\d/g, (code) => `1234${code.slice(4)}`)
    .replace(/^ {2}submission_prefix: DN$/m, '  submission_prefix: MS');
  return edit(text);
}

/** A content root in a temp dir: the project's intents and dialogs, profiles/dueren and profiles/musterstadt. */
export async function musterstadtRoot(edit?: (text: string) => string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'stadtlotse-musterstadt-'));
  await cp(join(ROOT, 'intents'), join(root, 'intents'), { recursive: true });
  await cp(join(ROOT, 'dialogs'), join(root, 'dialogs'), { recursive: true });
  await cp(join(ROOT, 'profiles', 'dueren'), join(root, 'profiles', 'dueren'), { recursive: true });
  await mkdir(join(root, 'profiles', 'musterstadt'));
  await writeFile(join(root, 'profiles', 'musterstadt', 'profile.yaml'), await musterstadtProfileText(edit));
  return root;
}
