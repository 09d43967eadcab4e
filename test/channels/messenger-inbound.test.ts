/**
 * What citizens send in messengers besides typed words (tester-r A4, A6, A8, A9): photos and shared locations,
 * Telegram's "/start", a postBack's plain string value, and messages in a group chat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInbound } from '../../src/channels/inbound.js';
import type { Activity } from '../../src/channels/activity.js';
import { withGroupNote } from '../../src/channels/botframework/group-note.js';
import { startFakeBotService, type FakeBotService } from './support/fake-bot-service.js';
import { messengerHarness } from './support/messenger-harness.js';

let service: FakeBotService;
beforeAll(async () => {
  service = await startFakeBotService();
});
afterAll(async () => {
  await service.close();
});

const PHOTO = { attachments: [{ contentType: 'image/jpeg', contentUrl: 'https://api.telegram.org/file/photo.jpg' }] };
const PIN = { entities: [{ type: 'Place', geo: { latitude: 50.8046, longitude: 6.4822 } }] };
const PLACE = 'Wo ist es? Nennen Sie eine Adresse (Straße und Hausnummer), eine Kreuzung oder einen Platz.';
const DESCRIPTION = 'Beschreiben Sie bitte kurz, was los ist.';

let next = 0;
const id = () => `act-${++next}`;

describe('a photo or a location in a messenger', () => {
  it('answers a photo with "Fotos kann ich leider nicht annehmen" and the question again, and the question still waits', async () => {
    const { bot } = await messengerHarness(service);
    const conversation = { id: 'tg-photo-1' };
    expect((await bot({ conversation, id: id(), text: 'Schlagloch melden' })).texts.at(-1)).toBe(PLACE);
    expect(await bot({ conversation, id: id(), ...PHOTO })).toEqual({ status: 200, texts: ['Fotos kann ich leider nicht annehmen. Bitte antworten Sie mit Worten:', PLACE] });
    expect((await bot({ conversation, id: id(), text: 'Kölnstraße 20' })).texts).toEqual(['Verstanden: Ort: Kölnstraße 20 Düren.', DESCRIPTION]);
  });

  it('takes a shared location as the place of a problem report', async () => {
    const { bot } = await messengerHarness(service);
    const conversation = { id: 'tg-pin-1' };
    await bot({ conversation, id: id(), text: 'Schlagloch melden' });
    expect((await bot({ conversation, id: id(), ...PIN })).texts).toEqual(['Verstanden: Ort: GPS 50.80460, 6.48220.', DESCRIPTION]);
  });

  it('says that a location cannot be used at another question, and asks that question again', async () => {
    const { bot } = await messengerHarness(service);
    const conversation = { id: 'tg-pin-2' };
    await bot({ conversation, id: id(), text: 'Schlagloch melden' });
    await bot({ conversation, id: id(), text: 'Kölnstraße 20' });
    expect((await bot({ conversation, id: id(), ...PIN })).texts).toEqual([
      'Einen geteilten Standort kann ich nur verwenden, wenn ich nach dem Ort eines Schadens frage. Bitte antworten Sie mit Worten:',
      DESCRIPTION,
    ]);
  });

  it('uses the caption of a photo and tells the citizen the photo was not taken', async () => {
    const { bot } = await messengerHarness(service);
    const conversation = { id: 'tg-caption-1' };
    await bot({ conversation, id: id(), text: 'Schlagloch melden' });
    await bot({ conversation, id: id(), text: 'Kölnstraße 20' });
    const { texts } = await bot({ conversation, id: id(), text: 'Tiefes Loch vor der Einfahrt', ...PHOTO });
    expect(texts.slice(0, 2)).toEqual(['Fotos kann ich leider nicht annehmen; Ihren Text habe ich übernommen.', 'Verstanden: Beschreibung: Tiefes Loch vor der Einfahrt.']);
  });

  it('answers a photo as the first message, and over Direct Line too', async () => {
    const { bot, directLine } = await messengerHarness(service);
    expect((await bot({ conversation: { id: 'tg-photo-first' }, id: id(), ...PHOTO })).texts).toEqual(['Fotos kann ich leider nicht annehmen. Schreiben Sie mir bitte mit Worten, worum es geht.']);
    const chat = await directLine();
    const sent = await chat.post(undefined, 'photo-1', { attachments: [{ contentType: 'image/png', contentUrl: 'blob:https://www.dueren.de/1' }] });
    expect(sent.status).toBe(200);
    expect((await chat.history()).filter((a) => a.replyToId === sent.id).map((a) => a.text)).toEqual(['Fotos kann ich leider nicht annehmen. Schreiben Sie mir bitte mit Worten, worum es geht.']);
  });
});

describe('a group chat', () => {
  const group = { id: '19:c09fb3@thread.v2', isGroup: true, conversationType: 'groupChat' };

  it('gives each member a conversation of their own: another member can neither answer nor erase it', async () => {
    const { bot } = await messengerHarness(service);
    const alice = { id: '29:alice' };
    const bob = { id: '29:bob' };
    expect((await bot({ channelId: 'msteams', conversation: group, from: alice, id: id(), text: 'Schlagloch melden' })).texts.at(-1)).toBe(PLACE);
    // Bob's words are not the answer to Alice's question.
    expect((await bot({ channelId: 'msteams', conversation: group, from: bob, id: id(), text: 'Kölnstraße 99' })).texts.join(' ')).not.toContain('Verstanden: Ort');
    await bot({ channelId: 'msteams', conversation: group, from: bob, id: id(), text: 'Lösch meine Daten' });
    expect((await bot({ channelId: 'msteams', conversation: group, from: bob, id: id(), text: 'ja' })).texts).toEqual(['Erledigt: Dieses Gespräch und alles, was dazu gespeichert war, ist gelöscht.']);
    expect((await bot({ channelId: 'msteams', conversation: group, from: alice, id: id(), text: 'Kölnstraße 20' })).texts).toEqual(['Verstanden: Ort: Kölnstraße 20 Düren.', DESCRIPTION]);
  });

  it('says once, at the start of an application, that the whole group sees what the member enters', async () => {
    const { bot } = await messengerHarness(service);
    const carol = { id: '29:carol-note' };
    const NOTE = 'Alle in dieser Gruppe sehen Ihre Angaben. Schreiben Sie mir dafür lieber im Einzelchat.';
    const started = await bot({ channelId: 'msteams', conversation: group, from: carol, id: id(), text: 'Schlagloch melden' });
    expect(started.texts.slice(-2)).toEqual([NOTE, PLACE]);
    expect(started.texts.filter((t) => t === NOTE)).toHaveLength(1);
    expect((await bot({ channelId: 'msteams', conversation: group, from: carol, id: id(), text: 'Kölnstraße 20' })).texts).toEqual(['Verstanden: Ort: Kölnstraße 20 Düren.', DESCRIPTION]);
    // Not in a personal chat, and not for a question without an application.
    expect((await bot({ channelId: 'msteams', conversation: { id: 'a:personal-note' }, from: carol, id: id(), text: 'Schlagloch melden' })).texts).not.toContain(NOTE);
    expect((await bot({ channelId: 'msteams', conversation: group, from: { id: '29:dave-note' }, id: id(), text: 'Was kostet ein Reisepass?' })).texts).not.toContain(NOTE);
  });

  it('says it in English and in Einfache Sprache too', () => {
    const question = { text: 'Where is it?', speak: '<speak/>' };
    const answer = { replies: [question], locale: 'en' as const, expectingInput: true, dialog: { id: 'maengelmelder', step: 'place', done: false } };
    expect(withGroupNote(null, answer).replies.map((r) => r.text)).toEqual(['Everyone in this group sees what you enter. For this, please rather write to me in a personal chat.', 'Where is it?']);
    expect(withGroupNote(null, { ...answer, locale: 'de', plainLanguage: true }).replies[0]?.text).toBe('Alle in dieser Gruppe lesen mit. Schreiben Sie mir lieber allein, nicht in der Gruppe.');
  });

  it('greets no one when a member joins a group', async () => {
    const { bot } = await messengerHarness(service);
    expect(await bot({ type: 'conversationUpdate', channelId: 'msteams', conversation: group, id: id(), membersAdded: [{ id: '29:carol' }] })).toEqual({ status: 202, texts: [] });
  });
});

describe('messenger commands and button values', () => {
  it('reads Telegram\'s automatic "/start" as the greeting and "/help" as the help', async () => {
    const { bot } = await messengerHarness(service);
    const conversation = { id: 'tg-start-1' };
    const started = await bot({ conversation, id: id(), text: '/start' });
    expect(started.texts.join(' ')).toContain('Guten Tag!');
    expect(started.texts.join(' ')).not.toContain('Meinten Sie');
    expect((await bot({ conversation, id: id(), text: '/start@StadtlotseBot' })).texts.join(' ')).toContain('Guten Tag!');
    expect((await bot({ conversation, id: id(), text: '/help' })).texts.join(' ')).not.toContain('Meinten Sie');
  });

  it('reads a suggested action sent back as a plain string value like a pressed button', async () => {
    const { bot } = await messengerHarness(service);
    const conversation = { id: 'fb-value-1' };
    await bot({ channelId: 'facebook', conversation, id: id(), text: 'Lösch meine Daten' });
    expect(await bot({ channelId: 'facebook', conversation, id: id(), value: 'nein' })).toEqual({ status: 200, texts: ['Gut, ich lösche nichts.'] });
  });
});

describe('readInbound', () => {
  const base: Activity = { type: 'message' };

  it('finds Telegram and Facebook locations in channelData, and a GeoCoordinates entity', () => {
    expect(readInbound({ ...base, channelData: { message: { location: { latitude: 50.8, longitude: 6.48 } } } }, 'de').location).toEqual({ lat: 50.8, lon: 6.48 });
    expect(readInbound({ ...base, channelData: { message: { attachments: [{ type: 'location', payload: { coordinates: { lat: 50.8, long: 6.48 } } }] } } }, 'de').location).toEqual({ lat: 50.8, lon: 6.48 });
    expect(readInbound({ ...base, entities: [{ type: 'GeoCoordinates', latitude: '50.8', longitude: '6.48' }] }, 'de').location).toEqual({ lat: 50.8, lon: 6.48 });
    expect(readInbound({ ...base, entities: [{ type: 'Place', geo: { latitude: 'x', longitude: 6 } }] }, 'de').location).toBeUndefined();
  });

  it('takes no media from the HTML copy of a Teams message or a card, and a voice message as a file', () => {
    expect(readInbound({ ...base, text: 'Hallo', attachments: [{ contentType: 'text/html', content: '<p>Hallo</p>' }] }, 'de')).toEqual({ input: { text: 'Hallo' } });
    expect(readInbound({ ...base, attachments: [{ contentType: 'audio/ogg', content: undefined }] }, 'de')).toEqual({ input: null, media: 'file' });
  });

  it('reads "/hilfe" as help in the message\'s language and leaves other slash words as text', () => {
    expect(readInbound({ ...base, text: '/hilfe' }, 'de').input).toEqual({ text: 'Hilfe' });
    expect(readInbound({ ...base, text: '/help' }, 'en').input).toEqual({ text: 'help' });
    expect(readInbound({ ...base, text: '/abc' }, 'de').input).toEqual({ text: '/abc' });
  });
});
