/**
 * Tester-n 1: a Bot Framework or Direct Line conversation used to be reachable through the web API by its
 * core id, an unkeyed SHA-256 of the messenger's conversation id (for SMS the citizen's phone number, for
 * Telegram the user id). Anyone could read the application, continue it, submit it or erase it. Now a
 * messenger conversation answers as unknown on every web route, and its id is an HMAC under a server secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botFrameworkPlugin } from '../../src/channels/botframework/index.js';
import { conversationIdDeriver, stableConversationId } from '../../src/channels/conversation-id.js';
import { directLinePlugin } from '../../src/channels/directline/index.js';
import { voicePlugin } from '../../src/channels/voice/index.js';
import { channelMayReach } from '../../src/core/channel-binding.js';
import { readConfig } from '../../src/runtime/node/config.js';
import { readWorkersConfig } from '../../src/runtime/workers/config.js';
import { emulatorPost } from '../channels/support/emulator-request.js';
import { startFakeBotService, type FakeBotService } from '../channels/support/fake-bot-service.js';
import { createTestApp } from '../support/test-app.js';

const ID_SECRET = 'conversation-id-secret-for-tests-0123456789';
const DIRECTLINE_SECRET = 'test-directline-secret-0123456789abcdef';
const PHONE = '+4917612345678';

let service: FakeBotService;
beforeAll(async () => {
  service = await startFakeBotService();
});
afterAll(async () => {
  await service.close();
});

function smsActivity(text: string) {
  return { type: 'message', id: `act-${Math.random().toString(36).slice(2)}`, channelId: 'sms', serviceUrl: service.serviceUrl, from: { id: PHONE }, recipient: { id: 'bot' }, conversation: { id: PHONE }, text, locale: 'de-DE' };
}

async function smsVictim(conversationIdSecret?: string) {
  const built = await createTestApp({ plugins: [botFrameworkPlugin({ emulator: true, ...(conversationIdSecret ? { conversationIdSecret } : {}) }), voicePlugin()] });
  expect((await emulatorPost(built.app, smsActivity('Hallo'))).status).toBe(200);
  return built;
}

type Built = Awaited<ReturnType<typeof smsVictim>>;

/** Every web route that takes a conversation id, as an attacker who knows it would call them. */
async function webAttempts(built: Built, id: string) {
  const { app, post } = built;
  return {
    read: await app.request(`/api/conversations/${id}`),
    chat: await post('/api/chat', { conversationId: id, text: 'Hilfe' }),
    feedback: await post('/api/feedback', { conversationId: id, rating: 'down' }),
    voice: await post('/api/voice/turn', { conversationId: id, transcript: 'Hilfe' }),
    erase: await app.request(`/api/conversations/${id}`, { method: 'DELETE' }),
  };
}

async function expectUnknown(attempts: Record<string, Response>) {
  for (const [route, response] of Object.entries(attempts)) {
    expect({ route, status: response.status }).toEqual({ route, status: 404 });
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('conversation_not_found');
  }
}

async function lastSeq(built: Built, id: string) {
  return (await built.store.db.first<{ lastSeq: number }>('SELECT last_seq AS lastSeq FROM conversations WHERE id = ?', [id]))?.lastSeq;
}

