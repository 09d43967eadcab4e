/**
 * A message sent twice is answered once on the messenger channels too (tester-r A1): the Bot Connector sends an
 * activity again when the bot's answer failed, Web Chat resends after a network error. And "Lösch meine Daten"
 * also empties the Direct Line history (tester-r A2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerMessage } from '../../src/channels/channel-turn.js';
import { AppError } from '../../src/core/app-error.js';
import type { AppContext } from '../../src/http/app-context.js';
import { startFakeBotService, type FakeBotService } from './support/fake-bot-service.js';
import { messengerHarness } from './support/messenger-harness.js';

let service: FakeBotService;
beforeAll(async () => {
  service = await startFakeBotService();
});
afterAll(async () => {
  await service.close();
});

const PLACE = 'Wo ist es?';
const DESCRIPTION = 'Beschreiben Sie bitte kurz, was los ist.';
const PLACE_TAKEN = ['Verstanden: Ort: Kölnstraße 20 Düren.', DESCRIPTION];

describe('Bot Framework, an activity sent again with the same id', () => {
  it('gets the answer it got the first time, and is not read as the answer to the next question', async () => {
    const { bot } = await messengerHarness(service);
    const conversation = { id: 'tg-retry-1' };
    expect((await bot({ conversation, id: 'start-1', text: 'Schlagloch melden' })).texts.at(-1)).toContain(PLACE);
    const first = await bot({ conversation, id: 'dupA', text: 'Kölnstraße 20' });
    expect(first.texts).toEqual(PLACE_TAKEN);
    const again = await bot({ conversation, id: 'dupA', text: 'Kölnstraße 20' });
    expect(again).toEqual({ status: 200, texts: PLACE_TAKEN });
    // The description question still waits for its answer.
    expect((await bot({ conversation, id: 'desc-1', text: 'Tiefes Loch' })).texts[0]).toBe('Verstanden: Beschreibung: Tiefes Loch.');
  });

  it('gets the stored answer when the channel refused the first reply, instead of a new turn', async () => {
    const { bot } = await messengerHarness(service);
    const conversation = { id: 'tg-retry-2' };
    await bot({ conversation, id: 'start-2', text: 'Schlagloch melden' });
    // 400: refused for good (the Connector client itself retries a 500 a few times first).
    service.refuseReplies(1, 400);
    const failed = await bot({ conversation, id: 'fail-2', text: 'Kölnstraße 20' });
    expect(failed).toEqual({ status: 502, texts: [] });
    const retried = await bot({ conversation, id: 'fail-2', text: 'Kölnstraße 20' });
    expect(retried).toEqual({ status: 200, texts: PLACE_TAKEN });
  });

  it('still gets the stored answer after a restart', async () => {
    const before = await messengerHarness(service);
    const conversation = { id: 'tg-retry-3' };
    await before.bot({ conversation, id: 'start-3', text: 'Schlagloch melden' });
    expect((await before.bot({ conversation, id: 'dupC', text: 'Kölnstraße 20' })).texts).toEqual(PLACE_TAKEN);
    const restarted = await messengerHarness(service, before.store);
    expect((await restarted.bot({ conversation, id: 'dupC', text: 'Kölnstraße 20' })).texts).toEqual(PLACE_TAKEN);
  });
});

describe('a reused message id with another text (re-test 19 2.4)', () => {
  it('is a new message on Bot Framework: answered, not refused with 409 and the web API\'s field', async () => {
    const { bot } = await messengerHarness(service);
    const conversation = { id: 'tg-reuse-1' };
    await bot({ conversation, id: 'reuse-start', text: 'Schlagloch melden' });
    expect((await bot({ conversation, id: 'X1', text: 'Kölnstraße 20' })).texts).toEqual(PLACE_TAKEN);
    const other = await bot({ conversation, id: 'X1', text: 'Tiefes Loch' });
    expect(other.status).toBe(200);
    expect(other.texts[0]).toBe('Verstanden: Beschreibung: Tiefes Loch.');
    // And that message sent again is answered once, as any other.
    expect((await bot({ conversation, id: 'X1', text: 'Tiefes Loch' })).texts).toEqual(other.texts);
  });

  it('is a new message on Direct Line: echoed and answered, not dropped', async () => {
    const { directLine } = await messengerHarness(service);
    const chat = await directLine();
    await chat.post('Schlagloch melden', 'z1');
    const first = await chat.post('Kölnstraße 20', 'z2');
    const other = await chat.post('Tiefes Loch', 'z2');
    expect(other.status).toBe(200);
    expect(other.id).not.toBe(first.id);
    const history = await chat.history();
    expect(history.filter((a) => a.replyToId === other.id).map((a) => a.text)[0]).toBe('Verstanden: Beschreibung: Tiefes Loch.');
    // Sent again, it is answered once and gets the same id.
    expect(await chat.post('Tiefes Loch', 'z2')).toEqual(other);
    expect((await chat.history()).length).toBe(history.length);
  });
});

describe('Direct Line, a message sent again with the same clientActivityID', () => {
  it('is echoed and answered once, and the client gets the same id', async () => {
    const { directLine } = await messengerHarness(service);
    const chat = await directLine();
    await chat.post('Schlagloch melden', 'c1');
    const first = await chat.post('Kölnstraße 20', 'c2');
    const again = await chat.post('Kölnstraße 20', 'c2');
    expect(again).toEqual(first);
    const history = await chat.history();
    expect(history.filter((a) => a.channelData?.clientActivityID === 'c2')).toHaveLength(1);
    const answers = history.filter((a) => a.replyToId === first.id).map((a) => a.text);
    expect(answers).toEqual(PLACE_TAKEN);
    expect(history.map((a) => a.text).join('\n')).not.toContain('Das ist eine Adresse');
  });

  it('gets the stored answer after a restart, when the history in memory is gone', async () => {
    const before = await messengerHarness(service);
    const chat = await before.directLine();
    await chat.post('Schlagloch melden', 'r1');
    await chat.post('Kölnstraße 20', 'r2');
    const restarted = await messengerHarness(service, before.store);
    const reopened = restarted.reopenDirectLine(chat.conversationId, chat.token);
    const again = await reopened.post('Kölnstraße 20', 'r2');
    expect(again.status).toBe(200);
    const answers = (await reopened.history()).filter((a) => a.replyToId === again.id).map((a) => a.text);
    expect(answers).toEqual(PLACE_TAKEN);
  });
});

describe('Direct Line, "Lösch meine Daten"', () => {
  it('drops what the citizen wrote from the activity history too, so polling returns none of it', async () => {
    const { directLine } = await messengerHarness(service);
    const chat = await directLine();
    for (const [index, text] of ['Schlagloch melden', 'Kölnstraße 20', 'Tiefes Loch', 'Meine Nummer ist 0171 9876543', 'ja', 'Lösch meine Daten'].entries()) {
      expect((await chat.post(text, `e${index}`)).status).toBe(200);
    }
    expect(JSON.stringify(await chat.history())).toContain('0171 9876543');
    const confirmed = await chat.post('ja', 'e-last');
    const history = await chat.history();
    const text = JSON.stringify(history);
    for (const personal of ['0171 9876543', '01719876543', 'Kölnstraße', 'Tiefes Loch']) expect(text).not.toContain(personal);
    expect(history).toEqual([
      expect.objectContaining({ id: confirmed.id, text: 'ja', channelData: { clientActivityID: 'e-last' } }),
      expect.objectContaining({ replyToId: confirmed.id, text: 'Erledigt: Dieses Gespräch und alles, was dazu gespeichert war, ist gelöscht.' }),
    ]);
  });
});

describe('SMS, a numbered answer sent again after its answer listed new choices', () => {
  it('gets the answer it got the first time, not a 409 or the next list\'s choice', async () => {
    const { bot } = await messengerHarness(service);
    const sms = { conversation: { id: 'sms-retry-1' }, channelId: 'sms', from: { id: '+491701112233' } };
    await bot({ ...sms, id: 's0', text: 'Hallo' });
    expect((await bot({ ...sms, id: 's1', text: 'Ich möchte einen Termin buchen' })).texts.at(-1)).toMatch(/Antworten Sie mit 1 oder 2:\n1 Öffnungszeiten Bürgerbüro\n2 Personalausweis/);
    const first = await bot({ ...sms, id: 's2', text: '2' });
    expect(first.texts.at(-1)).toMatch(/Antworten Sie mit einer Zahl von 1 bis 3:\n1 Termin buchen/);
    const again = await bot({ ...sms, id: 's2', text: '2' });
    expect(again).toEqual(first);
  });
});

describe('a message the core refuses as sent before under another reading', () => {
  it('gets a reply that it was taken once, never an HTTP error the messenger would not show', async () => {
    const context = {
      engine: { handle: () => Promise.reject(new AppError(409, 'message_id_reused', 'reused', { field: 'messageId' })) },
      store: { getConversation: () => Promise.resolve(null), getTranscript: () => Promise.resolve([]) },
      content: () => ({ dialogs: [] }),
    } as unknown as AppContext;
    const answer = await answerMessage(context, { type: 'message', text: '2', locale: 'de-DE' }, { channel: 'botframework', conversationId: 'c-1', channelMessage: 'a-1' });
    expect(answer?.replies.map((r) => r.text)).toEqual(['Diese Nachricht hatte ich schon bekommen und übernommen.']);
  });
});
