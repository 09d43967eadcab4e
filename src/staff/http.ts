/** Helpers shared by the staff routes: page headers (CSP), form fields, role guard with CSRF check. */
import type { Context, MiddlewareHandler } from 'hono';
import type { Child } from 'hono/jsx';
import { AppError } from '../core/app-error.js';
import { stripControlCharacters } from '../http/control-characters.js';
import { SELF_ONLY_PAGE_CSP } from '../http/middleware/security-headers.js';
import { csrfValid, hasRole, type StaffContext, type StaffEnv, type StaffPrincipal } from './auth.js';
import type { Role } from './store/staff-repository.js';

export function pageHeaders(c: Context): void {
  c.header('Content-Security-Policy', SELF_ONLY_PAGE_CSP);
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
}

export function render(c: Context, page: Child, status: 200 | 400 | 401 | 403 | 404 | 409 | 422 | 423 | 429 = 200): Response | Promise<Response> {
  pageHeaders(c);
  return c.html(page as string, status);
}

export type Form = {
  get(name: string): string;
  all(name: string): string[];
};

/** Form fields as strings without control characters (files are ignored: no staff form uploads). */
export async function readForm(c: Context): Promise<Form> {
  const type = c.req.header('content-type') ?? '';
  let body: Awaited<ReturnType<typeof c.req.parseBody>> = {};
  try {
    if (/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) body = await c.req.parseBody({ all: true });
  } catch (cause) {
    // A malformed multipart body (wrong boundary, not form data at all) is the client's error, not a 500.
    throw new AppError(400, 'invalid_form', 'The form data could not be read.', { field: 'body', cause });
  }
  const values = (name: string): string[] => {
    const value = body[name];
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    // No control character reaches storage from a staff form either (src/http/control-characters.ts).
    return list.filter((item): item is string => typeof item === 'string').map(stripControlCharacters);
  };
  return { get: (name) => values(name)[0] ?? '', all: values };
}

export function principal(c: StaffContext): StaffPrincipal {
  const staff = c.get('staff');
  if (!staff) throw new Error('route is not guarded');
  return staff;
}

export type Denied = (c: StaffContext, status: 401 | 403, message: string) => Response | Promise<Response>;

/**
 * Only signed-in staff with one of `roles`: anonymous GETs are sent to the login page, other anonymous
 * requests get 401, wrong roles 403. Every other method must carry the session's CSRF token.
 */
export function guard(roles: readonly Role[], denied: Denied): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const staff = c.get('staff');
    if (!staff) {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') {
        const url = new URL(c.req.url);
        return c.redirect(`/staff/login?next=${encodeURIComponent(url.pathname + url.search)}`, 302);
      }
      return denied(c, 401, 'Bitte melden Sie sich an.');
    }
    if (!hasRole(staff, roles)) return denied(c, 403, 'Für diesen Bereich fehlt Ihnen die Berechtigung.');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const header = c.req.header('x-csrf-token');
      const token = header ?? (await readForm(c)).get('_csrf');
      if (!csrfValid(staff, token)) return denied(c, 403, 'Das Formular ist abgelaufen oder ungültig (CSRF-Schutz). Bitte laden Sie die Seite neu.');
    }
    await next();
  };
}

/** Only same-site relative paths under /staff (no open redirect after login). */
export function safeNext(next: string | undefined): string {
  return next && /^\/staff(\/[^\s\\]*)?(\?[^\s\\]*)?$/.test(next) && !next.startsWith('//') ? next : '/staff';
}
