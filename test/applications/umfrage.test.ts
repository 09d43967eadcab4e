import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, restartMidDialog, suggestionValues } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-umfrage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

const CHANNELS = ['online_portal', 'chat', 'telefon', 'vor_ort', 'email', 'post'];

describe('needs survey (umfrage)', () => {
  it('stores answers anonymously, redacts free text and counts them for staff', async () => {
    const h = await harness();
    await h.send('Ich möchte an der Umfrage teilnehmen');
    expect(await h.send('Personalausweis und Wohngeld')).toMatch(/Personalausweis[\s\S]*Wohngeld/);
    await h.send('Chat');
    await h.send('Leichte Sprache');
    await h.send('Bitte rufen Sie mich an: 0176 12345678');
    expect(await h.send('ja')).toMatch(/anonym gespeichert/);
    expect(h.last.dialog?.reference).toBeUndefined();
    const results = await h.store.surveyResults('umfrage');
    expect(results.responses).toBe(1);
    expect(results.questions.services?.map((s) => s.value).sort()).toEqual(['personalausweis', 'wohngeld']);
    expect(results.questions.channel).toEqual([{ value: 'chat', count: 1 }]);
    expect(results.comments[0]).not.toContain('12345678');
    expect(await h.store.db.all('SELECT * FROM submissions')).toEqual([]);
  });

  it('reports the dialog status and the option buttons in the HTTP response of POST /api/chat, and no reference', async () => {
    const h = await harness();
    await h.send('Ich möchte an der Umfrage teilnehmen');
    expect(h.last.dialog).toEqual({ id: 'umfrage', step: 'dienste', done: false });
    await h.send('Wohngeld');
    expect(h.last.dialog).toEqual({ id: 'umfrage', step: 'kanal', done: false });
    expect(suggestionValues(h)).toEqual(CHANNELS);
    await h.send('Telefon');
    expect(suggestionValues(h)).toEqual(['überspringen']);
    await h.send('keine');
    await h.send('überspringen');
    expect(h.last.dialog).toEqual({ id: 'umfrage', step: 'confirm', done: false });
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    await h.send('ja');
    expect(h.last.dialog).toEqual({ id: 'umfrage', step: null, done: true });
    expect(h.last.expectingInput).toBe(false);
  });

  it('takes the services and the preferred channel from one message', async () => {
    const h = await harness();
    await h.send('Ich möchte an der Umfrage teilnehmen');
    const reply = await h.send('Wohngeld und Sperrmüll, am liebsten per Chat');
    expect(reply).toMatch(/Liebster Weg zur Stadt: Chat/);
    // The services' names, never their ids ("wohngeld, sperrmuell" was shown).
    expect(reply).toMatch(/Wichtige Leistungen: Wohngeld, Sperrmüll-Abholung anmelden\./);
    expect(h.last.dialog?.step).toBe('barrierefreiheit');
  });

  it('lets the citizen leave the services out, names the chosen needs and reads "ruft mich jemand an" as the phone', async () => {
    const h = await harness();
    await h.send('Umfrage');
    expect(await h.send('weiß nicht')).toMatch(/Wie erledigen Sie Behördensachen am liebsten/);
    expect(await h.send('am liebsten ruft mich jemand an')).toMatch(/Liebster Weg zur Stadt: Telefon/);
    expect(await h.send('große Schrift')).toMatch(/Barrierefreiheit: Große Schrift/);
    const summary = await h.send('überspringen');
    expect(summary).toMatch(/Wichtige Leistungen: keine Angabe/);
    expect(summary).not.toMatch(/grosse_schrift/);
  });

  it.each([
    ['large font', /Accessibility: Large text/],
    ['large font and english language', /Accessibility: Large text, Another language/],
    ['information in Arabic', /Accessibility: Another language/],
    ['easy English please', /Accessibility: Easy language/],
    ['plain language', /Accessibility: Plain language/],
  ])('takes the English accessibility answer "%s"', async (answer, shown) => {
    const h = await harness();
    await h.send('I would like to take part in the survey', { locale: 'en' });
    await h.send('skip', { locale: 'en' });
    await h.send('phone', { locale: 'en' });
    expect(await h.send(answer, { locale: 'en' })).toMatch(shown);
  });

  it.each([
    ['Einfache Sprache bitte', /Verstanden: Barrierefreiheit: Einfache Sprache\./, 'einfache_sprache'],
    ['Leichte Sprache', /Verstanden: Barrierefreiheit: Leichte Sprache\./, 'leichte_sprache'],
  ])('records "%s" as said: Einfache Sprache does not replace Leichte Sprache', async (answer, shown, id) => {
    const h = await harness();
    await h.send('Umfrage');
    await h.send('Wohngeld, Sperrmüll');
    await h.send('Chat');
    expect(await h.send(answer)).toMatch(shown);
    await h.send('überspringen');
    await h.send('ja');
    expect((await h.store.surveyResults('umfrage')).questions.accessibility).toEqual([{ value: id, count: 1 }]);
  });

  it.each([
    ['de', 'keine', /Verstanden: Barrierefreiheit: Keine/],
    ['en', 'none', /Got it: Accessibility: None/],
  ] as const)('stores the offered answer "%s"/"%s" as its own value, not as not given', async (locale, answer, shown) => {
    const h = await harness();
    await h.send(locale === 'en' ? 'I would like to take part in the survey' : 'Umfrage', { locale });
    await h.send(locale === 'en' ? 'skip' : 'überspringen', { locale });
    await h.send('Chat', { locale });
    expect(await h.send(answer, { locale })).toMatch(shown);
    await h.send(locale === 'en' ? 'skip' : 'überspringen', { locale });
    await h.send(locale === 'en' ? 'yes' : 'ja', { locale });
    expect((await h.store.surveyResults('umfrage')).questions.accessibility).toEqual([{ value: 'keine', count: 1 }]);
  });

  it('changes an earlier choice with "nein, lieber Telefon" and asks the current question again', async () => {
    const h = await harness();
    await h.send('Ich möchte an der Umfrage teilnehmen');
    await h.send('Wohngeld');
    await h.send('Chat');
    const reply = await h.send('nein, lieber Telefon');
    expect(reply).toMatch(/Korrigiert: Liebster Weg zur Stadt: Telefon/);
    expect(reply).toMatch(/Brauchen Sie etwas/);
    expect(h.last.dialog?.step).toBe('barrierefreiheit');
    await h.send('keine');
    expect(await h.send('überspringen')).toMatch(/Liebster Weg zur Stadt: Telefon/);
    await h.send('ja');
    expect((await h.store.surveyResults('umfrage')).questions.channel).toEqual([{ value: 'telefon', count: 1 }]);
  });

  it('answers an FAQ question mid-dialog and resumes at the same question', async () => {
    const h = await harness();
    await h.send('Ich möchte an der Umfrage teilnehmen');
    await h.send('Wohngeld');
    expect(await h.send('Wo ist das Bürgerbüro?')).toMatch(/Markt 2[\s\S]*Sollen wir mit „Umfrage zu Online-Diensten“ weitermachen\?/);
    expect(await h.send('ja')).toMatch(/Wie erledigen Sie Behördensachen am liebsten/);
    expect(suggestionValues(h)).toEqual(CHANNELS);
  });

  it('cancels on request and stores nothing', async () => {
    const h = await harness();
    await h.send('Ich möchte an der Umfrage teilnehmen');
    await h.send('Wohngeld');
    expect(await h.send('abbrechen')).toMatch(/wirklich abbrechen/);
    expect(await h.send('ja')).toMatch(/Umfrage beendet/);
    expect(h.last.dialog).toEqual({ id: 'umfrage', step: null, done: true });
    expect((await h.store.surveyResults('umfrage')).responses).toBe(0);
  });

  it('offers the phone after three unusable answers and asks the same question again', async () => {
    const h = await harness();
    await h.send('Ich möchte an der Umfrage teilnehmen');
    await h.send('Wohngeld');
    await h.send('blau');
    expect(await h.send('grün')).not.toMatch(/02421 25-0/);
    const third = await h.send('gelb');
    expect(third).toMatch(/Meinung auch unter 02421 25-0/);
    expect(third).toMatch(/Wie erledigen Sie Behördensachen/);
    expect(await h.send('Chat')).toMatch(/Liebster Weg zur Stadt: Chat/);
  });

  it('continues after a restart: the same conversation on a reopened database file', async () => {
    const after = await restartMidDialog(join(dir, 'restart.sqlite'), async (h) => {
      await h.send('Ich möchte an der Umfrage teilnehmen');
      await h.send('Wohngeld');
    });
    expect(await after.send('Telefon')).toMatch(/Liebster Weg zur Stadt: Telefon[\s\S]*Brauchen Sie etwas/);
    expect(after.last.dialog?.step).toBe('barrierefreiheit');
    await after.store.close();
  });
});
