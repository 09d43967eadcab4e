/**
 * Loads the Düren content for the NLU benchmark. Content is edited while the engine is measured, so a file
 * that does not validate is skipped (and named) instead of stopping the whole benchmark.
 */
import { buildContent, type ContentInput } from '../src/content/build-content.js';
import type { ContentBundle } from '../src/content/model.js';
import { catalogue, readContentFiles } from '../src/runtime/node/content-fs.js';

export interface LoadedContent {
  content: ContentBundle;
  skipped: string[];
}

export async function loadBenchContent(root: string): Promise<LoadedContent> {
  const files = await readContentFiles(root);
  const base = { profile: files.profile, catalogue: catalogue as ContentInput['catalogue'], requireCatalogue: false };
  try {
    return { content: buildContent({ ...base, intents: files.intents }), skipped: [] };
  } catch {
    const good = files.intents.filter((file) => {
      try {
        buildContent({ ...base, intents: [file] });
        return true;
      } catch {
        return false;
      }
    });
    const skipped = files.intents.filter((file) => !good.includes(file)).map((file) => file.path);
    return { content: buildContent({ ...base, intents: good }), skipped };
  }
}
