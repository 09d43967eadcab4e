import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { replyActivities } from '../../src/channels/activity.js';
import { botFrameworkPlugin } from '../../src/channels/botframework/index.js';
import { directLinePlugin } from '../../src/channels/directline/index.js';
import { NumberedChoices } from '../../src/channels/numbered-choices.js';
import { toSsml } from '../../src/core/ssml.js';
import type { TurnHandler } from '../../src/core/turn-handler.js';
import type { Reply, TurnResult } from '../../src/core/types.js';
import { securityHeaders } from '../../src/http/middleware/security-headers.js';
import { createTestApp } from '../support/test-app.js';
import { startFakeBotService, type FakeBotService } from './support/fake-bot-service.js';

const APP_ID = '00000000-1111-2222-3333-555555555555';
const SUMMARY = '/zusammenfassung#reference=DN-2026-884033&token=abc';
const ICS = '/api/appointments/RTWY4G.ics';

function reply(text: string, extra: Partial<Reply> = {}, locale: 'de' | 'en' = 'de'): Reply {
  return { text, speak: toSsml(text, locale), ...extra };
}

function result(replies: Reply[], locale: 'de' | 'en' = 'de'): Pick<TurnResult, 'replies' | 'locale' | 'expectingInput'> {
  return { replies, locale, expectingInput: true };
}

const concern = [
  { title: 'Personalausweis', value: 'personalausweis' },
  { title: 'Reisepass', value: 'reisepass' },
  { title: 'Etwas anderes', value: 'intent:sonstiges' },
];

describe('Messenger replies: links', () => {
  it('turns the summary and calendar paths into absolute URLs of the assistant in the hero card', () => {
    const [activity] = replyActivities(result([reply('Gesendet.', { links: [{ title: 'Zusammenfassung', url: SUMMARY }, { title: 'Kalender', url: ICS }, { title: 'Stadt', url: 'https://www.dueren.de/' }] })]), 'u1', { origin: 'https://assistent.dueren.de' });
    expect(activity?.attachments).toEqual([
      {
        contentType: 'application/vnd.microsoft.card.hero',
        content: {
          buttons: [
            { type: 'openUrl', title: 'Zusammenfassung', value: `https://assistent.dueren.de${SUMMARY}` },
            { type: 'openUrl', title: 'Kalender', value: `https://assistent.dueren.de${ICS}` },
            { type: 'openUrl', title: 'Stadt', value: 'https://www.dueren.de/' },
          ],
        },
      },
    ]);
  });
});

