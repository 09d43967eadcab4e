/**
 * Transcript tests of the Wohngeld dialog with the real NLU and real entity extraction: every behaviour
 * the engine gives every dialog (multi-slot, correction, back, skip, help, digression, cancel, three
 * failures, resume code, restart) and the submission at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { mountSummaryAccess } from '../../src/web/summary-access-routes.js';
import { transcriptHarness } from '../support/transcript-harness.js';
import { harness, realContent, toEstimate, type Harness } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-wohngeld-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});


async function toSummary(h: Harness): Promise<string> {
  await toEstimate(h);
  await h.send('hier');
  await h.send('ja');
  await h.send('Maria Schmidt');
  await h.send('12.03.1980');
  await h.send('Hauptstraße 5, 52349 Düren');
  await h.send('0176 12345678');
  await h.send('überspringen');
  return h.send('Tom Schmidt, 1.2.2015, Sohn');
}

describe('the Wohngeld dialog', () => {
  it('starts on the wohngeld intent and asks for the household size with dialog status', async () => {
    const h = await harness();
    const reply = await h.send('Ich möchte Wohngeld beantragen');
    expect(reply).toMatch(/grob ausrechnen/);
    expect(reply).toMatch(/Wie viele Personen leben in Ihrem Haushalt/);
    expect(h.last.dialog).toEqual({ id: 'wohngeld', step: 'personen', done: false });
    expect(h.last.expectingInput).toBe(true);
  });

  it('runs the happy path: estimate with explanation, application, reference, summary page', async () => {
    const h = await harness();
    const estimate = await toEstimate(h);
    // 3 members, II: M = 587 + 29.60 cap not reached: 600 + 170.20 = 770.20; Y = (21600 - 1230) × 0.7 / 12 = 1188.25 -> 512
    expect(estimate).toMatch(/Meine Schätzung: etwa 512 € Wohngeld im Monat/);
    expect(estimate).toMatch(/Mietenstufe II \(noch nicht amtlich bestätigt\)/);
    expect(estimate).toMatch(/nur eine Schätzung.*entscheidet die Wohngeldstelle/);
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).toEqual(['online', 'hier', 'fertig']);

    const summary = await toSummary(await harness());
    expect(summary).toMatch(/Bitte prüfen Sie Ihre Angaben/);
    expect(summary).toMatch(/Name: Maria Schmidt/);
    expect(summary).toMatch(/Telefon: 017612345678/);
    expect(summary).toMatch(/E-Mail: keine Angabe/);
  });

  it('stores the application only after "ja", returns the reference, and is idempotent', async () => {
    const h = await harness();
    await toSummary(h);
    expect(h.last.dialog).toEqual({ id: 'wohngeld', step: 'confirm', done: false });
    expect(await h.store.db.first<{ n: number }>('SELECT COUNT(*) AS n FROM submissions')).toEqual({ n: 0 });
    const done = await h.send('ja');
    expect(done).toMatch(/Ihre Vorgangsnummer ist DN-\d{4}-\d{6}/);
    expect(done).toMatch(/Bitte bringen Sie mit:\n• Personalausweis/);
    expect(h.last.dialog).toMatchObject({ id: 'wohngeld', step: null, done: true, reference: expect.stringMatching(/^DN-\d{4}-\d{6}$/) });
    expect(h.last.expectingInput).toBe(false);
    const reference = h.last.dialog?.reference ?? '';
    const submission = await h.store.getSubmissionByReference(reference);
    expect(submission?.payload).toMatchObject({ data: { antragsteller: { name: 'Maria Schmidt', geburtsdatum: '1980-03-12', telefon: '017612345678', email: null }, haushalt: { personen: 3 }, einwilligung: true } });
    expect(await h.store.outboxState(submission?.id ?? '')).toMatchObject({ attempts: 0, deliveredAt: null });

    const again = await h.send('ja');
    expect(again).toContain(reference);
    expect(await h.store.db.first<{ n: number }>('SELECT COUNT(*) AS n FROM submissions')).toEqual({ n: 1 });

  });

  it('serves the printable summary as accessible HTML with the one-time token only', async () => {
    const h = await transcriptHarness({ dialogs: ['dialogs/wohngeld.yaml'], plugins: [mountSummaryAccess] });
    await toSummary(h);
    await h.send('ja');
    const url = h.last.replies[0]?.links?.[0]?.url ?? '';
    // The key only in the fragment, which browsers never send (report j-10); the page posts it in a form body.
    expect(url).toMatch(/^\/zusammenfassung#reference=DN-\d{4}-\d{6}&token=[\w-]+$/);
    const fragment = new URLSearchParams(url.split('#')[1]);
    const open = (token: string) =>
      h.app.request('/zusammenfassung', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ reference: fragment.get('reference') ?? '', token }).toString() });
    const page = await open(fragment.get('token') ?? '');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<html lang="de">/);
    expect(html).toMatch(/<h1>Wohngeld: Zusammenfassung<\/h1>/);
    expect(html).toMatch(/<th scope="row">Name<\/th><td>Maria Schmidt<\/td>/);
    expect(html).toMatch(/Geschätztes Wohngeld \(keine Zusage\)/);
    expect(html).toMatch(/<h2>Bitte bringen Sie mit<\/h2>/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const wrong = await open('guessed');
    expect(wrong.status).toBe(404);
  });

  it('keeps personal data out of the transcript', async () => {
    const h = await harness();
    await toSummary(h);
    await h.send('ja');
    const res = await h.app.request(`/api/conversations/${h.conversationId}`);
    const transcript = JSON.stringify(await res.json());
    expect(transcript).not.toContain('Maria Schmidt');
    expect(transcript).not.toContain('Hauptstraße');
    expect(transcript).not.toContain('12345678');
    expect(transcript).toContain('[Angabe im Antrag]');
    const state = await h.store.getConversation(h.conversationId ?? '');
    expect(JSON.stringify(state?.state)).not.toContain('Maria');
  });

  it('takes several slots from one message, also slots not yet asked', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    const reply = await h.send('wir sind zu dritt und zahlen 650 Euro warm');
    expect(reply).toMatch(/Verstanden: Personen im Haushalt: 3; Bruttokaltmiete im Monat: 650 €/);
    expect(reply).toMatch(/Warmmiete/);
    expect(h.last.dialog?.step).toBe('einkommen');
  });

  it('takes all three estimate slots from the first message', async () => {
    const h = await harness();
    const reply = await h.send('Wohngeld: wir sind 4 Personen, Miete 800 Euro, Einkommen 2000 Euro brutto');
    expect(reply).toMatch(/Personen im Haushalt: 4; Bruttokaltmiete im Monat: 800 €; Bruttoeinkommen im Monat \(alle Personen\): 2\.000 €/);
    expect(h.last.dialog?.step).toBe('einkommen_art');
  });

  it('corrects the last answer with "nein, 700 Euro" and a named slot with "die Miete ist doch 700"', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    await h.send('3');
    await h.send('650 Euro');
    expect(await h.send('nein, 700 Euro')).toMatch(/Korrigiert: Bruttokaltmiete im Monat: 700 €/);
    expect(h.last.dialog?.step).toBe('einkommen');
    await h.send('1800 Euro');
    expect(await h.send('die Miete ist doch 600')).toMatch(/Korrigiert: Bruttokaltmiete im Monat: 600 €/);
    expect(h.last.dialog?.step).toBe('einkommen_art');
    await h.send('Lohn');
    const estimate = await h.send('nichts davon');
    expect(estimate).toMatch(/Gerechnet habe ich mit 3 Personen, 600 € Bruttokaltmiete/);
  });

  it('goes back one question with "zurück"', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    await h.send('3');
    const back = await h.send('zurück');
    expect(back).toMatch(/Wie viele Personen/);
    expect(h.last.dialog?.step).toBe('personen');
    await h.send('2');
    expect(h.last.dialog?.step).toBe('miete');
  });

  it('skips optional steps and refuses to skip required ones', async () => {
    const h = await harness();
    await toEstimate(h);
    await h.send('hier');
    await h.send('ja');
    expect(await h.send('überspringen')).toMatch(/Diese Angabe brauche ich/);
    expect(h.last.dialog?.step).toBe('name');
    await h.send('Maria Schmidt');
    await h.send('12.03.1980');
    await h.send('Hauptstraße 5, 52349 Düren');
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).toEqual(['überspringen']);
    await h.send('überspringen');
    expect(h.last.dialog?.step).toBe('email');
  });

  it('answers help at a step and asks the same step again', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    await h.send('3');
    const help = await h.send('was ist Bruttokaltmiete?');
    expect(help).toMatch(/Kaltmiete plus die Nebenkosten/);
    expect(help).toMatch(/Wie hoch ist Ihre Bruttokaltmiete/);
    expect(h.last.dialog?.step).toBe('miete');
    await h.send('600');
    const other = await h.send('was ist Bruttokaltmiete?');
    expect(other).toMatch(/Kaltmiete plus die Nebenkosten/);
    expect(other).toMatch(/Bruttoeinkommen aller Personen/);
  });

  it('answers an FAQ question mid-dialog, offers to continue and resumes where it was', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    await h.send('3');
    const away = await h.send('Wo ist das Bürgerbüro?');
    expect(away).toMatch(/Markt 2/);
    expect(away).toMatch(/Sollen wir mit „Wohngeld“ weitermachen\?/);
    expect(h.last.intent?.id).toBe('buergerbuero_info');
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).toEqual(['ja', 'nein']);
    const back = await h.send('ja');
    expect(back).toMatch(/Wie hoch ist Ihre Bruttokaltmiete/);
    expect(h.last.dialog?.step).toBe('miete');
  });

  it('pauses on "nein" after a digression and continues on "Wohngeld" later', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    await h.send('2');
    await h.send('Wo ist das Bürgerbüro?');
    expect(await h.send('nein')).toMatch(/Pause/);
    expect(h.last.expectingInput).toBe(false);
    expect(await h.send('Wohngeld')).toMatch(/Wir machen mit „Wohngeld“ weiter.*Bruttokaltmiete/s);
  });

  it('cancels after confirmation and stores nothing', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    await h.send('3');
    const ask = await h.send('abbrechen');
    expect(ask).toMatch(/wirklich abbrechen/);
    expect(await h.send('ja')).toMatch(/nichts gespeichert/);
    expect(h.last.dialog).toMatchObject({ id: 'wohngeld', done: true });
    expect((await h.store.getConversation(h.conversationId ?? ''))?.state.dialog).toBeUndefined();
    expect(await h.store.db.first<{ n: number }>('SELECT COUNT(*) AS n FROM submissions')).toEqual({ n: 0 });
  });

  it('goes on where it was when the cancellation is not confirmed ("stop", then "nein")', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    await h.send('stop');
    expect(await h.send('nein')).toMatch(/Wie viele Personen/);
    expect(h.last.dialog?.step).toBe('personen');
  });

  it('offers a person after three failed attempts instead of looping', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    expect(await h.send('blau')).toMatch(/Zahl der Personen/);
    expect(await h.send('grün')).not.toMatch(/02421 25-2625/);
    const third = await h.send('gelb');
    expect(third).toMatch(/Wohngeldstelle hilft Ihnen gern persönlich/);
    expect(third).toMatch(/02421 25-2625/);
    expect(third).toMatch(/Wie viele Personen/);
    expect(h.last.dialog?.step).toBe('personen');
  });

  it('names the Wohngeld office when the citizen asks for a person, then asks the same question', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    const reply = await h.send('Ich möchte mit einem Menschen sprechen');
    expect(reply).toMatch(/02421 25-2625/);
    expect(reply).toMatch(/Wie viele Personen/);
    expect(h.last.dialog?.step).toBe('personen');
  });

  it('refuses an address outside the city and names who is responsible', async () => {
    const h = await harness();
    await toEstimate(h);
    await h.send('hier');
    await h.send('ja');
    await h.send('Maria Schmidt');
    await h.send('12.03.1980');
    const reply = await h.send('Bahnhofstraße 3, 52428 Jülich');
    expect(reply).toMatch(/nur für Einwohner der Stadt zuständig/);
    expect(h.last.dialog?.step).toBe('anschrift');
  });

  it('ends without storing anything when the citizen chooses the online application', async () => {
    const h = await harness();
    await toEstimate(h);
    const reply = await h.send('online');
    expect(reply).toMatch(/Online-Antrag des Landes NRW/);
    expect(h.last.replies[0]?.links?.[0]?.url).toBe('https://www.wohngeldrechner.nrw.de');
    expect(h.last.dialog).toMatchObject({ done: true });
    expect(await h.store.db.first<{ n: number }>('SELECT COUNT(*) AS n FROM submissions')).toEqual({ n: 0 });
  });

  it('continues after a restart: the sqlite file is closed, reopened, and the same conversation goes on', async () => {
    const path = join(dir, 'restart.sqlite');
    const before = await harness({ store: await openSqliteStore(path) });
    await before.send('Wohngeld');
    await before.send('3');
    const id = before.conversationId;
    await before.store.close();

    const after = await harness({ store: await openSqliteStore(path) });
    after.useConversation(id);
    const reply = await after.send('600 Euro');
    expect(reply).toMatch(/Bruttokaltmiete im Monat: 600 €/);
    expect(after.last.dialog?.step).toBe('einkommen');
    await after.store.close();
  });

  it('gives a resume code for "Zwischenstand speichern" and "save my progress", not the privacy answer (retest18b L4)', async () => {
    for (const [text, expected] of [['Zwischenstand speichern', /Code zum Weitermachen: [A-Z0-9]{4}-[A-Z0-9]{4}/], ['save my progress', /Code zum Weitermachen: [A-Z0-9]{4}-[A-Z0-9]{4}/]] as const) {
      const h = await harness();
      await h.send('Wohngeld');
      await h.send('3');
      expect(await h.send(text)).toMatch(expected);
    }
  });

  it('gives a resume code and continues on another device with "Code ABCD-EFGH"', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    await h.send('3');
    const codeReply = await h.send('Ich möchte später weitermachen, Code bitte');
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(codeReply)?.[1] ?? '';
    expect(code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ2-9]{4}-[ABCDEFGHJKLMNPQRSTUVWXYZ2-9]{4}$/);
    expect(codeReply).toMatch(/gilt 7 Tage/);
    const transcript = JSON.stringify(await (await h.app.request(`/api/conversations/${h.conversationId}`)).json());
    expect(transcript).not.toContain(code);
    const stored = await h.store.db.all<{ code_hash: string }>('SELECT code_hash FROM resume_codes');
    expect(stored[0]?.code_hash).toMatch(/^[0-9a-f]{64}$/);

    const first = h.conversationId;
    h.useConversation(undefined);
    const other = await h.send(`Code ${code}`);
    expect(h.conversationId).not.toBe(first);
    expect(other).toMatch(/Wir machen mit „Wohngeld“ weiter/);
    expect(other).toMatch(/Bruttokaltmiete/);
    expect(h.last.dialog?.step).toBe('miete');
    await h.send('600 Euro');
    expect(h.last.dialog?.step).toBe('einkommen');
    // used once
    h.useConversation(undefined);
    expect(await h.send(`Code ${code}`)).toMatch(/kenne ich nicht/);
  });

  it('ends the run on the first device once its code is used elsewhere, so only one device can send it', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    await h.send('3');
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(await h.send('Code bitte'))?.[1] ?? '';
    const first = h.conversationId;
    h.useConversation(undefined);
    await h.send(`Code ${code}`);
    expect(h.last.dialog?.step).toBe('miete');
    // The first device's copy holds no answers any more.
    expect((await h.store.getConversation(first ?? ''))?.state.dialog).toMatchObject({ phase: 'moved', slots: {} });
    h.useConversation(first);
    const back = await h.send('600 Euro');
    expect(back).toMatch(/„Wohngeld“ geht auf einem anderen Gerät weiter/);
    expect(h.last.dialog).toBeUndefined();
    expect(h.last.expectingInput).toBe(false);
    // Said once; the next message there is an ordinary one.
    expect(await h.send('Wohngeld')).not.toMatch(/anderen Gerät/);
  });

  it('continues with POST /api/resume {code} in a new conversation', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    await h.send('2');
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(await h.send('Fortsetzungscode'))?.[1] ?? '';
    const res = await h.post('/api/resume', { code });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { conversationId: string; dialog: { step: string }; replies: Array<{ text: string }> };
    expect(body.conversationId).not.toBe(h.conversationId);
    expect(body.dialog.step).toBe('miete');
    expect(body.replies.map((r) => r.text).join(' ')).toMatch(/Bruttokaltmiete/);
    const wrong = await h.post('/api/resume', { code: 'AAAA-AAAA' });
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as { error: { field: string } }).error.field).toBe('code');
    expect((await h.post('/api/resume', { code: 'x' })).status).toBe(400);
  });

  it('lets codes expire after 7 days', async () => {
    let now = new Date('2026-11-26T10:00:00Z');
    const h = await harness({ now: () => now });
    await h.send('Wohngeld');
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(await h.send('Code bitte'))?.[1] ?? '';
    now = new Date('2026-12-03T10:00:01Z');
    expect((await h.post('/api/resume', { code })).status).toBe(404);
  });

  it('limits wrong resume codes per client', async () => {
    const h = await harness();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await h.post('/api/resume', { code: `AAAA-AA${String.fromCharCode(65 + i)}${String.fromCharCode(66 + i)}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('changes one answer after "nein" to the summary and shows the summary again', async () => {
    const h = await harness();
    await toSummary(h);
    const ask = await h.send('nein');
    expect(ask).toMatch(/Was möchten Sie ändern/);
    expect(h.last.replies[0]?.suggestions?.map((s) => s.title)).toContain('Anschrift');
    expect(await h.send('Anschrift')).toMatch(/Wie ist Ihre Anschrift/);
    const summary = await h.send('Markt 1, 52349 Düren');
    expect(summary).toMatch(/Anschrift: Markt 1, 52349 Düren/);
    expect(summary).toMatch(/Ist alles richtig/);
    expect(h.last.dialog?.step).toBe('confirm');
  });

  it('asks before "Online" drops an application prepared up to the summary, and "nein" goes back to the choice', async () => {
    const h = await harness();
    await toSummary(h);
    // A new income changes the estimate, so "Wie möchten Sie weitermachen?" comes again (resets: [weiter]).
    expect(await h.send('nein, das Einkommen ist 1300 Euro')).toMatch(/Wie möchten Sie weitermachen/);
    const ask = await h.send('online');
    expect(ask).toMatch(/Dann endet der Antrag hier, und Ihre Angaben dazu werden gelöscht \(Name, Geburtsdatum, Anschrift/);
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).toEqual(['ja', 'nein']);
    expect(h.last.dialog).toMatchObject({ done: false });

    expect(await h.send('nein')).toMatch(/Wie möchten Sie weitermachen/);
    const summary = await h.send('hier');
    expect(summary).toMatch(/Name: Maria Schmidt/);
    expect(summary).toMatch(/Ist alles richtig/);
  });

  it('ends with the online link once the citizen confirms dropping the prepared application', async () => {
    const h = await harness();
    await toSummary(h);
    await h.send('nein, das Einkommen ist 1300 Euro');
    await h.send('Jetzt nicht');
    const reply = await h.send('ja');
    expect(reply).toMatch(/Ich habe nichts gespeichert/);
    expect(h.last.dialog).toMatchObject({ done: true });
    expect(await h.store.db.first<{ n: number }>('SELECT COUNT(*) AS n FROM submissions')).toEqual({ n: 0 });
  });

  it('speaks Einfache Sprache when plain language is asked for', async () => {
    const h = await harness();
    expect(await h.send('Wohngeld', { plainLanguage: true })).toMatch(/Wie viele Menschen wohnen bei Ihnen\? Zählen Sie sich mit\./);
  });

  it('answers in English when asked in English', async () => {
    const h = await harness();
    const reply = await h.send('I want to apply for housing benefit', { locale: 'en' });
    expect(reply).toMatch(/How many people live in your household/);
    expect(await h.send('we are three', { locale: 'en' })).toMatch(/rent/);
  });
});

describe('a resume code from an English application', () => {
  it('goes on in English on the other device when that device sends no locale', async () => {
    const h = await harness();
    await h.send('I want to apply for housing benefit', { locale: 'en' });
    await h.send('3', { locale: 'en' });
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(await h.send('continue later', { locale: 'en' }))?.[1] ?? '';
    h.useConversation(undefined);
    const other = await h.send(`Code ${code}`);
    expect(other).toMatch(/rent/i);
    expect(other).not.toMatch(/Wir machen mit/);
  });
});
