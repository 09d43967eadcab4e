/**
 * The widget sends the browser's language with every message. Unchanged, it is no choice of the citizen:
 * a German-writing citizen with an English browser keeps a German application (tester-j 17). The DE/EN
 * switch pressed during the application is one, and is followed.
 */
import { describe, expect, it } from 'vitest';
import { transcriptHarness } from '../support/transcript-harness.js';

const MAENGEL = ['dialogs/maengelmelder.yaml'];

describe('the language of an application started with a German sentence in an English browser', () => {
  it('stays German for short answers and descriptions, and is stored as German', async () => {
    const h = await transcriptHarness({ dialogs: MAENGEL });
    expect(await h.send('Ich möchte eine kaputte Straßenlaterne melden', { locale: 'en' })).toMatch(/Wo ist es/);
    expect(await h.send('Rurstraße 3', { locale: 'en' })).toMatch(/Verstanden: Ort: Rurstraße 3/);
    expect(h.last).toMatchObject({ locale: 'de' });
    expect(await h.send('Die Laterne ist seit einer Woche aus', { locale: 'en' })).toMatch(/Verstanden/);
    await h.send('überspringen', { locale: 'en' });
    expect(await h.send('ja', { locale: 'en' })).toMatch(/Vielen Dank/);
    const row = await h.store.db.first<{ payload: string }>('SELECT payload FROM submissions');
    expect(JSON.parse(row?.payload ?? '{}')).toMatchObject({ locale: 'de' });
  });

  it('switches to English when the citizen presses EN during the application', async () => {
    const h = await transcriptHarness({ dialogs: MAENGEL });
    await h.send('Ich möchte eine kaputte Straßenlaterne melden', { locale: 'de' });
    expect(await h.send('Rurstraße 3', { locale: 'en' })).toMatch(/Got it: Place: Rurstraße 3/);
    expect(h.last).toMatchObject({ locale: 'en' });
    expect(await h.send('The lamp has been dark for a week', { locale: 'en' })).toMatch(/Got it/);
  });

  it('keeps English after "English please" in a German browser', async () => {
    const h = await transcriptHarness({ dialogs: MAENGEL });
    await h.send('Ich möchte eine kaputte Straßenlaterne melden', { locale: 'de' });
    await h.send('English please', { locale: 'de' });
    expect(await h.send('Rurstraße 3', { locale: 'de' })).toMatch(/Got it: Place: Rurstraße 3/);
  });
});
