/**
 * `npm run staff:create-admin` writes to DATABASE_PATH like the server. Run without the service's value it used
 * to create the administrator in ./data/stadtlotse.sqlite without saying so (report F6): it now names the file.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
let dir = '';
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (env: Record<string, string>) =>
  promisify(execFile)('npx', ['tsx', join(ROOT, 'scripts/staff-create-admin.ts')], { cwd: ROOT, env: { ...process.env, STAFF_ADMIN_USER: 'itadmin', STAFF_ADMIN_PASSWORD: 'ein langes Passwort 42', ...env } }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

describe('staff:create-admin', () => {
  it('names the database file it writes to', async () => {
    dir = await mkdtemp(join(tmpdir(), 'stadtlotse-admin-'));
    const database = join(dir, 'service.sqlite');
    const { code, out } = await run({ DATABASE_PATH: database });
    expect(code).toBe(0);
    expect(out).toContain(`Datenbank: ${database}\n`);
    expect(out).toContain(`Administrator "itadmin" angelegt in ${database}.`);
  });

  it('refuses a throw-away in-memory database', async () => {
    const { code, out } = await run({ DATABASE_PATH: ':memory:' });
    expect(code).toBe(1);
    expect(out).toContain('DATABASE_PATH=:memory:');
  });
});
