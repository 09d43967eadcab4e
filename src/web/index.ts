/**
 * The web channel: embeddable widget (/widget.js), demo city page (/), full-page chat (/chat),
 * privacy, accessibility and Leichte Sprache pages, and GET /api/widget-config. Runtime-agnostic:
 * everything is served from strings in the bundle.
 */
import { AppError } from '../core/app-error.js';
import type { AppPlugin } from '../http/app-context.js';
import { DEFAULT_RETENTION } from '../store/retention.js';
import { mountAssets } from './asset-routes.js';
import { mountPages } from './page-routes.js';
import { widgetConfig } from './widget-config.js';

export interface WebOptions {
  /** Days after the last message until a transcript is deleted; shown to citizens. Default: the store's retention (30). */
  retentionDays?: number;
  /** Serve the demo city page at "/". Default true. */
  demoPage?: boolean;
  /** Freshness of /widget.js and the stylesheets before revalidation (ETag). Default 600 s. */
  assetMaxAgeSeconds?: number;
}

export function webPlugin(options: WebOptions = {}): AppPlugin {
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION.conversationDays;
  return (app, context) => {
    mountAssets(app, options.assetMaxAgeSeconds ?? 600);
    app.get('/api/widget-config', (c) => {
      const profile = context.content().profile;
      const city = c.req.query('city');
      if (city !== undefined && city !== profile.id) {
        throw new AppError(404, 'city_not_found', `This server serves the city profile "${profile.id}", not "${city}" (check data-city on the script tag).`, { field: 'city' });
      }
      c.header('Cache-Control', 'public, max-age=300');
      return c.json(widgetConfig(profile, retentionDays));
    });
    mountPages(app, context, { retentionDays, demoPage: options.demoPage ?? true });
  };
}

export { securityHeaders } from '../http/middleware/security-headers.js';
export { cors } from '../http/middleware/cors.js';
