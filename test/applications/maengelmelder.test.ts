import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, restartMidDialog, suggestionValues } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-maengel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

const CATEGORIES = ['schlagloch', 'strassenlaterne', 'wilder_muell', 'graffiti', 'spielplatz', 'sonstiges'];

describe('problem report (maengelmelder)', () => {
  it('takes category, coordinates from the widget and a description; the status is answered in chat and over HTTP without personal data', async () => {
    const h = await harness();
    expect(await h.send('Ich möchte einen Schaden melden')).toMatch(/Worum geht es/);
    expect(await h.send('Schlagloch')).toMatch(/Wo ist es/);
    expect(await h.send('geo:50.80,6.48')).toMatch(/Ort: GPS 50\.80000, 6\.48000/);
    await h.send('Tiefes Loch mitten auf der Fahrbahn');
    expect(await h.send('überspringen')).toMatch(/Ist alles richtig/);
    const done = await h.send('ja');
    const reference = h.last.dialog?.reference ?? '';
    expect(done).toContain(reference);
    const submission = await h.store.getSubmissionByReference(reference);
    expect(submission?.payload).toMatchObject({ data: { category: 'schlagloch', place: { coordinates: { lat: 50.8, lon: 6.48 } }, contact: null } });

    const other = await harness({ store: h.store });
    expect(await other.send(`Was ist mit meiner Meldung ${reference}?`)).toMatch(new RegExp(`${reference} ist am 26\\.11\\.2026 eingegangen`));
    const res = await h.app.request(`/api/submissions/${reference}/status`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ reference, type: 'maengelmelder', receivedOn: '2026-11-26', state: 'received', progress: 'new', erasedOn: null });

    // A clerk marks the case as in progress in the staff workspace; the citizen's lookup shows it.
    await h.store.db.batch([{ sql: "INSERT INTO submission_progress (submission_id, status, updated_at, updated_by) VALUES (?, 'in_progress', '2026-11-27T08:00:00.000Z', 'clerk')", params: [submission?.id ?? ''] }]);
    const working = await other.send(`Status ${reference}`);
    expect(working).toMatch(/wird gerade bearbeitet/);
    // Not also "wird an die zuständige Stelle weitergeleitet": the office already has it.
    expect(working).not.toMatch(/weitergeleitet/);
    expect(await (await h.app.request(`/api/submissions/${reference}/status`)).json()).toMatchObject({ progress: 'in_progress' });
    expect((await h.app.request('/api/submissions/DN-2026-999999/status')).status).toBe(404);
    expect((await h.app.request('/api/submissions/xyz/status')).status).toBe(400);
  });

  it('reports the dialog status and the option buttons in the HTTP response of POST /api/chat', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Schaden melden');
    expect(h.last.dialog).toEqual({ id: 'maengelmelder', step: 'kategorie', done: false });
    expect(suggestionValues(h)).toEqual(CATEGORIES);
    await h.send('Graffiti');
    await h.send('Hauptstraße 12');
    await h.send('An der Hauswand, ziemlich groß');
    expect(h.last.dialog).toEqual({ id: 'maengelmelder', step: 'kontakt', done: false });
    expect(suggestionValues(h)).toEqual(['überspringen']);
    await h.send('meldung@example.org');
    expect(h.last.dialog).toEqual({ id: 'maengelmelder', step: 'confirm', done: false });
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    await h.send('ja');
    expect(h.last.dialog).toEqual({ id: 'maengelmelder', step: null, done: true, reference: expect.stringMatching(/^DN-2026-\d{6}$/) });
  });

  it('takes the category and the place from one message', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Schaden melden');
    const reply = await h.send('Schlagloch in der Hauptstraße 12');
    expect(reply).toMatch(/Ort: Hauptstraße 12/);
    expect(reply).toMatch(/Art des Schadens: Schlagloch oder Straßenschaden/);
    expect(h.last.dialog?.step).toBe('beschreibung');
  });

  it('does not take a phone number for a reference, nor look up another city\'s reference', async () => {
    const h = await harness();
    const reply = await h.send('Ich möchte einen Schaden melden, meine Telefonnummer ist 0176 1234567');
    expect(reply).not.toMatch(/finde ich keinen Vorgang/);
    expect(reply).toMatch(/Worum geht es/);
    const other = await harness();
    expect(await other.send('Was ist mit AC-2026-000123?')).toMatch(/AC-2026-000123 ist keine Vorgangsnummer der Stadt Düren/);
    // Another office's number beside a question of its own is not the city's to judge.
    const aside = await harness();
    expect(await aside.send('Mein Aktenzeichen beim Jobcenter ist JC-2026-123456, bekomme ich Wohngeld?')).not.toMatch(/keine Vorgangsnummer/);
  });

  it('takes the kind of problem from the message that starts the report', async () => {
    const h = await harness();
    const reply = await h.send('Vor meinem Haus ist seit Tagen eine Laterne kaputt');
    expect(reply).toMatch(/Verstanden: Art des Schadens: Straßenlaterne defekt/);
    expect(h.last.dialog?.step).toBe('ort');
    const unnamed = await harness();
    expect(await unnamed.send('Ich möchte einen Schaden melden')).toMatch(/Worum geht es/);
  });

  it('corrects the category by its name at a later question ("nein, Straßenlaterne") and keeps free text as text', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Schaden melden');
    await h.send('Schlagloch');
    await h.send('Hauptstraße 12');
    const reply = await h.send('nein, Straßenlaterne');
    expect(reply).toMatch(/Korrigiert: Art des Schadens: Straßenlaterne defekt/);
    expect(reply).toMatch(/Beschreiben Sie bitte kurz/);
    expect(h.last.dialog?.step).toBe('beschreibung');
    expect(await h.send('Die Laterne ist seit Tagen aus')).toMatch(/Beschreibung: Die Laterne ist seit Tagen aus/);
    const summary = await h.send('überspringen');
    expect(summary).toMatch(/Art des Schadens: Straßenlaterne defekt/);
  });

  it.each(['Beschreibung: Sie ist seit drei Tagen ganz aus', 'nein, Beschreibung: Sie ist seit drei Tagen ganz aus'])(
    'sets the value written with the name of the answer at the summary ("%s"), as the summary asks',
    async (change) => {
      const h = await harness();
      await h.send('Die Laterne vor Schenkelstraße 8 ist kaputt');
      await h.send('flackert');
      expect(await h.send('überspringen')).toMatch(/Ist alles richtig/);
      const reply = await h.send(change);
      expect(reply).toMatch(/Beschreibung: Sie ist seit drei Tagen ganz aus/);
      expect(reply).not.toMatch(/Was möchten Sie ändern|Beschreiben Sie bitte kurz/);
      expect(reply).toMatch(/Ist alles richtig/);
      expect(h.last.dialog?.step).toBe('confirm');
    },
  );

  it('asks for the value again when the name of the answer comes without one ("Beschreibung")', async () => {
    const h = await harness();
    await h.send('Die Laterne vor Schenkelstraße 8 ist kaputt');
    await h.send('flackert');
    await h.send('überspringen');
    await h.send('nein');
    expect(await h.send('Beschreibung')).toMatch(/Beschreiben Sie bitte kurz/);
    expect(h.last.dialog?.step).toBe('beschreibung');
  });

  it.each(['oh, ich habe die falsche Hausnummer angegeben, es ist Schenkelstraße 18', 'Ich habe mich vertan, die Adresse stimmt nicht', 'sorry, I gave the wrong house number'])(
    'recognises "%s" after sending as a wish to correct the report, and sends nothing twice',
    async (change) => {
      const h = await harness();
      await h.send('Die Laterne vor Schenkelstraße 8 ist kaputt');
      await h.send('flackert');
      await h.send('überspringen');
      await h.send('ja');
      const reference = h.last.dialog?.reference ?? '';
      expect(await h.send(change)).toContain(reference);
      expect(h.last.dialog?.done).toBe(true);
      expect((await h.store.db.all('SELECT reference FROM submissions')).length).toBe(1);
    },
  );

  it('still answers a question that only says "falsch" after sending ("Was kostet falsch parken?")', async () => {
    const h = await harness();
    await h.send('Die Laterne vor Schenkelstraße 8 ist kaputt');
    await h.send('flackert');
    await h.send('überspringen');
    await h.send('ja');
    const reference = h.last.dialog?.reference ?? '';
    expect(reference).not.toBe('');
    expect(await h.send('Was kostet falsch parken?')).not.toContain(reference);
  });

  it('keeps German when the answer is only an e-mail address', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Schaden melden');
    await h.send('Graffiti');
    await h.send('Hauptstraße 12');
    await h.send('An der Hauswand, ziemlich groß');
    expect(await h.send('test@example.org')).toMatch(/Verstanden: Kontakt für Rückfragen: test@example\.org[\s\S]*Ist alles richtig/);
  });

  it('answers an FAQ question mid-dialog and resumes at the same question', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Schaden melden');
    await h.send('Graffiti');
    expect(await h.send('Wo ist das Bürgerbüro?')).toMatch(/Markt 2[\s\S]*Sollen wir mit „Schaden oder Missstand melden“ weitermachen\?/);
    expect(await h.send('ja')).toMatch(/Wo ist es\?/);
    expect(h.last.dialog?.step).toBe('ort');
  });

  it('cancels on request and stores nothing', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Schaden melden');
    await h.send('Graffiti');
    expect(await h.send('abbrechen')).toMatch(/wirklich abbrechen/);
    expect(await h.send('ja')).toMatch(/Meldung verworfen/);
    expect(h.last.dialog).toEqual({ id: 'maengelmelder', step: null, done: true });
    expect(await h.store.db.first<{ n: number }>('SELECT COUNT(*) AS n FROM submissions')).toEqual({ n: 0 });
  });

  it('points to the online portal and the phone after three unusable answers and asks again', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Schaden melden');
    await h.send('blau');
    expect(await h.send('grün')).not.toMatch(/Online-Portal/);
    const third = await h.send('gelb');
    expect(third).toMatch(/im Online-Portal melden \(https:\/\/onlinedienste\.dueren\.de\) oder die Stadt anrufen unter 02421 25-0/);
    expect(third).toMatch(/Worum geht es/);
    expect(suggestionValues(h)).toEqual(CATEGORIES);
  });

  it('continues after a restart: the same conversation on a reopened database file', async () => {
    const after = await restartMidDialog(join(dir, 'restart.sqlite'), async (h) => {
      await h.send('Ich möchte einen Schaden melden');
      await h.send('Graffiti');
    });
    expect(await after.send('Hauptstraße 12')).toMatch(/Ort: Hauptstraße 12[\s\S]*Beschreiben Sie/);
    expect(after.last.dialog?.step).toBe('beschreibung');
    await after.store.close();
  });
});
