/**
 * Brute force on the staff login is stopped without letting anyone lock out a colleague (report A4): waits grow
 * per account *and* address; one address is capped over all names; the account itself is never locked.
 */
import { describe, expect, it } from 'vitest';
import { delayAfter } from '../../src/staff/login-throttle.js';
import { createStaffApp, StaffClient } from './staff-fixture.js';

const WRONG = 'falsches-passwort-123';
const START = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(START.getTime() + ms);

async function app() {
  const staff = await createStaffApp();
  await staff.addUser('eddie', ['editor']);
  staff.setNow(START);
  return staff;
}

describe('the staff login under password guessing', () => {
  it('makes the same address wait after 5 wrong passwords, even with the right password, then lets it in', async () => {
    const staff = await app();
    const attacker = new StaffClient(staff.app, { 'x-test-client': 'attacker' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attacker.login('eddie', WRONG)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect((await attacker.login('eddie')).status).toBe(429);
    staff.setNow(at(59_000));
    expect((await attacker.login('eddie')).status).toBe(429);
    staff.setNow(at(61_000));
    expect((await attacker.login('eddie')).status).toBe(303);
    const audit = await staff.staffRepo.listAudit({ limit: 50, offset: 0, action: 'auth.' });
    expect(audit.filter((e) => e.action === 'auth.login_failed')).toHaveLength(4);
    expect(audit.some((e) => e.action === 'auth.locked')).toBe(true);
  }, 60_000);

  it('does not lock the account for its owner at another address while someone guesses its password', async () => {
    const staff = await app();
    const attacker = new StaffClient(staff.app, { 'x-test-client': 'attacker' });
    for (let i = 0; i < 6; i++) await attacker.login('eddie', WRONG);
    expect((await attacker.login('eddie')).status).toBe(429);
    expect((await new StaffClient(staff.app, { 'x-test-client': 'office' }).login('eddie')).status).toBe(303);
  }, 60_000);

  it('makes each further wrong password wait longer: 1, 2, 4, 8, then 15 minutes', async () => {
    expect([1, 4, 5, 6, 7, 8, 9, 10, 30].map((n) => delayAfter(n) / 60_000)).toEqual([0, 0, 1, 2, 4, 8, 15, 15, 15]);
    const staff = await app();
    const client = new StaffClient(staff.app, { 'x-test-client': 'attacker' });
    for (let i = 0; i < 5; i++) await client.login('eddie', WRONG);
    staff.setNow(at(61_000));
    expect((await client.login('eddie', WRONG)).status).toBe(429);
    staff.setNow(at(61_000 + 119_000));
    expect((await client.login('eddie')).status).toBe(429);
    staff.setNow(at(61_000 + 121_000));
    expect((await client.login('eddie')).status).toBe(303);
  }, 60_000);

  it('locks an address that tries 20 wrong passwords over many names, but not other addresses', async () => {
    const staff = await app();
    const sprayer = new StaffClient(staff.app, { 'x-test-client': 'sprayer' });
    for (let i = 0; i < 19; i++) expect((await sprayer.login(`user${i}`, WRONG)).status).toBe(401);
    expect((await sprayer.login('user19', WRONG)).status).toBe(429);
    expect((await sprayer.login('eddie')).status).toBe(429);
    expect((await new StaffClient(staff.app, { 'x-test-client': 'colleague' }).login('eddie')).status).toBe(303);
    staff.setNow(at(16 * 60_000));
    expect((await sprayer.login('eddie')).status).toBe(303);
  }, 120_000);

  it('stores neither the client address nor the typed name in the database, only keyed hashes (report j-7)', async () => {
    const staff = await app();
    const client = new StaffClient(staff.app, { 'x-test-client': '203.0.113.7' });
    await client.login('eddie', WRONG);
    const rows = await staff.store.db.all<{ key: string }>('SELECT key FROM staff_login_failures');
    expect(rows.length).toBe(2);
    const { createHash } = await import('node:crypto');
    const plainHash = createHash('sha256').update('203.0.113.7').digest('hex');
    for (const { key } of rows) {
      expect(key).toMatch(/^(pair|client):[0-9a-f]{64}$/);
      expect(key).not.toContain(plainHash);
    }
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113\.7|eddie/);
  }, 60_000);

  it('says on the page until when this device waits, and that another device works', async () => {
    const staff = await app();
    const client = new StaffClient(staff.app, { 'x-test-client': 'attacker' });
    for (let i = 0; i < 4; i++) await client.login('eddie', WRONG);
    const page = await (await client.login('eddie', WRONG)).text();
    expect(page).toContain('Bitte warten Sie bis 10:01 Uhr');
    expect(page).toContain('an einem anderen Gerät');
  }, 60_000);
});