describe('Messenger replies on channels without buttons (SMS)', () => {
  it('writes the choices numbered and the links as URLs into the text, without buttons or a card', () => {
    const [activity] = replyActivities(result([reply('Worum geht es bei Ihrem Termin?', { suggestions: concern, links: [{ title: 'In den Kalender eintragen (.ics)', url: ICS }] })]), 'u1', { origin: 'https://assistent.dueren.de', channelId: 'sms' });
    expect(activity?.text).toBe(
      'Worum geht es bei Ihrem Termin?\n\nAntworten Sie mit einer Zahl von 1 bis 3:\n1 Personalausweis\n2 Reisepass\n3 Etwas anderes\n\n' +
        `In den Kalender eintragen (.ics): https://assistent.dueren.de${ICS}`,
    );
    expect(activity?.suggestedActions).toBeUndefined();
    expect(activity?.attachments).toBeUndefined();
  });

  it('does not list the appointment slots a second time when the reply before listed them with their numbers', () => {
    const slots = [
      { title: 'Donnerstag, 3.12.2026, 14:00 Uhr', value: '3.12.2026 14:00' },
      { title: 'Donnerstag, 3.12.2026, 14:15 Uhr', value: '3.12.2026 14:15' },
    ];
    const activities = replyActivities(
      result([reply(`Diese Termine sind frei:\n1) ${slots[0]?.title ?? ''}\n2) ${slots[1]?.title ?? ''}`), reply('Welcher Termin passt? Antworten Sie mit seiner Nummer.', { suggestions: slots })]),
      'u1',
      { channelId: 'sms' },
    );
    expect(activities.map((a) => a.text)).toEqual([`Diese Termine sind frei:\n1) ${slots[0]?.title ?? ''}\n2) ${slots[1]?.title ?? ''}`, 'Welcher Termin passt? Antworten Sie mit seiner Nummer.']);
    // "2" still means the second slot.
    const choices = new NumberedChoices();
    choices.keep('c-slots', [{ suggestions: slots }]);
    expect(choices.answer('c-slots', { text: '2' })).toEqual({ action: '3.12.2026 14:15' });
  });

  it('offers a single choice by its word, not by a number that could be the answer', () => {
    const [activity] = replyActivities(result([reply('How many dogs?', { suggestions: [{ title: 'Skip', value: 'skip' }] }, 'en')], 'en'), 'u1', { channelId: 'sms' });
    expect(activity?.text).toBe('How many dogs?\n\nYou can also reply "Skip".');
  });

  it('keeps buttons on channels that show them', () => {
    const [activity] = replyActivities(result([reply('Worum geht es?', { suggestions: concern })]), 'u1', { channelId: 'telegram' });
    expect(activity?.text).toBe('Worum geht es?');
    expect(activity?.suggestedActions?.actions).toHaveLength(3);
  });

  it('reads a listed number as the choice, as its button would have sent it, and nothing else', () => {
    let now = 0;
    const choices = new NumberedChoices({ ttlMs: 1000, now: () => now });
    choices.keep('c1', [{ suggestions: [{ title: 'Ja', value: 'Ja' }, ...concern] }]);
    expect(choices.answer('c1', { text: '1' })).toEqual({ text: 'Ja' });
    expect(choices.answer('c1', { text: 'Nr. 2' })).toEqual({ action: 'personalausweis' });
    expect(choices.answer('c1', { text: '4)' })).toEqual({ action: 'intent:sonstiges' });
    expect(choices.answer('c1', { text: '5' })).toEqual({ text: '5' });
    expect(choices.answer('c1', { text: '2 Personen' })).toEqual({ text: '2 Personen' });
    expect(choices.answer('other', { text: '1' })).toEqual({ text: '1' });
    // A reply without a list forgets the old one: "1" is then an answer of its own.
    choices.keep('c1', [{ suggestions: [{ title: 'Überspringen', value: 'überspringen' }] }]);
    expect(choices.answer('c1', { text: '1' })).toEqual({ text: '1' });
    choices.keep('c1', [{ suggestions: concern }]);
    now = 2000;
    expect(choices.answer('c1', { text: '1' })).toEqual({ text: '1' });
  });

  it('reads an SMS sent again as the first time, though its answer listed new choices meanwhile', () => {
    const choices = new NumberedChoices();
    choices.keep('c1', [{ suggestions: concern }]);
    expect(choices.answer('c1', { text: '2' }, 'sms-1')).toEqual({ action: 'reisepass' });
    choices.keep('c1', [{ suggestions: [{ title: 'Vormittags', value: 'vormittags' }, { title: 'Nachmittags', value: 'nachmittags' }] }]);
    expect(choices.answer('c1', { text: '2' }, 'sms-1')).toEqual({ action: 'reisepass' });
    expect(choices.answer('c1', { text: '2' }, 'sms-2')).toEqual({ action: 'nachmittags' });
  });
});

describe('Messenger replies: language tag', () => {
  it('keeps the channel\'s en-US in locale and speak when the reply is English', () => {
    const [activity] = replyActivities(result([reply('Got it.', {}, 'en')], 'en'), undefined, { localeTag: 'en-us' });
    expect(activity?.locale).toBe('en-US');
    expect(activity?.speak).toContain('xml:lang="en-US"');
    expect(XMLValidator.validate(String(activity?.speak))).toBe(true);
  });

  it('uses de-DE for a German reply in a chat set to en-US, and en-GB for a bare "en"', () => {
    const [german] = replyActivities(result([reply('Verstanden.')]), undefined, { localeTag: 'en-US' });
    expect(german?.locale).toBe('de-DE');
    expect(german?.speak).toContain('xml:lang="de-DE"');
    const [english] = replyActivities(result([reply('Got it.', {}, 'en')], 'en'), undefined, { localeTag: 'en' });
    expect(english?.locale).toBe('en-GB');
  });
});

