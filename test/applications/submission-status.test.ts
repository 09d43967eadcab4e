/**
 * Status lookups in chat: the reference as citizens write it, numbers that are not ours or not complete,
 * a status question without a number, and the kind of request named in the answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCaseworkRepository } from '../../src/staff/store/casework-repository.js';
import type { NewSubmission } from '../../src/store/submission-repository.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { harness, NOW, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

/** A stored submission of one application, as the dialog engine would have written it. */
async function stored(store: SqlStore, dialogId: string): Promise<string> {
  const submission: NewSubmission = {
    id: crypto.randomUUID(),
    type: dialogId,
    dialogId,
    idempotencyKey: `${crypto.randomUUID()}:run`,
    conversationId: null,
    payload: { dialog: dialogId, data: {} },
    summaryTokenHash: 'a'.repeat(64),
    referencePrefix: 'DN',
    createdAt: NOW.toISOString(),
    retainUntil: '2027-05-25T09:00:00.000Z',
  };
  return (await store.createSubmission(submission)).record.reference;
}

describe('status lookup in chat', () => {
  it('says that another office\'s number is not one of the city\'s, with the city\'s format, instead of starting a report', async () => {
    const h = await harness();
    const reply = await h.send('Stand meiner Meldung AC-2026-000001');
    expect(reply).toContain('AC-2026-000001 ist keine Vorgangsnummer der Stadt Düren. Unsere Nummern sehen so aus: DN-2026-000123.');
    expect(h.last.dialog).toBeUndefined();
  });

  it('reads a reference written with spaces, slashes, en dashes or no separators', async () => {
    const h = await harness();
    const reference = await stored(h.store, 'maengelmelder');
    const digits = reference.slice(-6);
    for (const written of [`Meldung DN 2026/${digits}`, `Stand DN–2026–${digits}`, `Was ist mit meiner Meldung DN2026${digits}`]) {
      expect(await h.send(written)).toMatch(new RegExp(`${reference} ist am 26\\.11\\.2026 eingegangen`));
      expect(h.last.dialog).toBeUndefined();
    }
  });

  it('reads a reference as callers say it after hearing it spelled: letters apart, letter names, digits as words', async () => {
    const h = await harness();
    const reference = await stored(h.store, 'maengelmelder');
    const digits = reference.slice(-6);
    const words = [...digits].map((d) => ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'][Number(d)]).join(' ');
    for (const said of [`Stand D N 2026 ${digits}`, `De En 2026 ${digits}`, `Status meiner Meldung D N zwei null zwei sechs ${words}`]) {
      expect(await h.send(said)).toMatch(new RegExp(`${reference} ist am 26\\.11\\.2026 eingegangen`));
      expect(h.last.dialog).toBeUndefined();
    }
  });

  it('says that a number with a digit missing is incomplete and how the numbers look', async () => {
    const h = await harness();
    const reply = await h.send('Meldung DN-2026-00001');
    expect(reply).toMatch(/Die Nummer DN-2026-00001 ist unvollständig\. Unsere Nummern sehen so aus: DN-2026-000123/);
    expect(h.last.dialog).toBeUndefined();
  });

  it('asks for the number when a status question has none, in German, English and plain language, and still starts a report for a new problem', async () => {
    const german = await harness();
    expect(await german.send('Was ist mit meiner Meldung?')).toMatch(/Dafür brauche ich Ihre Vorgangsnummer\. .*sieht so aus: DN-2026-000123/);
    expect(german.last.dialog).toBeUndefined();
    expect(await german.send('Wie ist der Stand meines Antrags?')).toMatch(/Vorgangsnummer/);
    const english = await harness();
    expect(await english.send('status of my report')).toMatch(/I need your reference number\. .*looks like this: DN-2026-000123/);
    expect(english.last.dialog).toBeUndefined();
    const plain = await harness();
    const reply = await plain.send('Was ist mit meiner Meldung?', { plainLanguage: true });
    expect(reply).toMatch(/Dafür brauche ich Ihre Nummer\. .*Sie sieht so aus: DN-2026-000123\./);
    expect(reply).not.toMatch(/Vorgangsnummer/);
    // A request to report is no status question; a topic the city answers elsewhere gets its own answer.
    for (const text of ['Ich möchte einen Schaden melden', 'Meldung machen: Laterne kaputt']) {
      const h = await harness();
      await h.send(text);
      expect(h.last.dialog?.id).toBe('maengelmelder');
    }
    const h = await harness();
    expect(await h.send('Wie ist der Stand meines Antrags auf Einbürgerung?')).not.toMatch(/Vorgangsnummer/);
    expect(h.last.intent?.id).toBe('einbuergerung');
  });

  it('names the kind of request in every language and logs the turn under the request\'s own topic', async () => {
    const h = await harness();
    const bulky = await stored(h.store, 'sperrmuell');
    const dog = await stored(h.store, 'hundesteuer');
    expect(await h.send(`Stand ${bulky}`)).toMatch(new RegExp(`Ihr Vorgang „Sperrmüll-Abholung anfragen“ mit der Nummer ${bulky} ist am 26\\.11\\.2026 eingegangen`));
    expect(h.last.intent?.id).toBe('sperrmuell');
    const plain = await h.send(`Stand ${dog}`, { plainLanguage: true });
    expect(plain).toMatch(new RegExp(`Ihre Nummer ${dog} gehört zu: Hund anmelden \\(Hundesteuer\\)\\.`));
    expect(plain).not.toMatch(/Meldung/);
    expect(h.last.intent?.id).toBe('hundesteuer');
    expect(await h.send(`What is the status of ${bulky}?`, { locale: 'en' })).toMatch(/Your request "Request a bulky waste pickup" with the number/);
    const logged = (await h.store.getTranscript(h.conversationId ?? '')).filter((e) => e.role === 'user').map((e) => e.intent);
    expect(logged).toEqual(['sperrmuell', 'hundesteuer', 'sperrmuell']);
  });
});

describe('a status question in the middle of an application', () => {
  it('answers the status and keeps the application at its question', async () => {
    const first = await harness();
    for (const m of ['Laterne kaputt', 'Kölnstraße 12', 'Die Lampe flackert', 'überspringen', 'ja']) await first.send(m);
    const reference = first.last.dialog?.reference ?? '';
    const h = await harness({ store: first.store });
    await h.send('Ich möchte Sperrmüll anmelden');
    await h.send('1 Sofa');
    const reply = await h.send(`Was ist mit meiner Meldung ${reference}?`);
    expect(reply).toMatch(new RegExp(`${reference} ist am 26\\.11\\.2026 eingegangen[\\s\\S]*Danach machen wir mit „Sperrmüll-Abholung anfragen“ weiter`));
    expect(await h.send('Schenkelstraße 12, 52349 Düren')).toMatch(/Abholadresse: Schenkelstraße 12/);
  });
});

describe('what a status lookup says once the office has finished', () => {
  /** The clerk's status, as the staff workspace sets it. */
  async function setProgress(store: SqlStore, reference: string, status: 'done' | 'rejected'): Promise<void> {
    const record = await store.getSubmissionByReference(reference);
    if (!record) throw new Error(`no ${reference}`);
    await createCaseworkRepository(store.db).setStatus(record.id, status, 'new', NOW.toISOString(), 'clara', { at: NOW.toISOString(), userId: null, username: 'clara', action: 'submission.status' });
  }

  it('tells a Wohngeld applicant that the Wohngeldstelle sends a written notice, with its phone, the same for "erledigt" and "abgelehnt"', async () => {
    const h = await harness();
    const rejected = await stored(h.store, 'wohngeld');
    const done = await stored(h.store, 'wohngeld');
    await setProgress(h.store, rejected, 'rejected');
    await setProgress(h.store, done, 'done');
    const german = await h.send(`Stand ${rejected}`);
    expect(german).toContain('Die Entscheidung schickt Ihnen die Wohngeldstelle schriftlich mit einem Bescheid per Post, falls Sie ihn nicht schon haben.');
    expect(german).toContain('Telefon 02421 25-2625 (Mo–Fr 8:00–12:00) oder die Zentrale 02421 25-0');
    expect(german).not.toMatch(/abgelehnt|erledigt/);
    // Anyone who knows a reference may ask: a refusal must not read differently from a grant.
    const lookup = (reply: string) => reply.slice(reply.indexOf('Ihr Vorgang'));
    expect(lookup(await h.send(`Stand ${done}`)).replace(done, rejected)).toBe(lookup(german));
    const english = await h.send(`Status ${rejected}`, { locale: 'en' });
    expect(english).toContain('The Wohngeld office sends you the decision in writing, as a notice (Bescheid) by post');
    expect(english).not.toMatch(/rejected/);
    const plain = await h.send(`Stand ${rejected}`, { plainLanguage: true });
    expect(plain).toContain('Sie bekommen einen Brief mit der Entscheidung. Der Brief heißt Bescheid.');
    expect(plain).toContain('02421 25-2625');
    expect(plain).not.toMatch(/nein gesagt/);
  });

  it('gives the central phone when a request without a notice was not taken further', async () => {
    const h = await harness();
    const report = await stored(h.store, 'maengelmelder');
    await setProgress(h.store, report, 'rejected');
    const reply = await h.send(`Stand ${report}`);
    expect(reply).toContain('Die zuständige Stelle kann ihn so nicht weiterbearbeiten. Warum, erfahren Sie unter Telefon 02421 25-0.');
  });
});
