/**
 * How the citizen's browser reached the server: scheme and host. Behind a reverse proxy that ends TLS, the app
 * sees http and whatever Host the proxy sends (nginx without `proxy_set_header Host` sends 127.0.0.1:3000), so
 * with TRUST_PROXY the proxy's X-Forwarded-Proto and X-Forwarded-Host are believed. The security-headers
 * middleware records it per request; cookies (Secure), HSTS and absolute URLs (Direct Line's streamUrl) read it.
 */
import type { Context } from 'hono';

export interface PublicOrigin {
  protocol: 'http:' | 'https:';
  /** host[:port] as the browser used it. */
  host: string;
}

/** A host name, IPv4 or [IPv6], with an optional port: nothing that could smuggle a path or a second URL. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;

const first = (value: string | undefined): string | undefined => value?.split(',')[0]?.trim() || undefined;

export function publicOrigin(c: Context, trustProxy: boolean): PublicOrigin {
  const url = new URL(c.req.url);
  let protocol: PublicOrigin['protocol'] = url.protocol === 'https:' ? 'https:' : 'http:';
  let host = url.host;
  if (trustProxy) {
    const proto = first(c.req.header('x-forwarded-proto'))?.toLowerCase();
    if (proto === 'https' || proto === 'http') protocol = `${proto}:`;
    const forwardedHost = first(c.req.header('x-forwarded-host'));
    if (forwardedHost && HOST.test(forwardedHost)) host = forwardedHost.toLowerCase();
  }
  return { protocol, host };
}

/** The origin recorded for this request (see securityHeaders), or the one the request URL shows. */
export function requestOrigin(c: Context): PublicOrigin {
  const recorded = (c.var as { publicOrigin?: PublicOrigin }).publicOrigin;
  return recorded ?? publicOrigin(c, false);
}

export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}
