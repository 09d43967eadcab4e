/**
 * `npx wrangler deploy` on a fresh clone (ADOPTING.md option B): the generated bundle is not committed, and
 * wrangler used to stop with "Could not resolve ./generated/bundle.js" (or deploy an old bundle). wrangler.toml's
 * [build] runs `npm run build:workers` first. Checked with `--dry-run` on a copy without the generated bundle.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runWrangler } from './wrangler-support.js';

const clone = mkdtempSync(join(tmpdir(), 'stadtlotse-fresh-clone-'));
afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe('a fresh clone', () => {
  it('builds the bundle and the Worker with a plain `wrangler deploy --dry-run`', async () => {
    for (const path of ['package.json', 'tsconfig.json', 'wrangler.toml', 'src', 'scripts', 'intents', 'dialogs', 'profiles', 'migrations', 'docs/facts.md']) {
      cpSync(join(ROOT, path), join(clone, path), { recursive: true, filter: (source) => !source.includes('/generated/') || source.endsWith('.d.ts') || source.endsWith('/generated') });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
    const bundle = join(clone, 'src/runtime/workers/generated/bundle.js');
    expect(existsSync(bundle)).toBe(false);

    const run = await runWrangler(['deploy', '--dry-run', '--outdir', join(clone, 'out'), '--config', join(clone, 'wrangler.toml')], 240_000, clone);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/build:workers: \d+ intents/);
    expect(readFileSync(bundle, 'utf8')).toMatch(/"migrations":\["0001_init\.sql"/);
    expect(existsSync(join(clone, 'out/index.js'))).toBe(true);
  }, 300_000);
});
