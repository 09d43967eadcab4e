/** One client must not book the Bürgerbüro calendar out (tester-n 4, retest18b M1): bookings per client and per hour. */
import type { Context } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProfileDefinition } from '../../src/content/schema.js';
import { createBookingLimiter } from '../../src/dialogs/applications/buergerbuero-termin/booking-limits.js';
import { clientNetwork } from '../../src/http/client-network.js';
import type { AppointmentStore } from '../../src/store/appointment-repository.js';
import { harness, NOW, realContent, type ChatBody, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

const clientKey = (c: Context) => clientNetwork(c.req.header('cf-connecting-ip') ?? 'unknown');

async function chat(h: Harness, client: string, conversationId: string | undefined, text: string): Promise<{ id: string; text: string }> {
  const res = await h.app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': client },
    body: JSON.stringify({ ...(conversationId ? { conversationId } : {}), text }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as ChatBody;
  return { id: body.conversationId, text: body.replies.map((r) => r.text).join('\n') };
}

/** The tester's three requests, each time in a new conversation: service, wish and name in one message. */
async function toSummary(h: Harness, client: string, hour = 14, pick = '1'): Promise<{ id: string; text: string }> {
  const first = await chat(h, client, undefined, `Termin Personalausweis am Donnerstag 3.12. um ${hour} Uhr, ich heiße Max Mustermann`);
  if (!/1\) /.test(first.text)) return first;
  return chat(h, client, first.id, pick);
}

async function book(h: Harness, client: string): Promise<string> {
  const summary = await toSummary(h, client);
  if (!/Ist alles richtig/.test(summary.text)) return summary.text;
  return (await chat(h, client, summary.id, 'ja')).text;
}

const code = (text: string) => /Bestätigungscode: ([A-Z0-9]{6})/.exec(text)?.[1];

async function bookedCount(h: Harness): Promise<number> {
  return (await h.store.bookedSlotStarts('2026-11-01T00:00:00.000Z', '2027-02-01T00:00:00.000Z')).length;
}

describe('Bürgerbüro bookings per client', () => {
  it('refuses the fourth booking from one client with the Bürgerbüro phone, and another client still books', async () => {
    const h = await harness({ clientKey });
    for (let i = 0; i < 3; i++) expect(code(await book(h, '203.0.113.7'))).toMatch(/^[A-Z0-9]{6}$/);
    const fourth = await book(h, '203.0.113.7');
    expect(fourth).toMatch(/schon 3 Termine gebucht/);
    expect(fourth).toContain('02421 25-2000');
    expect(fourth).not.toMatch(/1\) |Bestätigungscode|Welcher Termin/);
    expect(await bookedCount(h)).toBe(3);
    expect(code(await book(h, '198.51.100.4'))).toMatch(/^[A-Z0-9]{6}$/);
    expect(await bookedCount(h)).toBe(4);
  });

  it('counts IPv6 clients by their /64 network', async () => {
    const h = await harness({ clientKey });
    for (const address of ['2001:db8:1:2::a', '2001:db8:1:2::b', '2001:db8:1:2::c']) expect(code(await book(h, address))).toBeDefined();
    expect(await book(h, '2001:db8:1:2::d')).toMatch(/schon 3 Termine gebucht/);
    expect(code(await book(h, '2001:db8:1:3::a'))).toBeDefined();
  });

  it('refuses at the confirmation when the client booked in other conversations meanwhile, and stores nothing', async () => {
    const h = await harness({ clientKey });
    // Four different slots, all at the summary before the first is confirmed.
    const open = [await toSummary(h, '203.0.113.9', 14, '1'), await toSummary(h, '203.0.113.9', 14, '2'), await toSummary(h, '203.0.113.9', 14, '3'), await toSummary(h, '203.0.113.9', 15, '2')];
    for (const summary of open) expect(summary.text).toMatch(/Ist alles richtig/);
    for (const summary of open.slice(0, 3)) expect(code((await chat(h, '203.0.113.9', summary.id, 'ja')).text)).toBeDefined();
    const last = await chat(h, '203.0.113.9', open[3]?.id, 'ja');
    expect(last.text).toMatch(/Diesen Termin habe ich nicht gebucht[\s\S]*schon 3 Termine gebucht/);
    expect(await bookedCount(h)).toBe(3);
    // The client key is never stored: not in the conversation, its transcript or the submissions.
    const stored = JSON.stringify([
      await h.store.getConversation(open[3]?.id ?? ''),
      await h.store.getTranscript(open[3]?.id ?? ''),
      await h.store.db.all('SELECT * FROM submissions', []),
    ]);
    expect(stored).not.toContain('203.0.113.9');
  });

  it('lets a client over the limit cancel one, and then book again', async () => {
    const h = await harness({ clientKey });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push(code(await book(h, '203.0.113.11')));
    expect(await book(h, '203.0.113.11')).toMatch(/schon 3 Termine gebucht/);
    const cancel = await chat(h, '203.0.113.11', undefined, `Termin absagen ${codes[0]}`);
    const named = await chat(h, '203.0.113.11', cancel.id, 'Max Mustermann');
    expect((await chat(h, '203.0.113.11', named.id, 'ja')).text).toMatch(/ist abgesagt/);
    expect(code(await book(h, '203.0.113.11'))).toBeDefined();
  });

  it('counts messenger conversations apart, not by the servers they arrive from', async () => {
    const h = await harness({ clientKey });
    // Bot Framework turns carry no client: each conversation is its own booker, however many share an address.
    const turn = (conversationId: string, text: string) => h.context.engine.handle({ channel: 'botframework', conversationId, createIfMissing: true, text });
    const bookIn = async (id: string) => {
      await turn(id, 'Termin Personalausweis am Donnerstag 3.12. um 14 Uhr, ich heiße Max Mustermann');
      await turn(id, '1');
      const done = await turn(id, 'ja');
      return done.replies.map((r) => r.text).join('\n');
    };
    const one = crypto.randomUUID();
    for (let i = 0; i < 3; i++) expect(code(await bookIn(one))).toBeDefined();
    const again = await turn(one, 'Termin Personalausweis am Donnerstag 3.12. um 14 Uhr, ich heiße Max Mustermann');
    expect(again.replies.map((r) => r.text).join('\n')).toMatch(/schon 3 Termine gebucht/);
    expect(code(await bookIn(crypto.randomUUID()))).toBeDefined();
  });
});

describe('createBookingLimiter', () => {
  const profile = { values: {}, appointments: { max_bookings_per_hour: 2 } } as unknown as ProfileDefinition;
  const store = { getAppointment: async () => null } as unknown as AppointmentStore;

  it('refuses every booker once the bookings of the last hour reach the profile cap, and allows again an hour later', async () => {
    const limiter = createBookingLimiter();
    await limiter.record({ client: 'a' }, 'AAAAAA', NOW);
    expect(await limiter.refusal({ client: 'b' }, profile, store, NOW)).toBeNull();
    await limiter.record({ client: 'c' }, 'BBBBBB', NOW);
    expect(await limiter.refusal({ client: 'b' }, profile, store, NOW)).toBe('overall');
    expect(await limiter.refusal({ conversationId: 'x' }, profile, store, new Date(NOW.getTime() + 60 * 60_000))).toBeNull();
  });
});