describe('a Bot Framework conversation seen from the web API', () => {
  it('answers 404 conversation_not_found on read, chat, feedback, voice and erase, and the SMS citizen goes on undisturbed', async () => {
    const built = await smsVictim(ID_SECRET);
    const id = await conversationIdDeriver(ID_SECRET)('botframework:sms', PHONE);
    expect(await lastSeq(built, id)).toBe(2);
    await expectUnknown(await webAttempts(built, id));
    // Nothing was read into, added to or erased from the citizen's conversation.
    expect(await lastSeq(built, id)).toBe(2);
    expect((await emulatorPost(built.app, smsActivity('Hallo'))).status).toBe(200);
    expect(await lastSeq(built, id)).toBe(4);
  });

  it('answers exactly as for an id that never existed, so nothing tells the conversation is there', async () => {
    const built = await smsVictim(ID_SECRET);
    const id = await conversationIdDeriver(ID_SECRET)('botframework:sms', PHONE);
    const known = await built.app.request(`/api/conversations/${id}`);
    const unknown = await built.app.request('/api/conversations/6f1c2b9e-8d4a-4c3b-9a2e-1f0e9d8c7b6a');
    expect(await known.json()).toEqual(await unknown.json());
    const chatKnown = await built.post('/api/chat', { conversationId: id, text: 'Hilfe' });
    const chatUnknown = await built.post('/api/chat', { conversationId: '6f1c2b9e-8d4a-4c3b-9a2e-1f0e9d8c7b6a', text: 'Hilfe' });
    expect(await chatKnown.json()).toEqual(await chatUnknown.json());
  });

  it('is not reachable by the id the tester computed from the phone number, even without any secret (Emulator fallback)', async () => {
    const built = await smsVictim();
    const id = await stableConversationId('botframework:sms', PHONE);
    expect(id).toBe('29af088d-3da3-4feb-a373-8cf29973fc83');
    expect(await lastSeq(built, id)).toBe(2);
    await expectUnknown(await webAttempts(built, id));
    expect(await lastSeq(built, id)).toBe(2);
  });

  it('is stored under a keyed id: the phone number alone no longer gives it, and another secret gives another id', async () => {
    const built = await smsVictim(ID_SECRET);
    expect(await lastSeq(built, await stableConversationId('botframework:sms', PHONE))).toBeUndefined();
    const keyed = await conversationIdDeriver(ID_SECRET)('botframework:sms', PHONE);
    expect(keyed).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await conversationIdDeriver(`${ID_SECRET}-rotated`)('botframework:sms', PHONE)).not.toBe(keyed);
    expect(await conversationIdDeriver(ID_SECRET)('botframework:telegram', PHONE)).not.toBe(keyed);
  });
});

describe('the key of the Bot Framework conversation ids', () => {
  function logLines() {
    const warnings: Array<{ event: string; fields?: Record<string, unknown> }> = [];
    const logger = { info: () => {}, warn: (event: string, fields?: Record<string, unknown>) => warnings.push({ event, ...(fields ? { fields } : {}) }), error: () => {} };
    return { warnings, logger };
  }

  it('is missing only in Emulator mode without CONVERSATION_ID_SECRET, and then one start-up warning says so', async () => {
    const { warnings, logger } = logLines();
    await createTestApp({ logger, plugins: [botFrameworkPlugin({ emulator: true })] });
    expect(warnings.filter((line) => line.event === 'conversation_id_unkeyed')).toHaveLength(1);
    expect(String(warnings[0]?.fields?.note)).toContain('CONVERSATION_ID_SECRET');
  });

  it.each([
    ['with CONVERSATION_ID_SECRET', { emulator: true, conversationIdSecret: ID_SECRET }],
    ['with the app password', { appId: 'app-id', appPassword: 'app-password' }],
    ['when the channel is off', {}],
  ])('gives no warning %s', async (_case, options) => {
    const { warnings, logger } = logLines();
    await createTestApp({ logger, plugins: [botFrameworkPlugin(options)] });
    expect(warnings.filter((line) => line.event === 'conversation_id_unkeyed')).toEqual([]);
  });

  it('is read from CONVERSATION_ID_SECRET on Node and Workers, and a short one stops the start', () => {
    expect(readConfig({ CONVERSATION_ID_SECRET: ID_SECRET }).channels.conversationIdSecret).toBe(ID_SECRET);
    expect(readConfig({}).channels.conversationIdSecret).toBeNull();
    expect(() => readConfig({ CONVERSATION_ID_SECRET: 'short' })).toThrow(/^CONVERSATION_ID_SECRET: must be at least 32 characters/);
    const db = {} as never;
    expect(readWorkersConfig({ DB: db, DIRECTLINE_SECRET, CONVERSATION_ID_SECRET: ID_SECRET }).directLine?.conversationIdSecret).toBe(ID_SECRET);
    expect(() => readWorkersConfig({ DB: db, DIRECTLINE_SECRET, CONVERSATION_ID_SECRET: 'short' })).toThrow(/^CONVERSATION_ID_SECRET: must be at least 32 characters/);
  });
});

