import { describe, expect, it } from 'vitest';
import { transcriptHarness } from '../support/transcript-harness.js';

describe('the reply language', () => {
  it('stays with the conversation while an application waits for an answer, even for German street and family names', async () => {
    const h = await transcriptHarness({ dialogs: ['dialogs/sperrmuell.yaml'] });
    await h.send('I want to book a bulky waste pickup', { locale: 'en' });
    expect(await h.send('Auf der Heide 12, 52351 Düren', { locale: 'en' })).toMatch(/Got it: Pickup address: Auf der Heide 12/);
    const body = h.last as typeof h.last & { locale: string };
    expect(body.locale).toBe('en');
  });
});

describe('a message in a language the assistant does not speak', () => {
  it('gets the note that only German and English are understood, in German and in English', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Oturma izni nasıl uzatılır?', { locale: 'de' });
    const [german, english] = h.last.replies;
    expect(h.last.intent?.id).toBe('unknown');
    expect(german?.text).toMatch(/nur Deutsch und Englisch/);
    expect(german?.speak).toMatch(/xml:lang="de-DE"/);
    expect(german?.locale).toBeUndefined(); // the turn's own language
    expect(english?.text).toMatch(/only understand German and English/);
    expect(english?.locale).toBe('en');
    expect(english?.speak).toMatch(/xml:lang="en-/);
    expect(english?.suggestions?.map((s) => s.value)).toContain('intent:mensch');
    // A restored chat marks each reply with its own language.
    const restored = (await (await h.app.request(`/api/conversations/${h.conversationId}`)).json()) as { messages: Array<{ role: string; locale?: string }> };
    expect(restored.messages.filter((m) => m.role === 'bot').map((m) => m.locale)).toEqual(['de', 'en']);
  });

  it('puts the English note first when the page is in English, and speaks plain German when asked', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Как продлить вид на жительство?', { locale: 'en', plainLanguage: true });
    expect(h.last.replies[0]?.text).toMatch(/only understand German and English/);
    expect(h.last.replies[1]?.text).toMatch(/Bitte fragen Sie auf Deutsch\./);
    expect(h.last.replies[1]?.locale).toBe('de');
  });

  it('gets the note before the answer when it names a topic in German', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Где находится Bürgerbüro?', { locale: 'de' });
    expect(h.last.intent?.id).toMatch(/^buergerbuero/);
    expect(h.last.replies).toHaveLength(3);
    expect(h.last.replies[0]?.text).toMatch(/nur Deutsch und Englisch/);
    expect(h.last.replies[1]?.text).toMatch(/only understand German and English/);
    expect(h.last.replies[2]?.text).toMatch(/Bürgerbüro/);
  });

  it('is not what a foreign name given inside an application is: the application takes it as the answer', async () => {
    const h = await transcriptHarness({ dialogs: ['dialogs/wohngeld.yaml'] });
    for (const text of ['Wohngeld', '1', '450 Euro', '1500 Euro', 'Lohn', 'nichts davon', 'hier', 'ja']) await h.send(text);
    const reply = await h.send('Ayşe Yılmaz-Öztürk');
    expect(reply).toMatch(/Name: Ayşe Yılmaz-Öztürk/);
    expect(reply).not.toMatch(/nur Deutsch und Englisch/);
  });

  it('gets the note before an application that it starts', async () => {
    const h = await transcriptHarness({ dialogs: ['dialogs/buergerbuero_termin.yaml'] });
    await h.send('Где я могу записаться на Termin im Bürgerbüro, пожалуйста?', { locale: 'de' });
    expect(h.last.replies[0]?.text).toMatch(/nur Deutsch und Englisch/);
    expect(h.last.dialog?.id).toBe('buergerbuero_termin');
    expect(h.last.expectingInput).toBe(true);
  });

  it('gets the note when it is Dutch, though Dutch shares many words with German', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Goedemiddag, hoe laat gaat het gemeentehuis vandaag dicht?', { locale: 'de' });
    expect(h.last.replies[0]?.text).toMatch(/nur Deutsch und Englisch/);
    expect(h.last.replies[1]?.text).toMatch(/only understand German and English/);
    await h.send('Isch han minge Pass verlore, wat moss isch maache?', { locale: 'de' });
    expect(h.last.replies.map((r) => r.text).join(' ')).not.toMatch(/nur Deutsch und Englisch/);
  });

  it('still gets the usual answer when it is German the assistant cannot place', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Kohleausstieg Strukturwandel', { locale: 'de' });
    expect(h.last.replies).toHaveLength(1);
    expect(h.last.replies[0]?.text).toMatch(/nicht (sicher )?verstanden/);
  });
});
