import { describe, expect, it } from 'vitest';
import { normalizeOrigin } from '../../src/http/middleware/cors.js';
import { ConfigError, readConfig } from '../../src/runtime/node/config.js';
import { ALLOWED, createWebTestApp } from './web-test-app.js';

describe('security headers on the API', () => {
  it('sends nosniff, a referrer policy, a deny-all CSP and no powerful features', async () => {
    const { post } = await createWebTestApp();
    const res = await post('/api/chat', { text: 'Hallo' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('permissions-policy')).toContain('microphone=()');
  });

  it('also on error responses', async () => {
    const { post } = await createWebTestApp();
    const res = await post('/api/chat', '{not json');
    expect(res.status).toBe(400);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});

describe('CORS for /api/*', () => {
  it('allows a configured city website', async () => {
    const { post } = await createWebTestApp();
    const res = await post('/api/chat', { text: 'Hallo' }, { Origin: ALLOWED });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('allows the app’s own origin', async () => {
    const { app } = await createWebTestApp();
    const res = await app.request('http://localhost/api/widget-config', { headers: { Origin: 'http://localhost' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost');
  });

  it('gives any other origin no CORS permission', async () => {
    const { post } = await createWebTestApp();
    const res = await post('/api/chat', { text: 'Hallo' }, { Origin: 'https://evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the preflight for a JSON POST from an allowed origin only', async () => {
    const { app } = await createWebTestApp();
    const preflight = (origin: string) =>
      app.request('/api/chat', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    const ok = await preflight(ALLOWED);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(ok.headers.get('access-control-allow-methods')).toContain('DELETE');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('leaves the pages alone', async () => {
    const { app } = await createWebTestApp();
    const res = await app.request('/datenschutz', { headers: { Origin: ALLOWED } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('ALLOWED_ORIGINS', () => {
  it('is read as a comma-separated list of normalized origins', () => {
    expect(readConfig({ ALLOWED_ORIGINS: ' https://www.Dueren.de/ , http://localhost:8080' }).allowedOrigins).toEqual(['https://www.dueren.de', 'http://localhost:8080']);
    expect(readConfig({}).allowedOrigins).toEqual([]);
  });

  it('stops start-up with a clear reason for anything that is not an origin', () => {
    expect(() => readConfig({ ALLOWED_ORIGINS: 'https://www.dueren.de/path' })).toThrow(ConfigError);
    expect(() => readConfig({ ALLOWED_ORIGINS: '*' })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => normalizeOrigin('javascript:alert(1)')).toThrow(/http\(s\) origin/);
  });
});