describe('a Direct Line conversation seen from the web API', () => {
  it('answers 404 conversation_not_found everywhere, while Direct Line goes on with it', async () => {
    const built = await createTestApp({ plugins: [directLinePlugin({ secret: DIRECTLINE_SECRET }), voicePlugin()] });
    const generated = await built.app.request('/v3/directline/tokens/generate', { method: 'POST', headers: { authorization: `Bearer ${DIRECTLINE_SECRET}` } });
    const { conversationId: dlId, token } = (await generated.json()) as { conversationId: string; token: string };
    const send = (text: string) =>
      built.app.request(`/v3/directline/conversations/${encodeURIComponent(dlId)}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: { id: 'dl-user' }, text }),
      });
    expect((await send('Hallo')).status).toBe(200);
    // Keyed with DIRECTLINE_SECRET when no CONVERSATION_ID_SECRET is set: the id from the streamUrl is not enough.
    const id = await conversationIdDeriver(DIRECTLINE_SECRET)('directline', dlId);
    expect(await lastSeq(built, await stableConversationId('directline', dlId))).toBeUndefined();
    expect(await lastSeq(built, id)).toBe(2);
    await expectUnknown(await webAttempts(built, id));
    expect((await send('Hallo')).status).toBe(200);
    expect(await lastSeq(built, id)).toBe(4);
  });
});

describe('web conversations after the channel binding', () => {
  it('are still read, continued, rated and erased through the web API', async () => {
    const built = await createTestApp({ plugins: [voicePlugin()] });
    const started = (await (await built.post('/api/chat', { text: 'Hallo' })).json()) as { conversationId: string };
    const id = started.conversationId;
    expect((await built.post('/api/chat', { conversationId: id, text: 'Ausweis' })).status).toBe(200);
    expect((await built.post('/api/voice/turn', { conversationId: id, transcript: 'Ausweis' })).status).toBe(200);
    expect((await built.app.request(`/api/conversations/${id}`)).status).toBe(200);
    expect((await built.post('/api/feedback', { conversationId: id, rating: 'up' })).status).toBe(201);
    expect((await built.app.request(`/api/conversations/${id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('cannot be continued through a messenger channel', async () => {
    const built = await createTestApp();
    const { conversationId } = (await (await built.post('/api/chat', { text: 'Hallo' })).json()) as { conversationId: string };
    for (const channel of ['botframework', 'directline'] as const) {
      await expect(built.context.engine.handle({ channel, conversationId, createIfMissing: true, text: 'Hallo' })).rejects.toMatchObject({ status: 404, code: 'conversation_not_found' });
    }
    expect(await lastSeq(built, conversationId)).toBe(2);
  });
});

describe('which channel may reach a conversation', () => {
  it('keeps messenger conversations to their own channel and lets web, API and voice share theirs', () => {
    expect(channelMayReach('botframework', 'botframework')).toBe(true);
    expect(channelMayReach('directline', 'directline')).toBe(true);
    for (const other of ['web', 'api', 'voice', 'directline'] as const) expect(channelMayReach('botframework', other)).toBe(false);
    for (const other of ['web', 'api', 'voice', 'botframework'] as const) expect(channelMayReach('directline', other)).toBe(false);
    expect(channelMayReach('web', 'botframework')).toBe(false);
    expect(channelMayReach('api', 'web')).toBe(true);
    expect(channelMayReach('voice', 'web')).toBe(true);
    expect(channelMayReach('web', 'voice')).toBe(true);
  });
});
