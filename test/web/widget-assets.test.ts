import { parse } from 'acorn';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WIDGET_JS } from '../../src/web/assets/widget-script.js';
import { createWebTestApp } from './web-test-app.js';

describe('GET /widget.js', () => {
  it('serves plain JavaScript with an ETag and caching headers, embeddable by other origins', async () => {
    const { app } = await createWebTestApp();
    const res = await app.request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]+"$/);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(WIDGET_JS);
  });

  it('answers 304 without a body when the browser already has this version', async () => {
    const { app } = await createWebTestApp();
    const etag = (await app.request('/widget.js')).headers.get('etag') ?? '';
    const res = await app.request('/widget.js', { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    expect(res.headers.get('cache-control')).toMatch(/^public/);
  });

  it('is ES2019 script code, without a framework, under 50 KB gzipped', () => {
    expect(() => parse(WIDGET_JS, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
    const gzipped = gzipSync(WIDGET_JS).length;
    expect(gzipped).toBeLessThan(50 * 1024);
  });

  it('never turns text into markup or code (no innerHTML, document.write or eval)', () => {
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'setAttribute(\'style\'', '.style.']) {
      expect(WIDGET_JS, sink).not.toContain(sink);
    }
  });

  it('keeps its styles in the shadow root and themeable by CSS custom properties', () => {
    expect(WIDGET_JS).toContain("attachShadow({ mode: 'open' })");
    expect(WIDGET_JS).toContain('adoptedStyleSheets');
    expect(WIDGET_JS).toContain('--stadtlotse-primary');
    expect(WIDGET_JS).not.toMatch(/document\.head\.appendChild|createElement\('style'\)/);
  });
});

describe('the other static assets', () => {
  it.each([
    ['/widget.css', 'text/css; charset=utf-8'],
    ['/assets/site.css', 'text/css; charset=utf-8'],
    ['/assets/antrag-loeschen.js', 'text/javascript; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
  ])('serves %s as %s with an ETag', async (path, type) => {
    const { app } = await createWebTestApp();
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('etag')).toBeTruthy();
  });
});
