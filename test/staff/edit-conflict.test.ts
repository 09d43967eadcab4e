/** Two editors on one answer (tester-i A1): the later save from an older form is refused, never a silent overwrite. */
import { describe, expect, it } from 'vitest';
import { createContentRepository, StaleDraftError } from '../../src/staff/store/content-repository.js';
import { createStaffApp, editorOf, formOf, StaffClient, type StaffApp } from './staff-fixture.js';

const tokenOf = (html: string) => /name="draft_token" value="([^"]*)"/.exec(html)?.[1];

async function secondEditor(app: StaffApp): Promise<StaffClient> {
  await app.addUser('karla', ['editor']);
  const client = new StaffClient(app.app, { 'x-test-client': 'client-b' });
  await client.login('karla');
  return client;
}

describe('two editors on the same intent', () => {
  it('refuses the second save from an out-of-date form, keeps its input and shows the colleague’s stored text', async () => {
    const app = await createStaffApp();
    const schmitz = await editorOf(app);
    const weber = await secondEditor(app);
    await schmitz.get('/staff/intents/reisepass');
    await weber.get('/staff/intents/reisepass');
    const schmitzForm: Record<string, string> = { ...formOf(schmitz.lastHtml), draft_token: tokenOf(schmitz.lastHtml) ?? '' };
    const weberForm: Record<string, string> = { ...formOf(weber.lastHtml), draft_token: tokenOf(weber.lastHtml) ?? '' };
    expect(schmitzForm.draft_token).not.toBe('');

    const first = await schmitz.post('/staff/intents/reisepass', { ...schmitzForm, answer_de: 'Den Reisepass beantragen Sie im Bürgerbüro. ÄNDERUNG-VON-SCHMITZ.' });
    expect(first.status).toBe(303);
    const examples = `${weberForm.examples_de}\nschlüssel im bus verloren`;
    const second = await weber.post('/staff/intents/reisepass', { ...weberForm, examples_de: examples });
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('Nicht gespeichert: eddie hat dieses Anliegen am');
    expect(formOf(html).examples_de).toBe(examples);
    expect(html).toContain('Gespeichert von eddie:');
    expect(html).toContain('ÄNDERUNG-VON-SCHMITZ.');

    const stored = await createContentRepository(app.store.db).draftIntent('reisepass');
    expect(stored?.intent.answer?.de).toContain('ÄNDERUNG-VON-SCHMITZ.');
    expect(stored?.intent.examples.de).not.toContain('schlüssel im bus verloren');
    const audit = await app.staffRepo.listAudit({ limit: 5, offset: 0, action: 'intent.update' });
    expect(audit.map((entry) => entry.username)).toEqual(['eddie']);

    // The refused page carries the stored state: saving it again is a decision, and it goes through.
    const again = await weber.post('/staff/intents/reisepass', { ...formOf(html), draft_token: tokenOf(html) ?? '' });
    expect(again.status).toBe(303);
  }, 30_000);

  it('after the conflict, fields the second editor did not change take the colleague’s text, so saving again keeps both changes', async () => {
    const app = await createStaffApp();
    const schmitz = await editorOf(app);
    const weber = await secondEditor(app);
    await schmitz.get('/staff/intents/reisepass');
    await weber.get('/staff/intents/reisepass');
    const loadedOf = (html: string) => /name="loaded_fields" value="([^"]*)"/.exec(html)?.[1] ?? '';
    const weberForm: Record<string, string> = { ...formOf(weber.lastHtml), draft_token: tokenOf(weber.lastHtml) ?? '', loaded_fields: loadedOf(weber.lastHtml) };
    expect(weberForm.loaded_fields).not.toBe('');

    const schmitzForm: Record<string, string> = { ...formOf(schmitz.lastHtml), draft_token: tokenOf(schmitz.lastHtml) ?? '', loaded_fields: loadedOf(schmitz.lastHtml) };
    expect((await schmitz.post('/staff/intents/reisepass', { ...schmitzForm, answer_de: 'Den Reisepass beantragen Sie im Bürgerbüro. ÄNDERUNG-VON-SCHMITZ.' })).status).toBe(303);
    // The browser sends line ends as CRLF: an untouched field still counts as untouched.
    const examples = `${weberForm.examples_de}\nschlüssel im bus verloren`.replace(/\n/g, '\r\n');
    const second = await weber.post('/staff/intents/reisepass', { ...weberForm, examples_de: examples, answer_en: `${weberForm.answer_en}\r\n` });
    expect(second.status).toBe(409);
    const html = await second.text();
    const form = formOf(html);
    expect(form.answer_de).toContain('ÄNDERUNG-VON-SCHMITZ.');
    expect(form.examples_de).toContain('schlüssel im bus verloren');
    expect(html).toContain('Felder, die Sie nicht geändert hatten, zeigen jetzt die gespeicherte Fassung von eddie: Antwort Deutsch.');
    expect(html).toContain('Ihre Änderungen stehen weiter im Formular: Beispiele Deutsch.');

    // Saving the page as it stands is a save against Schmitz's version: both changes survive.
    const again = await weber.post('/staff/intents/reisepass', { ...form, draft_token: tokenOf(html) ?? '', loaded_fields: loadedOf(html) });
    expect(again.status).toBe(303);
    const stored = await createContentRepository(app.store.db).draftIntent('reisepass');
    expect(stored?.intent.answer?.de).toContain('ÄNDERUNG-VON-SCHMITZ.');
    expect(stored?.intent.examples.de).toContain('schlüssel im bus verloren');
  }, 30_000);

  it('keeps the second editor’s input where both changed the same field, and shows both texts', async () => {
    const app = await createStaffApp();
    const schmitz = await editorOf(app);
    const weber = await secondEditor(app);
    await schmitz.get('/staff/intents/reisepass');
    await weber.get('/staff/intents/reisepass');
    const loadedOf = (html: string) => /name="loaded_fields" value="([^"]*)"/.exec(html)?.[1] ?? '';
    const schmitzForm: Record<string, string> = { ...formOf(schmitz.lastHtml), draft_token: tokenOf(schmitz.lastHtml) ?? '', loaded_fields: loadedOf(schmitz.lastHtml) };
    const weberForm: Record<string, string> = { ...formOf(weber.lastHtml), draft_token: tokenOf(weber.lastHtml) ?? '', loaded_fields: loadedOf(weber.lastHtml) };
    expect((await schmitz.post('/staff/intents/reisepass', { ...schmitzForm, answer_de: 'Fassung von Schmitz.' })).status).toBe(303);
    const second = await weber.post('/staff/intents/reisepass', { ...weberForm, answer_de: 'Fassung von Weber.' });
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(formOf(html).answer_de).toBe('Fassung von Weber.');
    expect(html).toContain('Gespeichert von eddie:');
    expect(html).toContain('Fassung von Schmitz.');
  }, 30_000);

  it('fails a save whose stored row changed between reading and writing, and writes nothing', async () => {
    const app = await createStaffApp();
    const repo = createContentRepository(app.store.db);
    const row = await repo.draftIntent('hundesteuer');
    if (!row) throw new Error('fixture has hundesteuer');
    const audit = { at: new Date().toISOString(), userId: null, username: 'test', action: 'intent.update' };
    await repo.saveDraftIntent({ ...row.intent, office: 'Steueramt' }, audit.at, 'a', audit, [], { definition: row.definition });
    await expect(repo.saveDraftIntent({ ...row.intent, office: 'Kasse' }, audit.at, 'b', audit, [], { definition: row.definition })).rejects.toBeInstanceOf(StaleDraftError);
    expect((await repo.draftIntent('hundesteuer'))?.intent.office).toBe('Steueramt');
    await expect(repo.saveDraftIntent({ ...row.intent, id: 'hundesteuer' }, audit.at, 'c', audit, [], { definition: null })).rejects.toBeInstanceOf(StaleDraftError);
  }, 30_000);
});
