/**
 * Behind a TLS proxy (report A2): nginx without `proxy_set_header Host` sends Host 127.0.0.1:3000, and the staff
 * cookie lost `Secure` while Direct Line's streamUrl pointed at 127.0.0.1. With TRUST_PROXY the browser's scheme
 * and host come from X-Forwarded-Proto and X-Forwarded-Host; without it those headers change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composedApp, type ComposedApp } from '../support/composed-app.js';

const SECRET = 'test-directline-secret-0123456789abcdef';
const PROXIED = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'assistent.musterstadt.de', 'x-forwarded-for': '198.51.100.7' };

let trusted: ComposedApp;
let direct: ComposedApp;
beforeAll(async () => {
  trusted = await composedApp({ TRUST_PROXY: 'true', DIRECTLINE_SECRET: SECRET });
  direct = await composedApp({ DIRECTLINE_SECRET: SECRET });
});
afterAll(async () => {
  await trusted?.close();
  await direct?.close();
});

const loginCookie = async (app: ComposedApp, headers: Record<string, string>) => (await app.request('http://127.0.0.1:3000/staff/login', { headers })).headers.getSetCookie().find((c) => c.startsWith('stadtlotse_staff_login=')) ?? '';

async function streamUrl(app: ComposedApp, headers: Record<string, string>): Promise<string> {
  const res = await app.request('http://127.0.0.1:3000/v3/directline/conversations', { method: 'POST', headers: { authorization: `Bearer ${SECRET}`, ...headers } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { streamUrl: string }).streamUrl;
}

describe('the staff cookie behind a proxy', () => {
  it('is Secure with TRUST_PROXY and X-Forwarded-Proto https, although the Host is 127.0.0.1', async () => {
    expect(await loginCookie(trusted, PROXIED)).toMatch(/; Secure/);
  });

  it('is not Secure on plain http to 127.0.0.1 (development), and a forged X-Forwarded-Proto without TRUST_PROXY changes nothing', async () => {
    expect(await loginCookie(trusted, {})).not.toMatch(/; Secure/);
    expect(await loginCookie(direct, PROXIED)).not.toMatch(/; Secure/);
  });
});

describe("Direct Line's streamUrl behind a proxy", () => {
  it('uses the forwarded scheme and host with TRUST_PROXY', async () => {
    expect(await streamUrl(trusted, PROXIED)).toMatch(/^wss:\/\/assistent\.musterstadt\.de\/v3\/directline\/conversations\/[^/]+\/stream\?t=/);
  });

  it('ignores the forwarded headers without TRUST_PROXY, and a forwarded host that is no host name', async () => {
    expect(await streamUrl(direct, PROXIED)).toMatch(/^ws:\/\/127\.0\.0\.1:3000\//);
    expect(await streamUrl(trusted, { ...PROXIED, 'x-forwarded-host': 'evil.example/x?y=' })).toMatch(/^wss:\/\/127\.0\.0\.1:3000\//);
  });
});
