/**
 * After the first start the database's published version is served, and YAML edited later waits for an import
 * in the staff workspace (docs/ADOPTING.md). The start-up log says so, instead of leaving the IT wondering why
 * citizens still get the old text (report F5).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../../src/http/logger.js';
import { composeNodeApp } from '../../src/runtime/node/compose.js';
import { readConfig } from '../../src/runtime/node/config.js';
import { musterstadtRoot } from './musterstadt-fixture.js';

let root = '';
afterAll(() => rm(root, { recursive: true, force: true }));

async function startAndStop(): Promise<string[]> {
  const logs: string[] = [];
  const config = readConfig({ DATABASE_PATH: join(root, 'stadtlotse.sqlite'), CONTENT_ROOT: root, CITY_PROFILE: 'musterstadt' }, root);
  const node = await composeNodeApp(config, createJsonLogger((line) => logs.push(line)));
  await node.close();
  return logs.map((line) => (JSON.parse(line) as { event: string }).event);
}

describe('YAML edited after the first start', () => {
  it('logs a warning at start-up while the published version differs', async () => {
    root = await musterstadtRoot();
    expect(await startAndStop()).not.toContain('content_yaml_differs'); // first start: seeded from the YAML
    expect(await startAndStop()).not.toContain('content_yaml_differs'); // nothing changed
    const file = join(root, 'intents', 'unknown.yaml');
    const yaml = await readFile(file, 'utf8');
    expect(yaml).toContain('Das habe ich leider nicht verstanden,');
    await writeFile(file, yaml.replace('Das habe ich leider nicht verstanden,', 'Das habe ich leider gar nicht verstanden,'));
    expect(await startAndStop()).toContain('content_yaml_differs');
  });
});
