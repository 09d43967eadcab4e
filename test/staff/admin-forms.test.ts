/** Administration forms keep what was typed (tester report A5) and the audit log keeps no typed secrets (D1). */
import { describe, expect, it } from 'vitest';
import { STAFF_CSS } from '../../src/staff/assets.js';
import { createStaffApp, StaffClient } from './staff-fixture.js';

async function adminOf(app: Awaited<ReturnType<typeof createStaffApp>>): Promise<StaffClient> {
  await app.addUser('ada', ['admin']);
  const client = new StaffClient(app.app);
  await client.login('ada');
  await client.get('/staff/users');
  return client;
}

describe('creating a user', () => {
  it('shows a refused user name at its field and keeps the name and roles typed', async () => {
    const app = await createStaffApp();
    const client = await adminOf(app);
    const res = await client.post('/staff/users', { username: 'Frau Müller', password: 'ein-langes-passwort', roles: ['editor', 'clerk'] });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<input type="text" id="username" name="username" value="Frau Müller"[^>]*aria-invalid="true"[^>]*aria-describedby="new-username-error"/);
    expect(html).toContain('id="new-username-error">Der Benutzername passt nicht zum Muster');
    expect(html).toMatch(/id="new-role-editor" name="roles" value="editor" checked/);
    expect(html).toMatch(/id="new-role-clerk" name="roles" value="clerk" checked/);
    expect(html).not.toMatch(/id="new-role-admin" name="roles" value="admin" checked/);
    expect(html).not.toContain('ein-langes-passwort');
  }, 30_000);

  it('asks for a role at the roles and keeps the user name', async () => {
    const app = await createStaffApp();
    const client = await adminOf(app);
    const res = await client.post('/staff/users', { username: 'mueller', password: 'ein-langes-passwort' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="new-roles-error">Bitte mindestens eine Rolle wählen.');
    expect(html).toMatch(/id="username" name="username" value="mueller"/);
    expect(await app.staffRepo.userByName('mueller')).toBeNull();
  }, 30_000);

  it('keeps the role checkboxes beside their labels: the narrow form widens text fields only (smoke19 B10)', () => {
    const widened = [...STAFF_CSS.matchAll(/([^{}]*)\{[^}]*(?<![-\w])width:\s*100%/g)].map((m) => (m[1] ?? '').trim());
    const narrowInputs = widened.filter((selector) => /\.narrow input/.test(selector));
    expect(narrowInputs.length).toBeGreaterThan(0);
    for (const selector of narrowInputs) expect(selector).toMatch(/:not\(\[type="checkbox"\]\)/);
  });
});

describe('a failed login in the audit log', () => {
  it('names an unknown user "(unbekannter Benutzer)" and stores the typed name nowhere', async () => {
    const app = await createStaffApp();
    await app.addUser('eddie', ['editor']);
    expect((await new StaffClient(app.app).login('MeinPasswort-Versehen', 'x')).status).toBe(401);
    expect((await new StaffClient(app.app).login('eddie', 'falsches-passwort-123')).status).toBe(401);
    const failed = await app.staffRepo.listAudit({ limit: 10, offset: 0, action: 'auth.login_failed' });
    expect(failed.map((e) => e.username).sort()).toEqual(['(unbekannter Benutzer)', 'eddie']);
    const lockoutKeys = await app.store.db.all<{ key: string }>('SELECT key FROM staff_login_failures');
    expect(lockoutKeys.length).toBeGreaterThan(0);
    expect(lockoutKeys.map((row) => row.key).join(' ')).not.toMatch(/meinpasswort|eddie/);
  }, 30_000);
});
