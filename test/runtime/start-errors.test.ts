/**
 * A setting that stops `npm start` is one line naming the variable, its reason and the value, exit code 1, no
 * stack trace (report C2); the checks run before the database is opened.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/runtime/node/config.js';
import { checkListen, checkPaths, startFailureText } from '../../src/runtime/node/preflight.js';
import { PROJECT_ROOT } from '../../src/runtime/node/open-store.js';

let dir = '';
let busy: Server;
let busyPort = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stadtlotse-start-'));
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((resolve) => busy.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

const paths = (overrides: Record<string, string>) => ({ contentRoot: PROJECT_ROOT, cityProfile: 'dueren', databasePath: join(dir, 'ok', 'db.sqlite'), ...overrides });
const line = async (promise: Promise<unknown>) => promise.then(() => 'started', (error: unknown) => startFailureText(error));

describe('a start-up setting that cannot work', () => {
  it('is named with its reason and value: CITY_PROFILE, CONTENT_ROOT, DATABASE_PATH', async () => {
    expect(await line(checkPaths(paths({ cityProfile: 'musterstadt' })))).toMatch(/^Stadtlotse could not start: CITY_PROFILE: has no profile\.yaml \(looked for .*profiles\/musterstadt\/profile\.yaml; .*\), got "musterstadt"$/);
    expect(await line(checkPaths(paths({ contentRoot: join(dir, 'nonexist') })))).toBe(`Stadtlotse could not start: CONTENT_ROOT: is not a folder (it must hold intents/, dialogs/ and profiles/), got "${join(dir, 'nonexist')}"`);
    await writeFile(join(dir, 'afile'), 'x');
    const inTheWay = join(dir, 'afile', 'db.sqlite');
    expect(await line(checkPaths(paths({ databasePath: inTheWay })))).toBe(`Stadtlotse could not start: DATABASE_PATH: its folder ${join(dir, 'afile')} cannot be created (a file is in the way), got "${inTheWay}"`);
    expect(await line(checkPaths(paths({})))).toBe('started');
  });

  it('names PORT when the port is in use and HOST when it is no address of this machine', async () => {
    expect(await line(checkListen('127.0.0.1', busyPort))).toBe(`Stadtlotse could not start: PORT: already in use on 127.0.0.1 (another Stadtlotse or another service is listening there), got "${busyPort}"`);
    expect(await line(checkListen('999.1.1.1', 3999))).toMatch(/^Stadtlotse could not start: HOST: is not an address of this machine .*, got "999\.1\.1\.1"$/);
  });

  it('refuses TRUST_PROXY other than true, false, 1 or 0, instead of reading it as false', () => {
    for (const value of ['yes', 'TRUE', 'on']) expect(() => readConfig({ TRUST_PROXY: value })).toThrow(`TRUST_PROXY: must be true, false, 1 or 0, got "${value}"`);
    expect(['true', '1', 'false', '0', ''].map((value) => readConfig({ TRUST_PROXY: value }).trustProxy)).toEqual([true, true, false, false, false]);
  });

  it('names ALLOWED_ORIGINS with the bad value and the expected form', () => {
    expect(() => readConfig({ ALLOWED_ORIGINS: 'www.dueren.de' })).toThrow('ALLOWED_ORIGINS: not a URL (expected comma-separated origins with scheme, such as https://www.dueren.de), got "www.dueren.de"');
  });
});

const exec = promisify(execFile);
const start = (env: Record<string, string>) =>
  exec(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/runtime/node/main.ts')], { cwd: PROJECT_ROOT, env: { ...process.env, HOST: '127.0.0.1', ...env }, timeout: 60_000 }).then(
    (r) => ({ code: 0, stderr: r.stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  );

describe('npm start with a bad setting', () => {
  it('prints one line and exits with 1 for PORT=abc (read before anything else)', async () => {
    const { code, stderr } = await start({ PORT: 'abc', DATABASE_PATH: join(dir, 'never.sqlite') });
    expect(code).toBe(1);
    expect(stderr).toBe('Stadtlotse could not start: PORT: must be an integer between 0 and 65535, got "abc"\n');
  }, 60_000);

  it('prints one line naming PORT when the port is in use, before the database is created', async () => {
    const database = join(dir, 'busy', 'db.sqlite');
    const { code, stderr } = await start({ PORT: String(busyPort), DATABASE_PATH: database });
    expect(code).toBe(1);
    expect(stderr).toBe(`Stadtlotse could not start: PORT: already in use on 127.0.0.1 (another Stadtlotse or another service is listening there), got "${busyPort}"\n`);
    expect(existsSync(database)).toBe(false);
  }, 60_000);
});
