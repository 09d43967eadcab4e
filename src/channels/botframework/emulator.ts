/**
 * Emulator mode: unauthenticated activities, for development with the Bot Framework Emulator only. It is off
 * unless BOTFRAMEWORK_EMULATOR=true, and even then it answers only a caller on this machine that did not come
 * through a proxy: otherwise anyone on the internet could make the server POST to local services (report A1).
 */
import type { Context } from 'hono';

/** Where the socket peer's address is on Node (@hono/node-server's bindings); other runtimes have none. */
export function nodeSocketPeer(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** A request that a reverse proxy forwarded carries one of these; the Emulator on the same machine sends none. */
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-host'];

export function fromLocalEmulator(c: Context, peerAddress: (c: Context) => string | undefined = nodeSocketPeer): boolean {
  return isLoopbackAddress(peerAddress(c)) && PROXY_HEADERS.every((name) => c.req.header(name) === undefined);
}
