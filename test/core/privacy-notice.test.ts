/**
 * Report j-12: the first reply and the privacy answer say where the privacy notice is, as a link to /datenschutz
 * in the widget and in words on the phone, and a caller is never sent to a summary link they never got.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_PATH, withDisclosure } from '../../src/core/disclosure.js';
import { voiceCaller } from '../channels/support/voice-caller.js';
import { harness, realContent } from '../applications/harness.js';

beforeAll(async () => {
  await realContent();
});

const privacyLinks = (links: Array<{ url: string }> | undefined) => (links ?? []).filter((l) => l.url === PRIVACY_PATH);

describe('the way to the privacy notice in the chat', () => {
  it('links /datenschutz in the first reply of every conversation, in the reply language, and not again later', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    expect(h.last.replies[0]?.text).toMatch(/automatisches Programm/);
    expect(h.last.replies[0]?.links).toContainEqual({ title: 'Datenschutz', url: '/datenschutz' });
    await h.send('1 Sofa');
    expect(h.last.replies.flatMap((r) => privacyLinks(r.links))).toEqual([]);

    const e = await harness();
    await e.send('Hello', { locale: 'en' });
    expect(e.last.replies[0]?.links).toContainEqual({ title: 'Privacy', url: '/datenschutz' });
  });

  it('links /datenschutz once in the privacy answer, also when it is the first reply', async () => {
    const h = await harness();
    await h.send('Hallo');
    await h.send('Was passiert mit meinen Daten?');
    expect(h.last.intent?.id).toBe('datenschutz');
    expect(h.last.replies[0]?.links).toEqual([{ title: 'Datenschutz', url: '/datenschutz' }]);
    expect(h.last.replies[0]?.text).toContain('bei der Stadt mit der Vorgangsnummer');

    const first = await harness();
    await first.send('Was passiert mit meinen Daten?');
    expect(privacyLinks(first.last.replies[0]?.links)).toHaveLength(1);
  });

  it('names the place in words, without a link, where "/datenschutz" would not open: messengers', () => {
    const draft = withDisclosure({ text: 'Guten Tag!' }, { locale: 'de', plainLanguage: false, channel: 'botframework' }, 'Stadt Düren');
    expect(draft.links).toBeUndefined();
    expect(draft.text).toMatch(/^Hinweis: Ich bin der digitale Assistent der Stadt Düren, .* auf der Internetseite der Stadt, unter „Datenschutz“\. .*Guten Tag!$/);
  });

  it('says in a messenger that the messages also pass through the messenger\'s provider and Microsoft, in German, English and plain', () => {
    const say = (locale: 'de' | 'en', plainLanguage: boolean, channel: 'botframework' | 'directline' = 'botframework') =>
      withDisclosure({ text: 'Hallo!' }, { locale, plainLanguage, channel }, 'Stadt Düren').text;
    expect(say('de', false)).toContain('„Datenschutz“. Ihre Nachrichten laufen auch über den Anbieter Ihres Messengers und über Microsoft (Azure Bot Service); dort gelten deren Datenschutzbestimmungen. Hallo!');
    expect(say('en', false)).toContain("Your messages also pass through your messenger's provider and Microsoft (Azure Bot Service); their privacy terms apply there.");
    expect(say('de', true)).toContain('Ihre Nachrichten gehen auch über den Messenger und über Microsoft.');
    expect(say('en', true)).toContain('Your messages also go through the messenger and through Microsoft.');
    // Web Chat on the city's own site (Direct Line) talks to this server only.
    expect(say('de', false, 'directline')).not.toContain('Microsoft');
  });
});

describe('the way to the privacy notice on the phone', () => {
  it('says in the first reply where the privacy notice is, instead of a link nobody hears', async () => {
    const say = voiceCaller(await harness());
    const first = await say('Hallo');
    expect(first.text).toMatch(/automatisches Programm und kein Mensch\. Wie ich mit Ihren Daten umgehe, steht in den Datenschutzhinweisen des Chats auf der Internetseite der Stadt/);
    expect(first.speak).toContain('Internetseite der Stadt');
  });

  it('asks before erasing without pointing to the summary link a caller never got: only the reference number', async () => {
    const say = voiceCaller(await harness());
    await say('Was kostet ein Reisepass?');
    const asked = await say('Lösch meine Daten');
    expect(asked.text).toMatch(/Soll ich dieses Gespräch .* endgültig löschen\?/);
    expect(asked.text).toContain('Vorgangsnummer');
    expect(asked.text).not.toMatch(/Link/);
    expect(asked.expectingInput).toBe(true);
  });

  it('answers "Was passiert mit meinen Daten?" with where the notice is, and speaks no link', async () => {
    const say = voiceCaller(await harness());
    await say('Hallo');
    const answer = await say('Was passiert mit meinen Daten?');
    expect(answer.text).toContain('im Chat auf der Internetseite der Stadt unter „Datenschutz“');
    expect(answer.speak).not.toContain('/datenschutz');
  });
});
