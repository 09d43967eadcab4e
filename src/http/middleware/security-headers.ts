/**
 * Security headers on every response (hono's secureHeaders, tuned): a deny-all CSP and
 * Permissions-Policy by default, which the web pages replace with their own (a handler's own
 * header wins, so pages can allow 'self' scripts and the chat pages the microphone).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { publicOrigin } from '../public-origin.js';

export interface SecurityHeadersOptions {
  /** Send Strict-Transport-Security on HTTPS requests. Default true; false never sends it. */
  hsts?: boolean;
  /** Believe the reverse proxy's X-Forwarded-Proto (TRUST_PROXY): TLS ends at the proxy, the app sees http. */
  trustProxy?: boolean;
}

export const HSTS = 'max-age=31536000; includeSubDomains';

/** The chat, voice, Direct Line and Bot Framework endpoints. */
const API_PATH = /^\/(api|v3)\//;

/** HSTS only where the browser talks HTTPS: an https URL, or X-Forwarded-Proto https from a trusted proxy. */
function viaHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.get('publicOrigin')?.protocol === 'https:';
}

/** The CSP for JSON and other non-page responses: nothing may load, nothing may frame it. */
/** Server-rendered pages (citizen pages, staff workspace): scripts, styles and form targets from this origin only; no inline code; never framed. */
export const SELF_ONLY_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Every powerful feature off; pages that need one (the chat's microphone) set their own header. */
export const DENY_ALL_PERMISSIONS = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), fullscreen=(self), browsing-topics=()';

export function securityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler {
  const headers = secureHeaders({
    overwrite: false,
    strictTransportSecurity: false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'DENY',
    // The widget script is loaded cross-origin by the city website: its handler sets "cross-origin".
    crossOriginResourcePolicy: 'same-origin',
  });
  return async (c, next) => {
    c.set('publicOrigin', publicOrigin(c, options.trustProxy ?? false));
    await headers(c, async () => {
      await next();
      if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', API_CSP);
      if (!c.res.headers.has('Permissions-Policy')) c.res.headers.set('Permissions-Policy', DENY_ALL_PERMISSIONS);
      if (options.hsts !== false && viaHttps(c)) c.res.headers.set('Strict-Transport-Security', HSTS);
      // API answers echo what the citizen typed (name, IBAN, the summary key): no cache may keep them unless a
      // route says otherwise (the widget configuration is public). Report j-15.
      if (API_PATH.test(c.req.path) && !c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
    });
  };
}
