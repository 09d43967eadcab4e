import { beforeAll, describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS } from '../../src/staff/crypto.js';
import type { Role } from '../../src/staff/store/staff-repository.js';
import { createStaffApp, PASSWORD, StaffClient, type StaffApp } from './staff-fixture.js';

type Route = [method: 'GET' | 'POST', path: string, roles: Role[]];

const ROUTES: Route[] = [
  ['GET', '/staff', ['editor', 'clerk', 'admin']],
  ['GET', '/staff/analytics', ['editor', 'clerk', 'admin']],
  ['GET', '/staff/analytics.csv?table=topics', ['editor', 'clerk', 'admin']],
  ['POST', '/staff/logout', ['editor', 'clerk', 'admin']],
  ['GET', '/staff/intents', ['editor']],
  ['GET', '/staff/intents/new', ['editor']],
  ['GET', '/staff/intents/reisepass', ['editor']],
  ['POST', '/staff/intents/reisepass', ['editor']],
  ['POST', '/staff/intents/new', ['editor']],
  ['POST', '/staff/api/readability', ['editor']],
  ['GET', '/staff/publish', ['editor']],
  ['POST', '/staff/publish', ['editor']],
  ['GET', '/staff/versions', ['editor']],
  ['GET', '/staff/versions/1', ['editor']],
  ['POST', '/staff/versions/1/rollback', ['editor']],
  ['GET', '/staff/import', ['editor']],
  ['POST', '/staff/import', ['editor']],
  ['GET', '/staff/console?text=pass', ['editor']],
  ['GET', '/staff/inbox', ['editor']],
  ['POST', '/staff/inbox/assign', ['editor']],
  ['POST', '/staff/inbox/ignore', ['editor']],
  ['POST', '/staff/inbox/out-of-scope', ['editor']],
  ['GET', '/staff/submissions', ['clerk']],
  ['GET', '/staff/submissions.csv', ['clerk']],
  ['GET', '/staff/submissions/DN-2026-000001', ['clerk']],
  ['POST', '/staff/submissions/DN-2026-000001/status', ['clerk']],
  ['GET', '/staff/appointments', ['clerk']],
  ['GET', '/staff/appointments.csv', ['clerk']],
  ['POST', '/staff/appointments/ABC123/cancel', ['clerk']],
  ['GET', '/staff/users', ['admin']],
  ['POST', '/staff/users', ['admin']],
  ['POST', '/staff/users/someone', ['admin']],
  ['POST', '/staff/users/someone/password', ['admin']],
  ['GET', '/staff/settings', ['admin']],
  ['POST', '/staff/settings', ['admin']],
  ['GET', '/staff/audit', ['admin']],
];

const USER_OF: Record<Role, string> = { editor: 'eddie', clerk: 'clara', admin: 'ada' };

