/** The web chat hands the runtime's client key to the turn, for the appointment bookings per client (tester-n 4). */
import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import type { TurnHandler } from '../../src/core/turn-handler.js';
import { clientNetwork } from '../../src/http/client-network.js';
import { createTestApp } from '../support/test-app.js';

function spy() {
  const clients: Array<string | undefined> = [];
  const handler: TurnHandler = {
    name: 'client-spy',
    handle: (context) => {
      clients.push(context.turn.client);
      return null;
    },
  };
  return { clients, handler };
}

describe('POST /api/chat client key', () => {
  it('passes the client key (IPv6 by /64) into the turn and stores it nowhere', async () => {
    const { clients, handler } = spy();
    const clientKey = (c: Context) => clientNetwork(c.req.header('cf-connecting-ip') ?? 'unknown');
    const { post, store } = await createTestApp({ clientKey, handlers: [handler] });
    const res = await post('/api/chat', { text: 'Hallo' }, { 'cf-connecting-ip': '2001:db8:7:8::99' });
    expect(res.status).toBe(200);
    const { conversationId } = (await res.json()) as { conversationId: string };
    expect(clients).toEqual(['2001:db8:7:8::/64']);
    const stored = JSON.stringify([await store.getConversation(conversationId), await store.getTranscript(conversationId)]);
    expect(stored).not.toContain('2001:db8');
  });

  it('passes no client key for a loopback address: a proxy without TRUST_PROXY would make every citizen one client', async () => {
    const { clients, handler } = spy();
    const clientKey = (c: Context) => clientNetwork(c.req.header('cf-connecting-ip') ?? 'unknown');
    const { post } = await createTestApp({ clientKey, handlers: [handler] });
    for (const address of ['127.0.0.1', '::1', 'unknown']) expect((await post('/api/chat', { text: 'Hallo' }, { 'cf-connecting-ip': address })).status).toBe(200);
    expect(clients).toEqual([undefined, undefined, undefined]);
  });

  it('passes no client key when the runtime gives none', async () => {
    const { clients, handler } = spy();
    const { post } = await createTestApp({ handlers: [handler] });
    expect((await post('/api/chat', { text: 'Hallo' }, { 'cf-connecting-ip': '203.0.113.5' })).status).toBe(200);
    expect(clients).toEqual([undefined]);
  });
});
