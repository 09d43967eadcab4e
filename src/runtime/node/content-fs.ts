/** Reads content files from disk for the Node server and the scripts; buildContent itself never touches a disk. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { buildContent, type ContentInput } from '../../content/build-content.js';
import catalogue from '../../content/catalogue.json' with { type: 'json' };
import type { ContentBundle, ContentFile } from '../../content/model.js';

export interface ContentFiles {
  profile: ContentFile;
  intents: ContentFile[];
  dialogs: ContentFile[];
}

/** Paths in problems read like "intents/personalausweis.yaml", the same on every OS. */
function toContentPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

async function readYamlDir(root: string, dir: string): Promise<ContentFile[]> {
  let names: string[];
  try {
    names = await readdir(join(root, dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const yamlNames = names.filter((name) => /\.ya?ml$/.test(name)).sort();
  return Promise.all(
    yamlNames.map(async (name) => {
      const file = join(root, dir, name);
      return { path: toContentPath(root, file), text: await readFile(file, 'utf8') };
    }),
  );
}

/**
 * `profile` is a profile name under profiles/ ("dueren") or a directory that holds profile.yaml
 * ("profiles/aachen", "/etc/stadtlotse/profile"), relative to root unless absolute.
 */
export function profileFilePath(root: string, profile = 'dueren'): string {
  const profileDir = /[\\/]/.test(profile) ? join(profile.startsWith('/') ? '' : root, profile) : join(root, 'profiles', profile);
  return join(profileDir, 'profile.yaml');
}

export async function readContentFiles(root: string, profile = 'dueren'): Promise<ContentFiles> {
  const profileFile = profileFilePath(root, profile);
  const [profileText, intents, dialogs] = await Promise.all([
    readFile(profileFile, 'utf8'),
    readYamlDir(root, 'intents'),
    readYamlDir(root, 'dialogs'),
  ]);
  return { profile: { path: toContentPath(root, profileFile), text: profileText }, intents, dialogs };
}

export interface LoadContentOptions {
  /** Profile name or directory (see readContentFiles); the server passes CITY_PROFILE. */
  profile?: string;
  requireCatalogue?: boolean;
  validateDialogs?: ContentInput['validateDialogs'];
}

/** Reads and validates all content; throws ContentError with file, path and reason for every problem. */
export async function loadContentFromDisk(root: string, options: LoadContentOptions = {}): Promise<ContentBundle> {
  const files = await readContentFiles(root, options.profile);
  return buildContent({
    ...files,
    catalogue: catalogue as ContentInput['catalogue'],
    ...(options.requireCatalogue === undefined ? {} : { requireCatalogue: options.requireCatalogue }),
    ...(options.validateDialogs ? { validateDialogs: options.validateDialogs } : {}),
  });
}

export { catalogue };
