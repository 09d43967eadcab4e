/**
 * The slot choice asked again without a new offer (after a side question, "wie bitte", "zurück" or an answer
 * that is none of the slots): the three offered times are said again, in the text and in the speech, because a
 * caller never sees the buttons that name them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { voicePlugin } from '../../src/channels/voice/index.js';
import { transcriptHarness } from '../support/transcript-harness.js';
import { MY_DIALOGS, NOW, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

const TIMES = ['Freitag, 27.11.2026, 07:30 Uhr', 'Freitag, 27.11.2026, 07:45 Uhr', 'Freitag, 27.11.2026, 08:00 Uhr'];
/** The same times as the speech marks them up. */
const SPOKEN = ['07:30', '07:45', '08:00'].map((time) => `<say-as interpret-as="date" format="dmy">27.11.2026</say-as>, <say-as interpret-as="time" format="hms24">${time}</say-as>`);

const start = () => transcriptHarness({ dialogs: MY_DIALOGS, now: () => NOW, plugins: [voicePlugin()] });

describe('the Bürgerbüro slot choice asked again', () => {
  it.each([
    ['after a side question and "ja"', ['Wo ist das Bürgerbüro?', 'ja'], /^Zur Auswahl stehen diese Termine:\n1\) /],
    ['after "wie bitte"', ['wie bitte'], /später weitermachen[\s\S]*Zur Auswahl stehen diese Termine:\n1\) /],
    ['after an answer that is none of them', ['blau'], /^Das ist keiner der angebotenen Termine\. Zur Auswahl stehen diese Termine:\n1\) /],
    ['after "zurück" from the name', ['2', 'zurück'], /^Gut, eine Frage zurück\. Zur Auswahl stehen diese Termine:\n1\) /],
  ])('lists the three offered times again in text and speech %s (/api/chat)', async (_case, messages, lead) => {
    const h = await start();
    await h.send('Ich brauche einen Termin für einen Reisepass');
    expect(await h.send('Freitag vormittag')).toContain(TIMES[0]);
    let again = '';
    for (const text of messages) again = await h.send(text);
    expect(h.last.dialog).toMatchObject({ step: 'termin' });
    expect(again).toMatch(lead);
    expect(again).toMatch(/\nWelcher Termin passt\? Antworten Sie mit seiner Nummer/);
    const speak = h.last.replies.map((reply) => reply.speak).join('');
    for (const [i, time] of TIMES.entries()) {
      expect(again).toContain(`${i + 1}) ${time}`);
      expect(speak).toContain(SPOKEN[i]);
    }
    // Said once: the reminder is not added to the first offer.
    expect(again.split(TIMES[0]!).length).toBe(2);
  });

  it('says the three offered times again to a caller on /api/voice/turn after a side question', async () => {
    const h = await start();
    let conversationId: string | undefined;
    const turn = async (transcript: string) => {
      const res = await h.post('/api/voice/turn', { ...(conversationId ? { conversationId } : {}), transcript, locale: 'de-DE' });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { conversationId: string; speak: string; text: string; expectingInput: boolean };
      conversationId = body.conversationId;
      return body;
    };
    await turn('Ich brauche einen Termin für einen Reisepass');
    const offer = await turn('Freitag vormittag');
    expect(offer.speak.split(SPOKEN[0]!).length).toBe(2);
    await turn('Wo ist das Bürgerbüro?');
    const again = await turn('ja');
    expect(again.expectingInput).toBe(true);
    for (const [i, time] of TIMES.entries()) {
      expect(again.text).toContain(`${i + 1}) ${time}`);
      expect(again.speak).toContain(SPOKEN[i]);
    }
  });

  it('lists them in English for an English conversation', async () => {
    const h = await start();
    await h.send('I need an appointment for a passport', { locale: 'en' });
    await h.send('Friday morning', { locale: 'en' });
    await h.send('Where is the citizens office?', { locale: 'en' });
    const again = await h.send('yes', { locale: 'en' });
    expect(again).toMatch(/^These are the slots on offer:\n1\) Friday, 27 November 2026, 07:30\n2\) Friday, 27 November 2026, 07:45\n3\) Friday, 27 November 2026, 08:00\nWhich slot suits you\?/);
  });
});
