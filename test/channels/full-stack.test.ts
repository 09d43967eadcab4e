/**
 * The channels on the real Node server (real content, trained NLU, dialogs, SQLite in a temp dir):
 * Bot Framework against a local fake Bot Service, the voice path, and Microsoft's Web Chat in
 * Chromium over Direct Line, with the WebSocket and with polling.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/http/logger.js';
import { readConfig } from '../../src/runtime/node/config.js';
import { startServer, type RunningServer } from '../../src/runtime/node/server.js';
import { startFakeBotService, type FakeBotService } from './support/fake-bot-service.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const APP_ID = 'f0e1d2c3-b4a5-4968-8776-655443322110';
const SECRET = 'full-stack-directline-secret-0123456789';
const NAMESPACE = 'xmlns="http://www.w3.org/2001/10/synthesis"';
const require = createRequire(import.meta.url);

let dir: string;
let service: FakeBotService;
let server: RunningServer;
let site: { origin: string; close(): Promise<void> };

function webchatRoot(): string {
  const entry = require.resolve('botframework-webchat');
  return entry.slice(0, entry.lastIndexOf('botframework-webchat') + 'botframework-webchat'.length);
}

/** The embedding website: Web Chat's UMD bundle from node_modules and a page that renders it, on its own origin. */
async function startWebsite(): Promise<{ origin: string; close(): Promise<void> }> {
  // The package's exports map hides dist/, so resolve the package folder and read the bundle from there.
  const bundle = readFileSync(join(webchatRoot(), 'dist', 'webchat.js'));
  const http: Server = createServer((req, res) => {
    if (req.url === '/webchat.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return res.end(bundle);
    }
    res.writeHead(req.url?.startsWith('/?') ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!DOCTYPE html><html lang="de"><head><title>Stadt</title><script src="/webchat.js"></script></head>
<body><div id="webchat" style="height: 600px"></div>
<script>
  const params = new URLSearchParams(location.search);
  window.__store = window.WebChat.createStore();
  window.WebChat.renderWebChat({
    directLine: window.WebChat.createDirectLine({ token: params.get('token'), domain: params.get('domain'), webSocket: params.get('ws') === 'true' }),
    store: window.__store,
    locale: 'de-DE',
    userID: params.get('user'),
  }, document.getElementById('webchat'));
</script></body></html>`);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => http.close(() => resolve())) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stadtlotse-channels-'));
  service = await startFakeBotService();
  site = await startWebsite();
  const config = readConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dir, 'test.sqlite'),
      CHAT_RATE_LIMIT_PER_MINUTE: '100000',
      ALLOWED_ORIGINS: site.origin,
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: 'app-secret-for-tests',
      BOTFRAMEWORK_OPENID_METADATA_URL: service.openIdMetadataUrl,
      BOTFRAMEWORK_TOKEN_ENDPOINT: service.tokenEndpoint,
      DIRECTLINE_SECRET: SECRET,
    },
    process.cwd(),
  );
  server = await startServer(config, silentLogger);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await site?.close();
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function sendActivity(activity: Record<string, unknown>) {
  const token = service.channelToken({ aud: APP_ID, serviceurl: service.serviceUrl });
  return fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(activity) });
}

function message(conversation: string, id: string, text: string) {
  return { type: 'message', id, channelId: 'msteams', serviceUrl: service.serviceUrl, conversation: { id: conversation }, from: { id: 'user-1' }, recipient: { id: `28:${APP_ID}` }, locale: 'de-DE', text };
}

describe('channels on the real server', () => {
  it('answers a Bot Framework message with exactly one reply: text, well-formed SSML, replyToId', async () => {
    const before = service.replies.length;
    const response = await sendActivity(message('conv-wohnsitz', 'act-wohnsitz-1', 'Wie melde ich meinen Wohnsitz an?'));
    expect(response.status).toBe(200);
    const sent = service.replies.slice(before);
    expect(sent).toHaveLength(1);
    const body = sent[0]!.body;
    expect(sent[0]!.path).toBe('/v3/conversations/conv-wohnsitz/activities/act-wohnsitz-1');
    expect(body).toMatchObject({ type: 'message', replyToId: 'act-wohnsitz-1', conversation: { id: 'conv-wohnsitz' }, locale: 'de-DE' });
    expect(String(body.text)).toMatch(/anmeld|Wohnung|Bürgerbüro/i);
    expect(XMLValidator.validate(String(body.speak))).toBe(true);
    expect(String(body.speak).replace(NAMESPACE, '')).not.toContain('http');
  });

  it('carries Wohngeld dialog questions with inputHint expectingInput, and their choices as suggested actions', async () => {
    const turn = async (id: string, text: string) => {
      const before = service.replies.length;
      expect((await sendActivity(message('conv-wohngeld', id, text))).status).toBe(200);
      return service.replies.slice(before).map((reply) => reply.body as { text: string; inputHint?: string; suggestedActions?: { actions: Array<{ type: string; title: string; value: unknown }> } });
    };
    const first = await turn('act-wg-1', 'Ich möchte Wohngeld beantragen');
    expect(first.at(-1)?.inputHint).toBe('expectingInput');
    for (const earlier of first.slice(0, -1)) expect(earlier.inputHint).toBe('acceptingInput');
    expect((await turn('act-wg-2', '2')).at(-1)?.inputHint).toBe('expectingInput');
    expect((await turn('act-wg-3', '650 Euro')).at(-1)?.inputHint).toBe('expectingInput');
    // The kind of income is a choice: the options come as buttons.
    const choice = (await turn('act-wg-4', '1800 Euro')).at(-1);
    expect(choice?.inputHint).toBe('expectingInput');
    expect(choice?.suggestedActions?.actions.length).toBeGreaterThan(1);
    for (const action of choice?.suggestedActions?.actions ?? []) expect(['imBack', 'messageBack']).toContain(action.type);
  });

  it('answers a voice turn with SSML, text and expectingInput', async () => {
    const response = await fetch(`${server.url}/api/voice/turn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transcript: 'Was kostet ein Personalausweis?', locale: 'de-DE' }) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { conversationId: string; speak: string; text: string; expectingInput: boolean };
    expect(body.conversationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(XMLValidator.validate(body.speak)).toBe(true);
    expect(body.speak).toContain('xml:lang="de-DE"');
    expect(body.text.length).toBeGreaterThan(0);
    expect(body.expectingInput).toBe(false);
    const bad = await fetch(`${server.url}/api/voice/turn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transcript: '' }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_field', field: 'transcript' } });
  });

  it('tells a message in another language, on a messenger and by voice, in German and in English with their languages marked', async () => {
    const before = service.replies.length;
    expect((await sendActivity(message('conv-other', 'act-other-1', 'Как продлить вид на жительство?'))).status).toBe(200);
    const sent = service.replies.slice(before).map((reply) => reply.body as { text: string; locale: string; speak: string });
    expect(sent.map((activity) => activity.locale)).toEqual(['de-DE', 'en-GB']);
    expect(sent[1]?.text).toMatch(/only understand German and English/);
    const voice = await fetch(`${server.url}/api/voice/turn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transcript: 'Jak przedłużyć kartę pobytu?', locale: 'de-DE' }) });
    const body = (await voice.json()) as { speak: string };
    expect(XMLValidator.validate(body.speak)).toBe(true);
    expect(body.speak).toMatch(/^<speak[^>]* xml:lang="de-DE">/);
    expect(body.speak).toContain('<p xml:lang="en-GB">');
  });

  describe("Microsoft's Web Chat in Chromium", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each([true, false])('shows the greeting and the citizen message as sent (webSocket: %s)', async (webSocket) => {
      const user = `dl_citizen_${webSocket ? 'ws' : 'poll'}`;
      const generated = await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST', headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' }, body: JSON.stringify({ user: { id: user } }) });
      expect(generated.status).toBe(200);
      const { token } = (await generated.json()) as { token: string };
      const context = await browser.newContext();
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('requestfailed', (request) => failures.push(`${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`));
      try {
        const query = new URLSearchParams({ token, domain: `${server.url}/v3/directline`, ws: String(webSocket), user });
        await page.goto(`${site.origin}/?${query.toString()}`);
        const input = page.locator('[data-id="webchat-sendbox-input"]');
        await input.waitFor({ timeout: 30_000 });
        await input.fill('Hallo');
        await input.press('Enter');
        await page.getByText(/Guten Tag|Willkommen|Hallo!/).first().waitFor({ timeout: 30_000 });
        const outgoing = await page.waitForFunction(
          () => {
            const state = (window as unknown as { __store: { getState(): { activities: Array<{ from: { role?: string }; text?: string; channelData?: { state?: string } }> } } }).__store.getState();
            const mine = state.activities.find((a) => a.from.role === 'user' && a.text === 'Hallo');
            return mine?.channelData?.state ?? null;
          },
          undefined,
          { timeout: 15_000 },
        );
        expect(await outgoing.jsonValue()).toBe('sent');
        expect(await page.getByText(/Send failed|Senden fehlgeschlagen/i).count()).toBe(0);
        expect(failures.filter((f) => !f.includes('ERR_ABORTED'))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
