/**
 * Cloudflare's production runtime refuses PBKDF2 above 100,000 iterations (tester-p B1). The Worker hashes with
 * 100,000; `staff:create-admin -- --workers` makes the first administrator's hash with the same count, and an
 * unknown name is checked against a dummy hash of that count. Here deriveBits refuses as Cloudflare does.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { hashPassword, WORKERS_MAX_PBKDF2_ITERATIONS } from '../../src/staff/crypto.js';
import { createStaffRepository } from '../../src/staff/store/staff-repository.js';
import { createStaffApp, PASSWORD, StaffClient } from './staff-fixture.js';

const ROOT = join(import.meta.dirname, '..', '..');
let dir = '';
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

describe('staff login on a Worker (at most 100,000 PBKDF2 iterations)', () => {
  beforeEach(() => {
    const subtle = globalThis.crypto.subtle;
    const deriveBits = subtle.deriveBits.bind(subtle);
    vi.spyOn(subtle, 'deriveBits').mockImplementation((algorithm, key, length) => {
      const iterations = (algorithm as { iterations?: number }).iterations ?? 0;
      if (iterations > WORKERS_MAX_PBKDF2_ITERATIONS) return Promise.reject(new DOMException(`Pbkdf2 failed: iteration counts above 100000 are not supported (requested ${iterations}).`, 'NotSupportedError'));
      return deriveBits(algorithm, key, length);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  async function workerStaff() {
    const staff = await createStaffApp({ passwordIterations: WORKERS_MAX_PBKDF2_ITERATIONS });
    const at = new Date().toISOString();
    await staff.staffRepo.createUser({ id: crypto.randomUUID(), username: 'admin', roles: ['admin'], passwordHash: await hashPassword(PASSWORD, WORKERS_MAX_PBKDF2_ITERATIONS), active: true, createdAt: at, updatedAt: at }, { at, userId: null, username: 'test', action: 'user.create' });
    return staff;
  }

  it('answers an unknown user name with the normal refusal, not a server error', async () => {
    const staff = await workerStaff();
    expect((await new StaffClient(staff.app).login('niemand', PASSWORD)).status).toBe(401);
  });

  it('lets an administrator with a 100,000-iteration hash in, and does not re-hash the password at every login', async () => {
    const staff = await workerStaff();
    const before = (await staff.staffRepo.userByName('admin'))?.passwordHash;
    expect((await new StaffClient(staff.app).login('admin')).status).toBe(303);
    expect((await staff.staffRepo.userByName('admin'))?.passwordHash).toBe(before);
  });
});

describe('staff:create-admin for Workers', () => {
  const run = (database: string, args: string[]) =>
    promisify(execFile)('npx', ['tsx', join(ROOT, 'scripts/staff-create-admin.ts'), ...args], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: database, STAFF_ADMIN_USER: 'itadmin', STAFF_ADMIN_PASSWORD: 'ein langes Passwort 42' } }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
  async function storedHash(database: string): Promise<string | undefined> {
    const store = await openSqliteStore(database);
    try {
      return (await createStaffRepository(store.db).userByName('itadmin'))?.passwordHash;
    } finally {
      await store.close();
    }
  }

  it('hashes with 100,000 iterations with --workers, and with 600,000 without it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'stadtlotse-admin-workers-'));
    const workers = join(dir, 'workers.sqlite');
    const node = join(dir, 'node.sqlite');
    const [a, b] = await Promise.all([run(workers, ['--workers']), run(node, [])]);
    expect(a.code).toBe(0);
    expect(a.out).toContain('100.000 PBKDF2-Iterationen');
    expect(b.code).toBe(0);
    expect(await storedHash(workers)).toMatch(/^pbkdf2-sha256\$100000\$/);
    expect(await storedHash(node)).toMatch(/^pbkdf2-sha256\$600000\$/);
  }, 60_000);

  it('refuses an argument it does not know, naming the one it knows', async () => {
    dir ||= await mkdtemp(join(tmpdir(), 'stadtlotse-admin-workers-'));
    const { code, out } = await run(join(dir, 'x.sqlite'), ['--iterations', '1']);
    expect(code).toBe(1);
    expect(out).toContain('--workers');
  }, 60_000);
});
