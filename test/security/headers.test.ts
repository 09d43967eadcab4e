/** Security headers of the composed app: on API responses too, HSTS only over HTTPS, the microphone only on the chat pages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composedApp, type ComposedApp } from '../support/composed-app.js';

let proxied: ComposedApp;
let direct: ComposedApp;
beforeAll(async () => {
  [proxied, direct] = await Promise.all([composedApp({ TRUST_PROXY: '1' }), composedApp()]);
});
afterAll(async () => {
  await proxied?.close();
  await direct?.close();
});

describe('security headers', () => {
  it('are on API responses, errors included', async () => {
    for (const res of [
      await direct.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"Hallo"}' }),
      await direct.request('/api/chat', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }),
      await direct.request('/no/such/route'),
      await direct.request('/health'),
    ]) {
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('permissions-policy')).toContain('microphone=()');
    }
  });

  it('forbid caching of chat and voice answers, which echo personal data, but leave the public widget configuration cacheable (report j-15)', async () => {
    const chat = await direct.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"Hallo"}' });
    expect(chat.headers.get('cache-control')).toBe('no-store');
    const voice = await direct.request('/api/voice/turn', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"Hallo"}' });
    expect(voice.headers.get('cache-control')).toBe('no-store');
    const error = await direct.request('/api/chat', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(error.headers.get('cache-control')).toBe('no-store');
    expect((await direct.request('/api/widget-config')).headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('send HSTS only when the browser talks HTTPS: an https URL, or X-Forwarded-Proto https from a trusted proxy', async () => {
    expect((await direct.request('http://localhost/health')).headers.get('strict-transport-security')).toBeNull();
    expect((await direct.request('https://localhost/health')).headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect((await direct.request('http://localhost/health', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBeNull();
    expect((await proxied.request('http://localhost/health', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect((await proxied.request('http://localhost/health', { headers: { 'x-forwarded-proto': 'http' } })).headers.get('strict-transport-security')).toBeNull();
  });

  it('allow the microphone on the chat pages and nowhere else', async () => {
    for (const page of ['/chat', '/']) {
      const policy = (await direct.request(page)).headers.get('permissions-policy') ?? '';
      expect(policy).toMatch(/microphone=\(self\)/);
      expect(policy).toContain('camera=()');
      expect(policy).toContain('geolocation=()');
    }
    expect((await direct.request('/datenschutz')).headers.get('permissions-policy')).toContain('microphone=()');
  });
});
