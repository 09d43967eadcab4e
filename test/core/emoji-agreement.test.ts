/** A message of only 👍, 👌, ✅ or 🆗 is "ja" at a yes/no question and ok otherwise (tester-r A11); a smile is not (smoke 19 A1). */
import { beforeAll, describe, expect, it } from 'vitest';
import { agreementWord } from '../../src/core/emoji-agreement.js';
import { harness, realContent } from '../applications/harness.js';
import { harness as wohngeldHarness, realContent as wohngeldContent, toEstimate } from '../dialogs/harness.js';

beforeAll(async () => {
  await realContent();
  await wohngeldContent();
});

describe('an agreeing emoji', () => {
  it.each(['👍', '👍🏽', '👌', '👍 👍', '✅', '✔️', '🆗'])('stands for "ja" in "%s"', (text) => {
    expect(agreementWord(text, 'de')).toBe('ja');
    expect(agreementWord(text, 'en')).toBe('yes');
  });

  it.each(['🤔🤔🤔', '👎', '😡', '🙂', '😊', '☺️', '👍 🙂', '👍 Personalausweis', 'ja'])('leaves "%s" as it is', (text) => {
    expect(agreementWord(text, 'de')).toBeNull();
  });

  it('after an answer is taken as ok, not as "nicht verstanden / nicht zuständig"', async () => {
    const h = await harness();
    await h.send('Was kostet ein Reisepass?');
    const reply = await h.send('👍');
    expect(reply).toMatch(/^Gern\. Was möchten Sie als Nächstes\?/);
    expect(reply).not.toMatch(/nicht verstanden|nicht zuständig/);
    const transcript = await h.store.getTranscript(h.conversationId ?? '');
    expect(transcript.at(-2)).toMatchObject({ role: 'user', text: '👍' });
  });

  it('at the summary of a booking is the "ja" that books it', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    await h.send('Donnerstag nach 14 Uhr');
    await h.send('1');
    await h.send('Erika Mustermann');
    expect(await h.send('👍🏻')).toMatch(/Bestätigungscode: [A-Z0-9]{6}/);
    expect(h.last.dialog).toMatchObject({ done: true });
  });

  it('at the summary, a smile is no "ja": nothing is booked and the question stays', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    await h.send('Donnerstag nach 14 Uhr');
    await h.send('1');
    await h.send('Erika Mustermann');
    expect(await h.send('🙂')).not.toMatch(/Bestätigungscode/);
    expect(h.last.dialog).toMatchObject({ step: 'confirm' });
  });

  it('leaves other emoji to the fallback', async () => {
    const h = await harness();
    await h.send('Hallo');
    expect(await h.send('🤔🤔🤔')).toMatch(/nicht verstanden/);
  });

  it('does not confirm an erasure: a written "ja" is asked for, and the conversation stays until it comes', async () => {
    const h = await harness();
    await h.send('Was kostet ein Pass?');
    await h.send('Lösch meine Daten');
    const reply = await h.send('👍');
    expect(reply).toMatch(/^Zum Löschen brauche ich ein geschriebenes „ja“; ein Emoji reicht dafür nicht\. Soll ich dieses Gespräch/);
    expect(reply).not.toMatch(/Erledigt/);
    expect(await h.store.getConversation(h.conversationId ?? '')).not.toBeNull();
    expect(await h.send('ja')).toMatch(/^Erledigt: Dieses Gespräch und alles, was dazu gespeichert war, ist gelöscht\./);
  });

  it('is no consent to the Wohngeld data-protection question: it asks for a written "ja" and stores nothing', async () => {
    const h = await wohngeldHarness();
    await toEstimate(h);
    expect(await h.send('hier')).toMatch(/Sind Sie einverstanden\?/);
    const reply = await h.send('👍');
    expect(reply).toMatch(/^Für Ihre Einwilligung brauche ich ein geschriebenes „ja“; ein Emoji reicht dafür nicht\./);
    expect(reply).toMatch(/Sind Sie einverstanden\?/);
    expect(reply).not.toMatch(/Einwilligung: ja/);
    expect(h.last.dialog?.step).toBe('einwilligung');
    expect(await h.send('ja')).toMatch(/Verstanden: Einwilligung: ja\./);
  });
});
