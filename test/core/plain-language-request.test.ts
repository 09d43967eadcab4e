/**
 * "Einfache Sprache bitte" switches the conversation's plain-language flag on every channel, "normale Sprache"
 * switches it off, a question asked with the wish is answered at once, and the web widget's switch still wins
 * when it is pressed (tester-r A7).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { plainLanguageRequest } from '../../src/core/plain-language-request.js';
import { harness, realContent } from '../applications/harness.js';
import { voiceCaller } from '../channels/support/voice-caller.js';

beforeAll(async () => {
  await realContent();
});

/** The start of the Personalausweis answer in Einfache Sprache, and in the usual German. */
const PLAIN_ID = /Sie brauchen einen neuen Ausweis\? Dann gehen Sie zum Bürgerbüro\./;
const USUAL_ID = /Den Personalausweis beantragen Sie persönlich im Bürgerbüro/;

describe('a wish for plain language in words', () => {
  it.each([
    ['Einfache Sprache bitte', true],
    ['leichte Sprache', true],
    ['Bitte einfacher', true],
    ['Kannst du das einfacher erklären?', true],
    ['Zu kompliziert, geht das auch einfacher?', true],
    ['simple language please', true],
    ['Ich verstehe nur einfaches Deutsch', true],
    ['Ich spreche nur einfaches Deutsch', true],
    ['my German is not good, simple words please', true],
    ['Mein Deutsch ist nicht so gut, bitte einfache Sprache', true],
    ['normale Sprache', false],
    ['Bitte wieder normal schreiben', false],
    ['standard language please', false],
  ])('reads "%s" as plain language %s', (text, plain) => {
    expect(plainLanguageRequest(text)).toMatchObject({ plain, rest: '' });
  });

  it('separates the question asked with it', () => {
    expect(plainLanguageRequest('Ich verstehe das nicht. Bitte in leichter Sprache: Was kostet ein Personalausweis?')).toEqual({ plain: true, rest: 'Was kostet ein Personalausweis?' });
    expect(plainLanguageRequest('Was kostet ein Reisepass? In einfacher Sprache bitte.')?.rest).toBe('Was kostet ein Reisepass?');
    expect(plainLanguageRequest('Ich spreche nur einfaches Deutsch. Was kostet ein Pass?')).toEqual({ plain: true, rest: 'Was kostet ein Pass?' });
    expect(plainLanguageRequest('I only understand simple German. What does a passport cost?')).toEqual({ plain: true, rest: 'What does a passport cost?' });
  });

  it.each([
    'Gibt es das in Leichter Sprache?',
    'Was ist leichter, Personalausweis oder Reisepass?',
    'Ich verstehe das nicht',
    'Die Sprache ist einfach schön',
    // Retest 19 2.10: "einfach" in a question or an answer is no wish.
    'Gibt es einen einfachen Weg, den Perso zu verlängern?',
    'Ist es einfach, einen Reisepass zu bekommen?',
    'Einfach ein großes Loch in der Straße',
    'ein einfacher Schrank und zwei Stühle',
    'Einfache Sprache und große Schrift',
    'Ich spreche nur ein bisschen Deutsch',
  ])('finds no wish in "%s"', (text) => {
    expect(plainLanguageRequest(text)).toBeNull();
  });
});

