/**
 * Static assets from strings bundled in the code (no file reads at request time, same bytes on
 * Node and Workers): the widget script and its fallback stylesheet, the page stylesheet, the icon.
 * Revalidated by ETag; the widget may be loaded by other origins (the city website).
 */
import type { Context, Hono } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from '../http/app-env.js';
import { WIDGET_CSS, WIDGET_JS } from './assets/widget-script.js';
import { ERASE_SUBMISSION_JS } from './assets/erase-submission-script.js';
import { SUMMARY_ACCESS_JS } from './assets/summary-access-script.js';
import { FAVICON_SVG, SITE_CSS } from './assets/site-styles.js';

interface Asset {
  path: string;
  type: string;
  body: string;
  /** Embeddable by other sites (the widget): Cross-Origin-Resource-Policy cross-origin. */
  crossOrigin: boolean;
}

export const ASSETS: readonly Asset[] = [
  { path: '/widget.js', type: 'text/javascript; charset=utf-8', body: WIDGET_JS, crossOrigin: true },
  { path: '/widget.css', type: 'text/css; charset=utf-8', body: WIDGET_CSS, crossOrigin: true },
  { path: '/assets/site.css', type: 'text/css; charset=utf-8', body: SITE_CSS, crossOrigin: false },
  { path: '/assets/antrag-loeschen.js', type: 'text/javascript; charset=utf-8', body: ERASE_SUBMISSION_JS, crossOrigin: false },
  { path: '/assets/zusammenfassung.js', type: 'text/javascript; charset=utf-8', body: SUMMARY_ACCESS_JS, crossOrigin: false },
  { path: '/favicon.svg', type: 'image/svg+xml', body: FAVICON_SVG, crossOrigin: false },
];

export function mountAssets(app: Hono<AppEnv>, maxAgeSeconds: number): void {
  for (const asset of ASSETS) {
    app.get(asset.path, etag(), (c: Context<AppEnv>) => {
      c.header('Content-Type', asset.type);
      // Unversioned URLs (the city website's script tag never changes): short freshness, then a cheap 304.
      c.header('Cache-Control', `public, max-age=${maxAgeSeconds}, stale-while-revalidate=86400`);
      c.header('Cross-Origin-Resource-Policy', asset.crossOrigin ? 'cross-origin' : 'same-origin');
      if (asset.crossOrigin) c.header('Access-Control-Allow-Origin', '*');
      return c.body(asset.body);
    });
  }
}
