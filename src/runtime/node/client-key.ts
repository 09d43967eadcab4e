/**
 * The client identity for rate limits on Node: the socket address, or the proxy's X-Forwarded-For when TRUST_PROXY
 * is set; an IPv6 client is counted by its /64 network (client-network.ts).
 */
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { clientNetwork } from '../../http/client-network.js';

export function nodeClientKey(trustProxy: boolean) {
  return (c: Context): string => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return clientNetwork(forwarded);
    }
    const bindings = c.env as Partial<HttpBindings> | undefined;
    return clientNetwork(bindings?.incoming?.socket.remoteAddress ?? 'unknown');
  };
}
