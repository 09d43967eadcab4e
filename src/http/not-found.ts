/**
 * The answer for a path no route serves: 405 with Allow when the path exists for other methods (GET /api/chat),
 * a small HTML page for browsers asking for a page, JSON for API clients (and for every /api/ path).
 */
import type { Context, Hono } from 'hono';
import type { AppEnv } from './app-env.js';

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Seite nicht gefunden – Page not found</title>
</head>
<body>
<main>
<h1>Seite nicht gefunden</h1>
<p>Diese Seite gibt es nicht. <a href="/">Zur Startseite</a></p>
<p lang="en">This page does not exist. <a href="/">Go to the start page</a></p>
</main>
</body>
</html>`;

/** Methods registered for exactly this (static) path. */
function allowedMethods(app: Hono<AppEnv>, path: string): string[] {
  const methods = new Set<string>();
  for (const route of app.routes) {
    if (route.path === path && route.method !== 'ALL') methods.add(route.method);
  }
  return [...methods];
}

function wantsPage(c: Context): boolean {
  const path = new URL(c.req.url).pathname;
  return (c.req.method === 'GET' || c.req.method === 'HEAD') && !path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html');
}

export function notFoundHandler(app: Hono<AppEnv>) {
  return (c: Context<AppEnv>): Response | Promise<Response> => {
    const path = new URL(c.req.url).pathname;
    const allowed = allowedMethods(app, path);
    if (allowed.length > 0 && !allowed.includes(c.req.method)) {
      const allow = allowed.join(', ');
      return c.json({ error: { code: 'method_not_allowed', reason: `${c.req.method} is not allowed on ${path}; use ${allow}.` } }, 405, { Allow: allow });
    }
    if (wantsPage(c)) {
      c.header('Cache-Control', 'no-cache');
      return c.html(NOT_FOUND_PAGE, 404);
    }
    return c.json({ error: { code: 'not_found', reason: `No route for ${c.req.method} ${path}.` } }, 404);
  };
}