describe('staff access control', () => {
  let app: StaffApp;
  const clients = {} as Record<Role, StaffClient>;

  beforeAll(async () => {
    app = await createStaffApp();
    for (const role of ['editor', 'clerk', 'admin'] as const) {
      await app.addUser(USER_OF[role], [role]);
      clients[role] = new StaffClient(app.app);
      expect((await clients[role].login(USER_OF[role])).status).toBe(303);
    }
  }, 60_000);

  it.each(ROUTES)('%s %s refuses anonymous visitors', async (method, path) => {
    const res = await new StaffClient(app.app).request(path, method === 'POST' ? { method, body: new URLSearchParams({ _csrf: 'x' }), headers: { 'content-type': 'application/x-www-form-urlencoded' } } : { method });
    if (method === 'GET') {
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toMatch(/^\/staff\/login\?next=/);
    } else {
      expect(res.status).toBe(401);
    }
  });

  it.each(ROUTES.filter(([, path]) => path !== '/staff/logout'))('%s %s refuses the wrong roles with 403 and lets the right ones in', async (method, path, roles) => {
    for (const role of ['editor', 'clerk', 'admin'] as const) {
      const client = clients[role];
      const res = method === 'GET' ? await client.request(path) : await client.request(path, { method, body: new URLSearchParams({ _csrf: client.csrf }), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      if (roles.includes(role)) expect([401, 403], `${role} ${method} ${path}`).not.toContain(res.status);
      else expect(res.status, `${role} ${method} ${path}`).toBe(403);
    }
  });

  it('sends no-store, a strict CSP without inline code and a HttpOnly SameSite=Strict session cookie', async () => {
    const client = new StaffClient(app.app);
    await client.get('/staff/login');
    const res = await client.post('/staff/login', { username: 'eddie', password: PASSWORD });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('stadtlotse_staff='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/staff/);
    expect(cookie).not.toMatch(/Secure/); // plain http on localhost only
    const page = await client.get('/staff/intents');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(client.lastHtml).not.toMatch(/<script>(?!<\/script>)|<script(?![^>]*src=)[^>]*>/);
  });

  it('sends an address with a trailing slash to the page without it, not to a JSON 404 (tester-n 8)', async () => {
    const root = await app.app.request('http://127.0.0.1/staff/');
    expect(root.status).toBe(301);
    expect(root.headers.get('location')).toBe('/staff');
    const intents = await app.app.request('http://127.0.0.1/staff/intents/?q=pass');
    expect(intents.headers.get('location')).toBe('/staff/intents?q=pass');
  });

  it('marks the session cookie Secure on any other host', async () => {
    const page = await app.app.request('https://staff.example.org/staff/login');
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    const loginCookie = page.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    expect(page.headers.getSetCookie()[0]).toMatch(/Secure/);
    const res = await app.app.request('https://staff.example.org/staff/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: loginCookie },
      body: new URLSearchParams({ _csrf: token, username: 'eddie', password: PASSWORD }),
    });
    expect(res.status).toBe(303);
    expect(res.headers.getSetCookie().find((c) => c.startsWith('stadtlotse_staff='))).toMatch(/; Secure/);
  });

  it('stores passwords as PBKDF2-SHA256 with at least 600,000 iterations and a per-user salt', async () => {
    const a = await app.staffRepo.userByName('eddie');
    const b = await app.staffRepo.userByName('clara');
    expect(a?.passwordHash).toMatch(new RegExp(`^pbkdf2-sha256\\$${PBKDF2_ITERATIONS}\\$`));
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(a?.passwordHash.split('$')[2]).not.toBe(b?.passwordHash.split('$')[2]);
    expect(a?.passwordHash).not.toContain(PASSWORD);
  });
});

describe('CSRF protection', () => {
  it('rejects a form post without the token, or with another session’s token, and changes nothing', async () => {
    const app = await createStaffApp();
    await app.addUser('eddie', ['editor']);
    await app.addUser('emil', ['editor']);
    const eddie = new StaffClient(app.app);
    const emil = new StaffClient(app.app);
    await eddie.login('eddie');
    await emil.login('emil');
    await eddie.get('/staff/intents/reisepass');
    const fields = { title_de: 'Gekapert', title_en: 'x', examples_de: 'a', answer_de: 'x', answer_en: 'x', answer_plain: 'x' };
    expect((await eddie.post('/staff/intents/reisepass', fields, false)).status).toBe(403);
    expect((await eddie.post('/staff/intents/reisepass', { ...fields, _csrf: emil.csrf }, false)).status).toBe(403);
    const json = await eddie.request('/staff/api/readability', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Hallo.' }) });
    expect(json.status).toBe(403);
    await eddie.get('/staff/intents/reisepass');
    expect(eddie.lastHtml).not.toContain('Gekapert');
  });

  it('protects the login form with a token too', async () => {
    const app = await createStaffApp();
    await app.addUser('eddie', ['editor']);
    const client = new StaffClient(app.app);
    const res = await client.post('/staff/login', { username: 'eddie', password: PASSWORD, _csrf: 'forged' }, false);
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('stadtlotse_staff='))).toBe(false);
  });
});

describe('staff sessions', () => {
  it('ends the session on logout and after the idle timeout', async () => {
    const app = await createStaffApp();
    await app.addUser('eddie', ['editor']);
    const client = new StaffClient(app.app);
    await client.login('eddie');
    expect((await client.get('/staff/intents')).status).toBe(200);
    expect((await client.post('/staff/logout', {})).status).toBe(303);
    expect((await client.get('/staff/intents')).status).toBe(302);
    await client.login('eddie');
    app.setNow(new Date(Date.now() + 61 * 60_000));
    expect((await client.get('/staff/intents')).status).toBe(302);
  }, 60_000);
});
