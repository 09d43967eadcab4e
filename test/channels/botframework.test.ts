import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { botFrameworkPlugin } from '../../src/channels/botframework/index.js';
import { conversationIdDeriver } from '../../src/channels/conversation-id.js';
import type { TurnHandler } from '../../src/core/turn-handler.js';
import { createTestApp } from '../support/test-app.js';
import { emulatorPost } from './support/emulator-request.js';
import { startFakeBotService, OUTBOUND_ACCESS_TOKEN, type FakeBotService } from './support/fake-bot-service.js';

const APP_ID = '00000000-1111-2222-3333-444444444444';
const APP_PASSWORD = 'test-client-secret';
const SSML_NAMESPACE = 'xmlns="http://www.w3.org/2001/10/synthesis"';

let service: FakeBotService;

beforeAll(async () => {
  service = await startFakeBotService();
});
afterAll(async () => {
  await service.close();
});

function messageActivity(overrides: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: service.serviceUrl,
    conversation: { id: 'a:1Bc-TeamsConversation' },
    from: { id: 'user-29:1', name: 'Citizen' },
    recipient: { id: `28:${APP_ID}`, name: 'Stadtlotse' },
    locale: 'de-DE',
    text: 'Hallo',
    ...overrides,
  };
}

/** A TurnHandler test double standing in for a dialog step: asks a question and waits for the answer. */
const askingHandler: TurnHandler = {
  name: 'asking-test-double',
  async handle(ctx) {
    if (!ctx.turn.text.includes('frage mich')) return null;
    return {
      intent: { id: 'wohngeld', confidence: 1 },
      replies: [{ text: 'Wie viele Personen leben im Haushalt?', suggestions: [{ title: 'Zwei', value: '2' }, { title: 'Abbrechen', value: 'intent:abbrechen' }] }],
      expectingInput: true,
      dialog: { id: 'wohngeld', step: 'haushalt', done: false },
    };
  },
};

async function authenticatedApp() {
  return createTestApp({
    handlers: [askingHandler],
    plugins: [botFrameworkPlugin({ appId: APP_ID, appPassword: APP_PASSWORD, openIdMetadataUrl: service.openIdMetadataUrl, emulatorOpenIdMetadataUrl: service.openIdMetadataUrl, tokenEndpoint: service.tokenEndpoint })],
  });
}

function validToken(serviceUrl = service.serviceUrl) {
  return service.channelToken({ aud: APP_ID, serviceurl: serviceUrl });
}