describe('the plain-language flag switched in words', () => {
  it('is switched on in a messenger without a switch, and the next answers are plain until "normale Sprache"', async () => {
    const h = await harness();
    await h.send('Hallo');
    expect(await h.send('Einfache Sprache bitte')).toMatch(/^Gern\. Ab jetzt antworte ich in Einfacher Sprache\. Was möchten Sie wissen\?$/);
    expect(await h.send('Was kostet ein Personalausweis?')).toMatch(PLAIN_ID);
    expect((await h.store.getConversation(h.conversationId ?? ''))?.plainLanguage).toBe(true);
    expect(await h.send('normale Sprache')).toMatch(/wieder in der üblichen Sprache/);
    expect(await h.send('Was kostet ein Personalausweis?')).toMatch(USUAL_ID);
  });

  it('switches on and answers the question asked with the wish, in plain language', async () => {
    const h = await harness();
    await h.send('Hallo');
    const reply = await h.send('Ich verstehe das nicht. Bitte in leichter Sprache: Was kostet ein Personalausweis?');
    expect(reply).toMatch(/Ab jetzt antworte ich in Einfacher Sprache\.\n/);
    expect(reply).toMatch(PLAIN_ID);
    expect(reply).not.toMatch(/Schalter/);
    expect(h.last.intent?.id).toBe('personalausweis');
  });

  it('switches on for "Ich spreche nur einfaches Deutsch" and answers the question asked with it, in plain language', async () => {
    const h = await harness();
    const reply = await h.send('Ich spreche nur einfaches Deutsch. Was kostet ein Pass?');
    expect(reply).toMatch(/Ab jetzt antworte ich in Einfacher Sprache\.\n/);
    expect(reply).toMatch(/Sie brauchen einen Reisepass\? Dann gehen Sie zum Bürgerbüro\./);
    expect((await h.store.getConversation(h.conversationId ?? ''))?.plainLanguage).toBe(true);
  });

  it('leaves "Einfache Sprache und große Schrift" at the survey\'s accessibility question as its answer', async () => {
    const h = await harness();
    await h.send('Ich möchte an der Umfrage teilnehmen');
    await h.send('Personalausweis');
    await h.send('Chat');
    expect(await h.send('Einfache Sprache und große Schrift')).toMatch(/Verstanden: /);
    expect((await h.store.getConversation(h.conversationId ?? ''))?.plainLanguage).toBe(false);
  });

  it('right after an answer gives that answer again in plain language', async () => {
    const h = await harness();
    await h.send('Was kostet ein Personalausweis?');
    const reply = await h.send('Bitte einfacher');
    expect(reply).toMatch(/Hier ist meine letzte Antwort noch einmal in Einfacher Sprache:\n/);
    expect(reply).toMatch(PLAIN_ID);
  });

  it('keeps the wish in words while the widget sends its unchanged switch, and follows the switch when it is pressed', async () => {
    const h = await harness();
    await h.send('Hallo', { plainLanguage: false });
    await h.send('Einfache Sprache bitte', { plainLanguage: false });
    expect(await h.send('Was kostet ein Personalausweis?', { plainLanguage: false })).toMatch(PLAIN_ID);
    // Pressed on (no change for the answers), then off: the switch wins.
    expect(await h.send('Was kostet ein Personalausweis?', { plainLanguage: true })).toMatch(PLAIN_ID);
    expect(await h.send('Was kostet ein Personalausweis?', { plainLanguage: false })).toMatch(USUAL_ID);
  });

  it('inside an application asks its question again in plain language and stores nothing', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    await h.send('Donnerstag nach 14 Uhr');
    await h.send('1');
    const reply = await h.send('Einfache Sprache bitte');
    expect(reply).toMatch(/^Gern\. Ab jetzt antworte ich in Einfacher Sprache\.\n/);
    expect(h.last.dialog).toMatchObject({ step: 'name' });
    expect(await h.send('Erika Mustermann')).toMatch(/Stimmt alles\? Soll ich das so machen\?/);
  });

  it.each(['Leichte Sprache', 'Einfache Sprache bitte'])('leaves "%s" to the survey question that asks what would help, as its answer', async (answer) => {
    const h = await harness();
    await h.send('Ich möchte an der Umfrage teilnehmen');
    await h.send('Personalausweis');
    await h.send('Chat');
    expect(await h.send(answer)).not.toMatch(/Ab jetzt antworte ich/);
    expect((await h.store.getConversation(h.conversationId ?? ''))?.plainLanguage).toBe(false);
  });

  it('in an English application promises plain language only where there is some: the question stays in standard English', async () => {
    const h = await harness();
    await h.send('I want to book an appointment at the citizens office for an ID card', { locale: 'en' });
    const reply = await h.send('plain language please', { locale: 'en' });
    expect(reply).toMatch(/^Of course\. From now on I answer in plain language where I can\.\n/);
    expect(reply).not.toMatch(/From now on I will answer in plain language\./);
    expect((await h.store.getConversation(h.conversationId ?? ''))?.plainLanguage).toBe(true);
  });

  it('is switched on by a caller too (/api/voice/turn)', async () => {
    const say = voiceCaller(await harness());
    await say('Hallo');
    expect((await say('leichte Sprache bitte')).text).toMatch(/Ab jetzt antworte ich in Einfacher Sprache/);
    expect((await say('Was kostet ein Personalausweis?')).text).toMatch(PLAIN_ID);
  });

  it.each([
    ['Gibt es eine einfachere Möglichkeit, den Pass zu beantragen?', 'reisepass', undefined],
    ['Is there a simpler way to register my address?', 'wohnsitz_anmelden', 'en'],
  ] as const)('leaves a simpler way to a topic ("%s") to that topic, not to the accessibility answer', async (text, topic, locale) => {
    const h = await harness();
    await h.send(text, locale ? { locale } : {});
    expect(h.last.intent?.id).toBe(topic);
    expect((await h.store.getConversation(h.conversationId ?? ''))?.plainLanguage).toBe(false);
  });

  it('does not give the accessibility answer to "Geht das einfacher online? Ich meine die Ummeldung."', async () => {
    const h = await harness();
    await h.send('Geht das einfacher online? Ich meine die Ummeldung.');
    expect(h.last.intent?.id).not.toBe('barrierefreiheit');
  });

  it('gets an accessibility answer that is true on every channel', async () => {
    const h = await harness();
    const reply = await h.send('Gibt es das in Leichter Sprache?');
    expect(reply).toMatch(/Schreiben oder sagen Sie „Einfache Sprache“/);
    expect(reply).not.toMatch(/^Mit dem Schalter/);
  });
});
