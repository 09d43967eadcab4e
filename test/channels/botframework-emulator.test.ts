/**
 * Emulator mode (report A1): without MICROSOFT_APP_ID, /api/messages used to take unauthenticated activities from
 * anyone and POST the reply to any localhost port: an SSRF into the server's machine behind the documented proxy.
 * Now it is off unless BOTFRAMEWORK_EMULATOR=true, and then answers only a loopback caller without proxy headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botFrameworkPlugin } from '../../src/channels/botframework/index.js';
import { isLoopbackAddress } from '../../src/channels/botframework/emulator.js';
import { readConfig } from '../../src/runtime/node/config.js';
import { composedApp } from '../support/composed-app.js';
import { createTestApp } from '../support/test-app.js';
import { emulatorPost } from './support/emulator-request.js';
import { startFakeBotService, type FakeBotService } from './support/fake-bot-service.js';

let service: FakeBotService;
beforeAll(async () => {
  service = await startFakeBotService();
});
afterAll(async () => {
  await service.close();
});

function activity(overrides: Record<string, unknown> = {}) {
  return { type: 'message', id: `act-${Math.random().toString(36).slice(2)}`, channelId: 'emulator', serviceUrl: service.serviceUrl, conversation: { id: 'emu-1' }, from: { id: 'u1' }, recipient: { id: 'bot' }, locale: 'de-DE', text: 'Hallo', ...overrides };
}

function logLines() {
  const lines: Array<{ event: string; fields?: Record<string, unknown> }> = [];
  const logger = { info: (event: string, fields?: Record<string, unknown>) => lines.push({ event, ...(fields ? { fields } : {}) }), warn: () => {}, error: () => {} };
  return { lines, logger };
}

describe('Bot Framework channel without MICROSOFT_APP_ID and without BOTFRAMEWORK_EMULATOR', () => {
  it('answers 404 naming what to configure, even from a local caller, and posts nothing', async () => {
    const { app } = await createTestApp({ plugins: [botFrameworkPlugin({})] });
    const before = service.replies.length;
    const response = await emulatorPost(app, activity());
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; reason: string } };
    expect(body.error.code).toBe('channel_off');
    expect(body.error.reason).toContain('MICROSOFT_APP_ID');
    expect(service.replies.length).toBe(before);
  });

  it('says in the start-up log that the route is off', async () => {
    const { lines, logger } = logLines();
    await createTestApp({ logger, plugins: [botFrameworkPlugin({})] });
    const line = lines.find((entry) => entry.event === 'botframework_channel');
    expect(line?.fields).toMatchObject({ mode: 'off' });
    expect(String(line?.fields?.note)).not.toContain('local Emulator only');
  });

  it('is off in the app as npm start composes it by default', async () => {
    const app = await composedApp();
    try {
      const response = await app.request('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity({ serviceUrl: 'http://localhost:39111/some/internal/api' })) });
      expect(response.status).toBe(404);
    } finally {
      await app.close();
    }
  });
});

describe('Bot Framework channel with BOTFRAMEWORK_EMULATOR', () => {
  it('answers an unsigned activity from a local Emulator', async () => {
    const { app } = await createTestApp({ plugins: [botFrameworkPlugin({ emulator: true })] });
    const before = service.replies.length;
    const sent = activity({ locale: 'en-US', text: 'hello' });
    const response = await emulatorPost(app, sent);
    expect(response.status).toBe(200);
    const [reply] = service.replies.slice(before);
    expect(reply?.authorization).toBeUndefined();
    expect(reply?.body).toMatchObject({ replyToId: sent.id, locale: 'en-US' });
    expect(reply?.body.text).toContain('Hello');
  });

  it.each([
    ['through a proxy (X-Forwarded-For)', { headers: { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' } }],
    ['through a proxy (Forwarded)', { headers: { forwarded: 'for=203.0.113.9' } }],
    ['from another machine', { peer: '203.0.113.9' }],
    ['from an IPv4-mapped remote address', { peer: '::ffff:198.51.100.7' }],
  ])('refuses an activity that came %s with 403 and posts nothing', async (_case, options) => {
    const { app } = await createTestApp({ plugins: [botFrameworkPlugin({ emulator: true })] });
    const before = service.replies.length;
    const response = await emulatorPost(app, activity(), options);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'emulator_local_only' } });
    expect(service.replies.length).toBe(before);
  });

  it('refuses without a socket (no runtime that can tell the caller is local)', async () => {
    const { post } = await createTestApp({ plugins: [botFrameworkPlugin({ emulator: true })] });
    expect((await post('/api/messages', activity())).status).toBe(403);
  });

  it('refuses to post replies to a non-local serviceUrl', async () => {
    const { app } = await createTestApp({ plugins: [botFrameworkPlugin({ emulator: true })] });
    const response = await emulatorPost(app, activity({ serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'emulator_mode', field: 'serviceUrl' } });
  });

  it('says in the start-up log that it runs in emulator mode for local callers only', async () => {
    const { lines, logger } = logLines();
    await createTestApp({ logger, plugins: [botFrameworkPlugin({ emulator: true })] });
    const line = lines.find((entry) => entry.event === 'botframework_channel');
    expect(line?.fields).toMatchObject({ mode: 'emulator' });
    expect(String(line?.fields?.note)).toContain('only from a loopback address');
  });

  it('is read from the environment as true/false/1/0 only, and never together with MICROSOFT_APP_ID', () => {
    expect(readConfig({ BOTFRAMEWORK_EMULATOR: 'true' }).channels.botFrameworkEmulator).toBe(true);
    expect(readConfig({}).channels.botFrameworkEmulator).toBe(false);
    expect(() => readConfig({ BOTFRAMEWORK_EMULATOR: 'yes' })).toThrow('BOTFRAMEWORK_EMULATOR: must be true, false, 1 or 0, got "yes"');
    expect(() => readConfig({ BOTFRAMEWORK_EMULATOR: '1', MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'pw' })).toThrow(/^BOTFRAMEWORK_EMULATOR: must not be true while MICROSOFT_APP_ID is set/);
  });
});

describe('a loopback address', () => {
  it('is 127.x.x.x, ::1 or IPv4-mapped 127.x.x.x, nothing else', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '0.0.0.0', '', undefined, '1270.0.0.1', 'localhost'].some(isLoopbackAddress)).toBe(false);
  });
});