describe('Bot Framework channel with authentication', () => {
  it('accepts a token signed by the channel and replies through the Connector API with the app credentials', async () => {
    const { post } = await authenticatedApp();
    const before = service.replies.length;
    const activity = messageActivity({ text: 'Hallo' });
    const response = await post('/api/messages', activity, { authorization: `Bearer ${validToken()}` });
    expect(response.status).toBe(200);
    const sent = service.replies.slice(before);
    expect(sent).toHaveLength(1);
    const reply = sent[0]!;
    expect(reply.path).toBe(`/v3/conversations/${encodeURIComponent('a:1Bc-TeamsConversation')}/activities/${encodeURIComponent(activity.id)}`);
    expect(reply.authorization).toBe(`Bearer ${OUTBOUND_ACCESS_TOKEN}`);
    expect(reply.body).toMatchObject({ type: 'message', replyToId: activity.id, conversation: { id: 'a:1Bc-TeamsConversation' }, inputHint: 'acceptingInput', recipient: { id: 'user-29:1' } });
    expect(reply.body.text).toContain('Guten Tag');
    expect(XMLValidator.validate(String(reply.body.speak))).toBe(true);
    // The outbound token came from the configured (local) authority with the app's own credentials.
    const tokenRequest = service.tokenRequests.at(-1)!;
    expect(tokenRequest.form.get('client_id')).toBe(APP_ID);
    expect(tokenRequest.form.get('client_secret')).toBe(APP_PASSWORD);
    expect(tokenRequest.form.get('grant_type')).toBe('client_credentials');
  });

  it.each([
    ['a bad signature', () => service.channelToken({ aud: APP_ID, serviceurl: service.serviceUrl }, { foreignKey: true })],
    ['a wrong audience', () => service.channelToken({ aud: 'another-bot', serviceurl: service.serviceUrl })],
    ['a wrong issuer', () => service.channelToken({ aud: APP_ID, serviceurl: service.serviceUrl, iss: 'https://attacker.example' })],
    ['an expired token', () => service.channelToken({ aud: APP_ID, serviceurl: service.serviceUrl, iat: Math.floor(Date.now() / 1000) - 7200, nbf: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })],
    ['a token for another serviceUrl', () => service.channelToken({ aud: APP_ID, serviceurl: 'https://smba.trafficmanager.net/emea/' })],
    ['a token that is not a JWT', () => 'not-a-jwt'],
  ])('rejects %s with 401 and sends nothing', async (_case, token) => {
    const { post } = await authenticatedApp();
    const before = service.replies.length;
    const response = await post('/api/messages', messageActivity(), { authorization: `Bearer ${token()}` });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized', reason: expect.any(String) } });
    expect(service.replies.length).toBe(before);
  });

  it('rejects a request without Authorization header with 401', async () => {
    const { post } = await authenticatedApp();
    const response = await post('/api/messages', messageActivity());
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized', field: 'authorization' } });
  });

  it('marks a dialog question with inputHint expectingInput and offers suggested actions, commands as messageBack', async () => {
    const { post } = await authenticatedApp();
    const before = service.replies.length;
    const response = await post('/api/messages', messageActivity({ text: 'ich frage mich etwas' }), { authorization: `Bearer ${validToken()}` });
    expect(response.status).toBe(200);
    const [reply] = service.replies.slice(before);
    expect(reply?.body).toMatchObject({
      inputHint: 'expectingInput',
      suggestedActions: {
        to: ['user-29:1'],
        actions: [
          // A choice whose value is not its title: the chat shows "Zwei", never the raw "2".
          { type: 'messageBack', title: 'Zwei', displayText: 'Zwei', text: '2', value: { action: '2' } },
          { type: 'messageBack', title: 'Abbrechen', displayText: 'Abbrechen', text: 'intent:abbrechen', value: { action: 'intent:abbrechen' } },
        ],
      },
    });
  });

  it('greets members who join, but not the bot itself, and acknowledges other activity types', async () => {
    const { post } = await authenticatedApp();
    const before = service.replies.length;
    const joined = messageActivity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-29:1' }] });
    expect((await post('/api/messages', joined, { authorization: `Bearer ${validToken()}` })).status).toBe(200);
    expect(service.replies.length).toBe(before + 1);
    expect(service.replies.at(-1)?.body.text).toContain('Guten Tag');

    const botJoined = messageActivity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: `28:${APP_ID}` }] });
    expect((await post('/api/messages', botJoined, { authorization: `Bearer ${validToken()}` })).status).toBe(202);
    const typing = messageActivity({ type: 'typing', text: undefined });
    expect((await post('/api/messages', typing, { authorization: `Bearer ${validToken()}` })).status).toBe(202);
    expect(service.replies.length).toBe(before + 1);
  });

  it('sends a pressed messageBack button to the core as its command and keeps the conversation across turns', async () => {
    const { post, store } = await authenticatedApp();
    const conversation = { id: 'telegram-chat-4711' };
    const first = await post('/api/messages', messageActivity({ channelId: 'telegram', conversation, text: 'Hallo' }), { authorization: `Bearer ${validToken()}` });
    expect(first.status).toBe(200);
    const pressed = messageActivity({ channelId: 'telegram', conversation, text: 'intent:personalausweis', value: { action: 'intent:personalausweis' } });
    const before = service.replies.length;
    expect((await post('/api/messages', pressed, { authorization: `Bearer ${validToken()}` })).status).toBe(200);
    const reply = service.replies.slice(before)[0]!;
    expect(reply.body.text).toContain('Bürgerbüro');
    // Links become a hero card with openUrl buttons; the speech never contains the URL.
    expect(reply.body.attachments).toEqual([{ contentType: 'application/vnd.microsoft.card.hero', content: { buttons: [{ type: 'openUrl', title: 'Website', value: 'https://www.example.org' }] } }]);
    expect(String(reply.body.speak).replace(SSML_NAMESPACE, '')).not.toContain('http');
    // Both turns landed in one core conversation, keyed by a UUID derived from channel and conversation id
    // under the app password (no CONVERSATION_ID_SECRET given).
    const id = await conversationIdDeriver(APP_PASSWORD)('botframework:telegram', 'telegram-chat-4711');
    expect(await store.db.first<{ lastSeq: number }>('SELECT last_seq AS lastSeq FROM conversations WHERE id = ?', [id])).toEqual({ lastSeq: 4 });
  });
});

describe('Bot Framework channel, a message over 1,000 characters', () => {
  const long = `${'Sehr geehrte Damen und Herren, ich schreibe Ihnen wegen meines Wohngeldantrags. '.repeat(38)}Danke.`;

  it.each([
    ['de-DE', 'de-DE', 'Ihre Nachricht ist zu lang (höchstens 1.000 Zeichen). Bitte schreiben Sie kürzer oder teilen Sie sie auf.'],
    ['en-US', 'en-US', 'Your message is too long (at most 1,000 characters). Please write a shorter message or split it into several.'],
  ])('is answered in %s with a reply that says it is too long, and the activity is acknowledged with 200', async (locale, replyLocale, text) => {
    const { post } = await authenticatedApp();
    expect(long.length).toBeGreaterThan(3000);
    const before = service.replies.length;
    const activity = messageActivity({ locale, text: long });
    const response = await post('/api/messages', activity, { authorization: `Bearer ${validToken()}` });
    expect(response.status).toBe(200);
    const sent = service.replies.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({ type: 'message', text, locale: replyLocale, replyToId: activity.id, recipient: { id: 'user-29:1' } });
    expect(XMLValidator.validate(String(sent[0]?.body.speak))).toBe(true);
  });

  it('is answered in emulator mode too (BOTFRAMEWORK_EMULATOR, local caller), and the conversation goes on with the next message', async () => {
    const { app } = await createTestApp({ plugins: [botFrameworkPlugin({ emulator: true })] });
    const conversation = { id: 'emulator-long-text' };
    const before = service.replies.length;
    expect((await emulatorPost(app, messageActivity({ channelId: 'emulator', conversation, text: long }))).status).toBe(200);
    expect(service.replies.at(-1)?.body.text).toContain('Ihre Nachricht ist zu lang');
    expect((await emulatorPost(app, messageActivity({ channelId: 'emulator', conversation, text: 'Hallo' }))).status).toBe(200);
    expect(service.replies.slice(before).map((reply) => reply.body.text)).toEqual([expect.stringContaining('zu lang'), expect.stringContaining('Guten Tag')]);
  });
});

