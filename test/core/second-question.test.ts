import { describe, expect, it } from 'vitest';
import { transcriptHarness } from '../support/transcript-harness.js';

describe('a message that asks about two topics', () => {
  it('gets both answers, in the order asked', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Wann hat das Fundbüro geöffnet? Und was kostet ein neuer Reisepass?');
    const texts = h.last.replies.map((r) => r.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/Fundbüro/);
    expect(texts[1]).toMatch(/Reisepass/);
    expect(h.last.replies[1]?.speak).toMatch(/^<speak/);
    // The second answer is no longer hidden behind a button under the first.
    expect(h.last.replies[0]?.suggestions?.map((s) => s.value) ?? []).not.toContain('intent:reisepass');
  });

  it('gets both answers when the questions are joined by "and" in one sentence, in English too', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Where is the lost and found office and how much does a new passport cost?', { locale: 'en' });
    expect(h.last.replies.map((r) => r.text)).toEqual([expect.stringMatching(/lost property|lost and found/i), expect.stringMatching(/passport/i)]);
  });

  it('gets the other answer first when it starts an application, so the application asks its question last', async () => {
    const h = await transcriptHarness({ dialogs: ['dialogs/sperrmuell.yaml'] });
    await h.send('Was kostet ein neuer Reisepass? Und wie melde ich Sperrmüll an?');
    expect(h.last.intent?.id).toBe('sperrmuell');
    expect(h.last.expectingInput).toBe(true);
    expect(h.last.replies[0]?.text).toMatch(/Reisepass/);
    // Buttons of the passport answer in the middle of an application would be taken as its answer.
    expect(h.last.replies[0]?.suggestions).toBeUndefined();
    expect(h.last.replies.at(-1)?.text).toMatch(/Was soll abgeholt werden\?/);
  });

  it('offers the application of the second topic as its first button after the first answer', async () => {
    const h = await transcriptHarness({ dialogs: ['dialogs/wohngeld.yaml'] });
    await h.send('Welche Unterlagen brauche ich für die Eheschließung? Und wie beantrage ich Wohngeld?');
    expect(h.last.intent?.id).toBe('eheschliessung');
    expect(h.last.expectingInput).toBe(false);
    const [first, second] = h.last.replies;
    expect(first?.text).toMatch(/Standesamt/);
    expect(second?.text).toMatch(/Wohngeld ist ein Zuschuss/);
    expect(second?.suggestions?.[0]?.value).toBe('intent:wohngeld');
    // Pressing it starts the application, as asking for it would.
    await h.send('', { action: 'intent:wohngeld' });
    expect(h.last.dialog?.id).toBe('wohngeld');
  });

  it('keeps the second topic on its answer in the transcript, and no topic on other replies', async () => {
    const h = await transcriptHarness({ dialogs: ['dialogs/sperrmuell.yaml'] });
    await h.send('Wann hat das Fundbüro geöffnet? Und was kostet ein neuer Reisepass?');
    await h.send('Was kostet ein neuer Reisepass? Und wie melde ich Sperrmüll an?');
    const entries = await h.store.getTranscript(h.conversationId as string);
    const turns: { user: string | null | undefined; topics: (string | null | undefined)[] }[] = [];
    for (const e of entries) {
      if (e.role === 'user') turns.push({ user: e.intent, topics: [] });
      else turns.at(-1)?.topics.push(e.intent);
    }
    expect(turns.map((t) => [t.user, ...t.topics.filter(Boolean)].sort())).toEqual([
      ['fundbuero', 'reisepass'],
      ['reisepass', 'sperrmuell'],
    ]);
    // One reply per turn carries a topic: the other replies (the first answer, the application's question) do not.
    expect(turns.map((t) => t.topics.filter(Boolean).length)).toEqual([1, 1]);
  });

  it('is one question when the second only follows up on the first', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Was kostet ein Führungszeugnis? Und wie lange dauert es?');
    expect(h.last.replies).toHaveLength(1);
    await h.send('Ich bin umgezogen. Wo muss ich meinen neuen Wohnsitz melden?');
    expect(h.last.replies).toHaveLength(1);
  });
});