/** A dialog step double: lists a choice, shows the summary link, and says which answer the core got. */
const choiceHandler: TurnHandler = {
  name: 'choice-test-double',
  async handle(ctx) {
    if (ctx.turn.text.includes('termin')) {
      return { intent: { id: 'termin', confidence: 1 }, replies: [{ text: 'Worum geht es bei Ihrem Termin?', suggestions: concern }], expectingInput: true };
    }
    if (ctx.turn.action === 'reisepass' || ctx.turn.text === 'senden') {
      return { intent: { id: 'termin', confidence: 1 }, replies: [{ text: `Gewählt: ${ctx.turn.action ?? ctx.turn.text}`, links: [{ title: 'Zusammenfassung', url: SUMMARY }] }], expectingInput: false };
    }
    return null;
  },
};

describe('Bot Framework: SMS and Teams end to end', () => {
  let service: FakeBotService;
  beforeAll(async () => {
    service = await startFakeBotService();
  });
  afterAll(async () => {
    await service.close();
  });

  async function app() {
    return createTestApp({
      handlers: [choiceHandler],
      middleware: [securityHeaders({ trustProxy: true })],
      plugins: [botFrameworkPlugin({ appId: APP_ID, appPassword: 'secret', openIdMetadataUrl: service.openIdMetadataUrl, emulatorOpenIdMetadataUrl: service.openIdMetadataUrl, tokenEndpoint: service.tokenEndpoint })],
    });
  }

  function send(post: Awaited<ReturnType<typeof app>>['post'], channelId: string, text: string) {
    const activity = {
      type: 'message',
      id: `act-${Math.random().toString(36).slice(2)}`,
      channelId,
      serviceUrl: service.serviceUrl,
      conversation: { id: `${channelId}-+491701112233` },
      from: { id: '+491701112233' },
      recipient: { id: APP_ID },
      locale: 'de-DE',
      text,
    };
    const token = service.channelToken({ aud: APP_ID, serviceurl: service.serviceUrl });
    return post('/api/messages', activity, { authorization: `Bearer ${token}`, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'assistent.dueren.de' });
  }

  it('lists the choices in an SMS, takes "2" as the second choice, and writes the summary link as an absolute URL', async () => {
    const { post } = await app();
    const before = service.replies.length;
    expect((await send(post, 'sms', 'termin')).status).toBe(200);
    expect(service.replies.at(-1)?.body.text).toContain('Antworten Sie mit einer Zahl von 1 bis 3:\n1 Personalausweis\n2 Reisepass');
    expect((await send(post, 'sms', '2')).status).toBe(200);
    const sent = service.replies.slice(before).map((r) => r.body);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.text).toBe(`Gewählt: reisepass\n\nZusammenfassung: https://assistent.dueren.de${SUMMARY}`);
    expect(sent[1]?.attachments).toBeUndefined();
  });

  it('gives Teams an openUrl button with the assistant\'s absolute URL (X-Forwarded-Host with TRUST_PROXY)', async () => {
    const { post } = await app();
    expect((await send(post, 'msteams', 'senden')).status).toBe(200);
    const card = service.replies.at(-1)?.body.attachments as Array<{ content: { buttons: Array<{ value: string }> } }>;
    expect(card[0]?.content.buttons[0]?.value).toBe(`https://assistent.dueren.de${SUMMARY}`);
  });
});

describe('Direct Line: Web Chat on the city\'s site', () => {
  it('gets the summary link as an absolute URL of the assistant, not a path the city\'s host would open', async () => {
    const { app } = await createTestApp({ handlers: [choiceHandler], plugins: [directLinePlugin({ secret: 'test-directline-secret-0123456789abcdef' })] });
    const base = 'https://assistent.dueren.de/v3/directline';
    const generated = (await (await app.request(`${base}/tokens/generate`, { method: 'POST', headers: { authorization: 'Bearer test-directline-secret-0123456789abcdef' } })).json()) as { conversationId: string; token: string };
    const headers = { authorization: `Bearer ${generated.token}`, 'content-type': 'application/json' };
    const posted = await app.request(`${base}/conversations/${generated.conversationId}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', from: { id: 'u' }, text: 'senden', locale: 'en-US' }) });
    expect(posted.status).toBe(200);
    const { activities } = (await (await app.request(`${base}/conversations/${generated.conversationId}/activities`, { headers })).json()) as { activities: Array<{ attachments?: Array<{ content: { buttons: Array<{ value: string }> } }> }> };
    expect(activities.at(-1)?.attachments?.[0]?.content.buttons[0]?.value).toBe(`https://assistent.dueren.de${SUMMARY}`);
  });
});
