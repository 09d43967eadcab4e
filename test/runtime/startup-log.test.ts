/** The start-up says where the server really listens (report C5), and `npm run purge` never guesses the database. */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/http/logger.js';
import { readConfig } from '../../src/runtime/node/config.js';
import { PROJECT_ROOT } from '../../src/runtime/node/open-store.js';
import { startServer } from '../../src/runtime/node/server.js';

let dir = '';
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

describe('the started server', () => {
  it('says it listens on all interfaces when bound to 0.0.0.0, and gives a URL to reach it from this machine', async () => {
    const server = await startServer(readConfig({ HOST: '0.0.0.0', PORT: '0', DATABASE_PATH: ':memory:' }, PROJECT_ROOT), silentLogger);
    try {
      expect(server.listening).toBe(`0.0.0.0:${server.port} (all interfaces)`);
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('npm run purge', () => {
  const purge = (env: Record<string, string>) =>
    // Run from an empty folder (tsx by its path): without DATABASE_PATH it used to create ./data/ there.
    promisify(execFile)(process.execPath, ['--import', pathToFileURL(join(PROJECT_ROOT, 'node_modules/tsx/dist/loader.mjs')).href, join(PROJECT_ROOT, 'scripts/purge.ts')], { cwd: dir, env: { ...process.env, DATABASE_PATH: '', ...env } }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );

  it('refuses to run without DATABASE_PATH, or with a file that does not exist, and creates nothing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'stadtlotse-purge-'));
    const unset = await purge({});
    expect(unset.code).toBe(1);
    expect(unset.out).toContain('DATABASE_PATH is not set');
    const missing = await purge({ DATABASE_PATH: join(dir, 'typo.sqlite') });
    expect(missing.code).toBe(1);
    expect(missing.out).toContain(`DATABASE_PATH: there is no database file, got "${join(dir, 'typo.sqlite')}"`);
    expect(await readdir(dir)).toEqual([]);
  }, 60_000);
});
