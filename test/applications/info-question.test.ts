/**
 * A question about an application's topic gets the topic's answer and a button that starts the
 * application; a request, or a question about doing it, starts the application right away.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { asksForInformation } from '../../src/dialogs/info-question.js';
import { harness, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

describe('a question about an application topic', () => {
  it.each(['Wie hoch ist die Hundesteuer?', 'Was ist Wohngeld?', 'Wann kommt der Sperrmüll?', 'Bekomme ich Wohngeld?', 'how much is the dog tax?', 'Brauche ich einen Termin?'])(
    'reads "%s" as asking for information',
    (text) => expect(asksForInformation(text)).toBe(true),
  );

  it.each(['Wie melde ich meinen Hund an?', 'Wo beantrage ich Wohngeld?', 'Kann ich Sperrmüll anmelden?', 'Ich möchte Wohngeld beantragen', 'Wohngeld', 'How do I register my dog?', 'Can I book an appointment?'])(
    'reads "%s" as asking for the application',
    (text) => expect(asksForInformation(text)).toBe(false),
  );

  it('answers "Wie hoch ist die Hundesteuer?" with the rates and offers to register the dog', async () => {
    const h = await harness();
    const reply = await h.send('Wie hoch ist die Hundesteuer?');
    expect(reply).toMatch(/Die Steuer im Jahr: 84 € für einen Hund/);
    expect(reply).not.toMatch(/Wie heißt die Halterin/);
    expect(h.last.intent?.id).toBe('hundesteuer');
    expect(h.last.dialog ?? null).toBeNull();
    expect(h.last.replies.at(-1)?.suggestions?.[0]).toEqual({ title: 'Hund anmelden (Hundesteuer)', value: 'intent:hundesteuer' });
    expect(await h.send('', { action: 'intent:hundesteuer' })).toMatch(/Wie heißt die Halterin oder der Halter des Hundes/);
  });

  it('starts the application for a request or a question about doing it', async () => {
    const h = await harness();
    expect(await h.send('Wie melde ich meinen Hund an?')).toMatch(/Wie heißt die Halterin oder der Halter des Hundes/);
    const s = await harness();
    expect(await s.send('Ich möchte Sperrmüll anmelden')).toMatch(/Was soll abgeholt werden/);
  });

  it.each(['Mein Hund ist gestorben, wie melde ich ihn ab?', 'Ich möchte meinen Hund abmelden', 'Hundemarke verloren'])(
    'answers "%s" from the topic: the application only registers a dog',
    async (text) => {
      const h = await harness();
      const reply = await h.send(text);
      expect(reply).toMatch(/Abmelden und Ersatzmarke: ebenfalls beim Steueramt/);
      expect(reply).not.toMatch(/Wie heißt die Halterin/);
    },
  );

  it('answers "Brauche ich einen Termin?" after the car registration from that topic, without a Bürgerbüro booking', async () => {
    const h = await harness();
    await h.send('Wo melde ich mein Auto an?');
    const reply = await h.send('Brauche ich einen Termin?');
    expect(reply).toMatch(/Kreis Düren/);
    expect(reply).not.toMatch(/Gern kümmere ich mich um Ihren Termin im Bürgerbüro/);
    expect(h.last.intent?.id).toBe('kfz_zulassung');
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).not.toContain('intent:buergerbuero_termin');
  });

  it('offers the booking once after a Bürgerbüro topic', async () => {
    const h = await harness();
    await h.send('Ich brauche einen neuen Personalausweis');
    await h.send('Brauche ich dafür einen Termin?');
    expect(h.last.intent?.id).toBe('personalausweis');
    const values = h.last.replies.at(-1)?.suggestions?.map((s) => s.value) ?? [];
    expect(values.filter((v) => v === 'intent:buergerbuero_termin')).toHaveLength(1);
  });
});
