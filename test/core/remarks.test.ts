import { beforeAll, describe, expect, it } from 'vitest';
import { isFrustration } from '../../src/core/frustration.js';
import { harness, realContent } from '../applications/harness.js';

beforeAll(async () => {
  await realContent();
});

describe('anger at the assistant', () => {
  it.each(['blöder Bot', 'scheiß bot!!', 'Der Chatbot ist nutzlos', 'du bist dumm', 'Du verstehst gar nichts', 'Mit dir kann man nicht reden', 'this bot is useless', 'you are stupid', 'you dont understand anything'])(
    'recognises "%s"',
    (text) => {
      expect(isFrustration(text)).toBe(true);
    },
  );

  it.each(['blöder Bot, ich brauche einen neuen Perso', 'Schrott', 'Müll', 'garbage', 'mir ist schlecht', 'Du verstehst mich nicht, ich will einen Menschen', 'nein', 'du', 'Sperrmüll ist nutzlos teuer'])(
    'leaves "%s" to the classifier',
    (text) => {
      expect(isFrustration(text)).toBe(false);
    },
  );

  it('gets an apology and the way to a person instead of the privacy answer ("bot" is a privacy word)', async () => {
    const h = await harness();
    const reply = await h.send('scheiß bot');
    expect(reply).toMatch(/Entschuldigung, das ist ärgerlich\. Ich bin ein Programm[\s\S]*Telefon 02421 25-0/);
    expect(reply).not.toMatch(/Datenschutz|speicher/i);
    expect(h.last.intent?.id).toBe('beschwerde');
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).toEqual(['intent:mensch', 'intent:hilfe', 'intent:beschwerde']);
  });

  it('answers in English to an English outburst', async () => {
    const h = await harness();
    expect(await h.send('this bot is useless', { locale: 'en' })).toMatch(/I am sorry that this did not work[\s\S]*phone 02421 25-0/);
  });

  it('is no answer inside an application: the step is explained instead of storing the outburst', async () => {
    const h = await harness();
    await h.send('Sperrmüll anmelden');
    const reply = await h.send('du verstehst gar nichts');
    expect(reply).not.toMatch(/Verstanden: Gegenstände/);
    expect(reply).toMatch(/Was soll abgeholt werden\?/);
  });
});

describe('a bare "ok" or "ja" that no question waits for', () => {
  it('after an answer offers that answer\'s buttons instead of "nicht verstanden"', async () => {
    const h = await harness();
    await h.send('Personalausweis beantragen');
    const reply = await h.send('ok');
    expect(reply).toMatch(/^Gern\. Was möchten Sie als Nächstes\?/);
    expect(reply).not.toMatch(/nicht verstanden/);
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).toContain('intent:buergerbuero_termin');
  });

  it('keeps the topic for a follow-up after it', async () => {
    const h = await harness();
    await h.send('Ich brauche einen neuen Reisepass');
    await h.send('alles klar');
    await h.send('Was kostet das?');
    expect(h.last.intent?.id).toBe('reisepass');
  });

  it('at the start asks what the citizen needs, with the greeting\'s buttons', async () => {
    const h = await harness();
    expect(await h.send('ja')).toMatch(/Gern\. Wobei kann ich helfen\?/);
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).toContain('intent:wohngeld');
  });

  it('leaves "fine" to the classifier and a pending question\'s "ja" to its question', async () => {
    const f = await harness();
    expect(await f.send('fine', { locale: 'en' })).not.toMatch(/What can I help you with/);
    const h = await harness();
    await h.send('Meine Daten löschen');
    expect(await h.send('ja')).not.toMatch(/Wobei kann ich helfen/);
  });
});
