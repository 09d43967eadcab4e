/**
 * `npm run content:export`: writes the database's published content back to intents/*.yaml (one file per
 * intent), so content edited in the staff workspace can be reviewed and versioned in git. Files of intents
 * that no longer exist are removed. Comments in the YAML files are not kept (the database has none).
 */
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { IntentDefinition } from '../src/content/schema.js';
import { readConfig } from '../src/runtime/node/config.js';
import { openSqliteStore } from '../src/runtime/node/open-store.js';
import { createContentRepository } from '../src/staff/store/content-repository.js';

/** Leaves out schema defaults (empty lists, confirm: false) so exported files look hand-written. */
function compact(intent: IntentDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(intent)) {
    if (value === undefined || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  if (intent.examples.en.length === 0) out.examples = { de: intent.examples.de, en: [] };
  return out;
}

const config = readConfig();
const store = await openSqliteStore(config.databasePath);
try {
  const latest = await createContentRepository(store.db).latestVersion();
  if (!latest) {
    process.stderr.write('Die Datenbank hat noch keine veröffentlichten Inhalte (der Server befüllt sie beim ersten Start aus YAML).\n');
    process.exitCode = 1;
  } else {
    const dir = join(config.contentRoot, 'intents');
    const keep = new Set(latest.intents.map((intent) => `${intent.id}.yaml`));
    for (const intent of latest.intents) {
      const header = `# Exported from the staff workspace: version ${latest.version} (${latest.publishedAt}, ${latest.publishedBy}).\n`;
      await writeFile(join(dir, `${intent.id}.yaml`), header + stringify(compact(intent), { lineWidth: 0 }), 'utf8');
    }
    const removed = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name) && !keep.has(name));
    for (const name of removed) await rm(join(dir, name));
    stdout(`Version ${latest.version}: ${latest.intents.length} Anliegen nach ${dir} geschrieben${removed.length ? `, entfernt: ${removed.join(', ')}` : ''}.\n`);
  }
} finally {
  await store.close();
}

function stdout(text: string): void {
  process.stdout.write(text);
}
