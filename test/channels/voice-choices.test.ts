import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from '../applications/harness.js';
import { voicePlugin } from '../../src/channels/voice/index.js';
import { voiceCaller, type VoiceBody } from './support/voice-caller.js';

beforeAll(async () => {
  await realContent();
});

async function caller() {
  return voiceCaller(await harness());
}

describe('voice callers hear what the screen shows', () => {
  it('speaks the choices of a choice question, which a caller never sees as buttons', async () => {
    const say = await caller();
    const body = await say('ich brauche einen termin beim bürgerbüro');
    expect(body.speak).toMatch(/Sie können sagen: Personalausweis, Reisepass, [^<]*oder Etwas anderes\./);
  });

  it('does not send a caller to a link after sending, and spells the reference', async () => {
    const say = await caller();
    for (const t of ['sperrmüll anmelden', 'zwei matratzen', 'Schenkelstraße 12, 52349 Düren', 'nächste Woche', 'Erika Mustermann', '0176 12345678']) await say(t);
    const done = await say('ja');
    expect(done.text).toMatch(/Am Telefon kann ich Ihnen keinen Link geben/);
    expect(done.text).not.toMatch(/Link zur Zusammenfassung/);
    expect(done.speak).toMatch(/<say-as interpret-as="characters">DN-2026-\d{6}<\/say-as>/);
  });

  it('tells a caller to say the resume code, not to write it into the chat', async () => {
    const say = await caller();
    await say('sperrmüll anmelden');
    expect((await say('später weitermachen')).text).toMatch(/Sagen Sie später „Code“ und den Code/);
  });
});

describe('voice requests', () => {
  it('take Einfache Sprache and keep the caller’s variety of English in the document', async () => {
    const h = await harness();
    voicePlugin()(h.app, h.context);
    const post = (body: object) => h.app.request('/api/voice/turn', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const plain = (await (await post({ transcript: 'Was kostet ein Reisepass', locale: 'de-DE', plainLanguage: true })).json()) as VoiceBody;
    const standard = (await (await post({ transcript: 'Was kostet ein Reisepass', locale: 'de-DE' })).json()) as VoiceBody;
    expect(plain.text).not.toBe(standard.text);
    const american = (await (await post({ transcript: 'How much is a passport?', locale: 'en-US' })).json()) as VoiceBody;
    expect(american.speak).toMatch(/^<speak[^>]* xml:lang="en-US">/);
  });
});

describe('links on the phone', () => {
  it('names the linked site at the end, since "siehe Link" means nothing to a caller', async () => {
    const body = await (await caller())('Wie erreiche ich die Stadtbücherei?');
    expect(body.speak).toMatch(/<s>Mehr dazu auf [^<]*stadtbuecherei\.dueren\.de[^<]*\.<\/s>/);
    expect(body.speak).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});
