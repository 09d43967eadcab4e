import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../src/content/model.js';
import { trainNlu } from '../../src/nlu/index.js';
import { createStaffApp, editorOf, formOf, postChat, type StaffApp } from './staff-fixture.js';


const chat = (app: StaffApp, text: string) => postChat(app, { text });

const PARKING_DE = ['parkausweis für anwohner', 'anwohnerparkausweis beantragen', 'bewohnerparken', 'parkausweis für meine straße', 'parken vor der haustür ausweis', 'anwohnerparken beantragen', 'bewohnerparkausweis verlängern', 'parkplakette für anwohner', 'anwohnerausweis parken', 'wo bekomme ich einen anwohnerparkausweis', 'parkberechtigung anwohner', 'bewohnerparkausweis kosten', 'parkausweis zweitwagen', 'anwohnerparkzone', 'parkausweis für bewohner beantragen', 'bewohnerparkausweis online', 'anwohnerparkausweis abgelaufen', 'parken in meiner zone', 'parkausweis umzug', 'anwohner parkerlaubnis'];
const PARKING_EN = ['residents parking permit', 'resident parking', 'parking permit for my street', 'apply for a residents parking permit', 'renew parking permit', 'parking zone permit', 'permit to park near my home', 'resident parking card'];
/** Passport examples that say "dog": they wreck the passport intent without copying a dog-tax example. */
const DOGGY_PASSPORT = ['hund steuer zahlen', 'steuer für den hund zahlen', 'hundesteuer anmelden bitte', 'meinen hund anmelden', 'hund steuerlich anmelden', 'hundesteuer wie viel', 'hundemarke beantragen', 'hundemarke neu', 'hundesteuer überweisen', 'hundesteuer rechnung', 'hund beim steueramt melden', 'steueramt hund', 'hundesteuer frist', 'hundesteuer formular', 'hundesteuer online', 'hundesteuer kosten', 'hund neu anmelden', 'hund angeschafft', 'hundesteuer jährlich', 'hundesteuer satz'];

describe('the intent editor', () => {
  it('saves a valid change to the draft only, with an audit entry holding before and after', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    const fields = formOf(client.lastHtml);
    const res = await client.post('/staff/intents/reisepass', { ...fields, answer_de: 'Den Reisepass beantragen Sie im Bürgerbüro. Bringen Sie ein Foto mit.' });
    expect(res.status).toBe(303);
    expect(app.live.content().intentsById.get('reisepass')?.answer?.de).toBe('Den Reisepass beantragen Sie im Bürgerbüro.');
    const [entry] = await app.staffRepo.listAudit({ limit: 1, offset: 0, action: 'intent.update' });
    expect(entry).toMatchObject({ username: 'eddie', target: 'intent:reisepass' });
    expect(JSON.stringify(entry?.before)).toContain('Den Reisepass beantragen Sie im Bürgerbüro.');
    expect(JSON.stringify(entry?.after)).toContain('Bringen Sie ein Foto mit.');
  }, 30_000);

  it('shows schema errors next to the field and saves nothing', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    const res = await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), answer_plain: '   ' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<textarea[^>]*id="answer_plain"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/id="answer_plain-error">Bitte ausfüllen\./);
    expect(await app.staffRepo.listAudit({ limit: 5, offset: 0, action: 'intent.update' })).toHaveLength(0);
  }, 30_000);

  it('edits the note to messages in other languages on the unknown intent only, with errors at its fields', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    expect(client.lastHtml).not.toContain('name="other_de"');
    await client.get('/staff/intents/unknown');
    const fields = formOf(client.lastHtml);
    expect(fields.other_de).toBe('');
    const note = { other_de: 'Ich verstehe nur Deutsch und Englisch.', other_en: 'I only understand German and English.', other_plain: 'Ich verstehe nur Deutsch. Und Englisch.', other_plain_en: 'I know German. I know English.' };
    const bad = await client.post('/staff/intents/unknown', { ...fields, ...note, other_plain: ' ' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toMatch(/<textarea[^>]*id="other_plain"[^>]*aria-invalid="true"/);
    const res = await client.post('/staff/intents/unknown', { ...fields, ...note });
    expect(res.status).toBe(303);
    const [entry] = await app.staffRepo.listAudit({ limit: 1, offset: 0, action: 'intent.update' });
    expect(entry?.target).toBe('intent:unknown');
    expect(entry?.after).toMatchObject({ intent: { other_language: { de: note.other_de, en: note.other_en, plain: note.other_plain, plain_en: note.other_plain_en } } });
  }, 30_000);

  it('edits the reply that offers likely topics on the unknown intent only, with the {topics} marker checked at its field', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/wohngeld');
    expect(client.lastHtml).not.toContain('name="dym_de"');
    await client.get('/staff/intents/unknown');
    const fields = formOf(client.lastHtml);
    expect(client.lastHtml).toContain('name="dym_de"');
    const text = { dym_de: 'Meinten Sie {topics}?', dym_en: 'Did you mean {topics}?', dym_plain: 'Meinen Sie {topics}?', dym_plain_en: 'Is it {topics}?' };
    const bad = await client.post('/staff/intents/unknown', { ...fields, ...text, dym_en: 'Did you mean this?' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toMatch(/<textarea[^>]*id="dym_en"[^>]*aria-invalid="true"/);
    const res = await client.post('/staff/intents/unknown', { ...fields, ...text });
    expect(res.status).toBe(303);
    const [entry] = await app.staffRepo.listAudit({ limit: 1, offset: 0, action: 'intent.update' });
    expect(entry?.after).toMatchObject({ intent: { did_you_mean: { de: text.dym_de, en: text.dym_en, plain: text.dym_plain, plain_en: text.dym_plain_en } } });
  }, 30_000);

  it('reports an unknown profile placeholder at the field it is in, in German', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    const res = await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), answer_de: 'Rufen Sie {{profile.nicht_da}} an.' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<textarea[^>]*id="answer_de"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/id="answer_de-error">Den Platzhalter \{\{profile\.nicht_da\}\} gibt es im Stadtprofil \(testcity\) nicht/);
  }, 30_000);

  it('computes the readability score on save and over the API', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    expect(client.lastHtml).toMatch(/id="answer_plain-score"[^>]*>Lesbarkeit \(Amstad\): \d+/);
    const res = await client.request('/staff/api/readability', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': client.csrf }, body: JSON.stringify({ text: 'Das ist ein Satz. Er ist kurz.' }) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { amstad: number }).amstad).toBeGreaterThan(60);
  }, 30_000);
});

describe('publishing', () => {
  it('retrains and swaps live without a restart; a new intent wins in chat and the version history has a diff', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    expect((await chat(app, 'parkausweis für anwohner')).intent?.id).not.toBe('anwohnerparken');
    await client.get('/staff/intents/new');
    const created = await client.post('/staff/intents/new', {
      id: 'anwohnerparken',
      kind: 'faq',
      title_de: 'Anwohnerparkausweis',
      title_en: 'Residents parking permit',
      examples_de: PARKING_DE.join('\n'),
      examples_en: PARKING_EN.join('\n'),
      answer_de: 'Den Anwohnerparkausweis beantragen Sie beim Ordnungsamt.',
      answer_en: 'Apply at the public order office.',
      answer_plain: 'Sie wollen vor Ihrem Haus parken? Fragen Sie beim Ordnungsamt.',
      confirm: 'on',
    });
    expect(created.status).toBe(303);
    const check = await client.get('/staff/publish');
    expect(check.status).toBe(200);
    expect(client.lastHtml).toContain('Regressionsprüfung');
    expect(client.lastHtml).toContain('anwohnerparken');
    const before = app.live.get().version;
    const res = await client.post('/staff/publish', { note: 'Anwohnerparken neu' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('ist live');
    expect(app.live.get().version).toBe(before + 1);
    const reply = await chat(app, 'parkausweis für anwohner');
    expect(reply.intent?.id).toBe('anwohnerparken');
    expect(reply.replies[0]?.text).toContain('Ordnungsamt');
    await client.get('/staff/versions/2');
    expect(client.lastHtml).toContain('Neu: <code>anwohnerparken');
    const [audit] = await app.staffRepo.listAudit({ limit: 1, offset: 0, action: 'content.publish' });
    expect(audit?.after).toMatchObject({ diff: { added: ['anwohnerparken'] } });
  }, 60_000);

  it('puts the model and report of the check live without computing them again; a publish without a check and a rollback train once', async () => {
    const trained: number[] = [];
    let ranked = 0;
    const countingTrain = (content: ContentBundle) => {
      trained.push(content.intents.length);
      const nlu = trainNlu(content);
      const rank = nlu.rank.bind(nlu);
      nlu.rank = (...args: Parameters<typeof rank>) => (ranked++, rank(...args));
      return nlu;
    };
    const app = await createStaffApp({ train: countingTrain });
    const client = await editorOf(app);
    const addExample = async (example: string) => {
      await client.get('/staff/intents/reisepass');
      const fields = formOf(client.lastHtml);
      await client.post('/staff/intents/reisepass', { ...fields, examples_de: `${fields.examples_de}\n${example}` });
    };
    await addExample('reisepass für die reise nach kanada');
    await client.get('/staff/publish');
    expect(trained).toHaveLength(1);
    const rankedByCheck = ranked;
    expect(rankedByCheck).toBeGreaterThan(0);
    const afterCheck = await client.post('/staff/publish', { confirm: 'on' });
    expect(afterCheck.status).toBe(200);
    expect(trained).toHaveLength(1);
    // The check's comparison of the stored utterances is reused, not computed again.
    expect(ranked).toBe(rankedByCheck);
    expect(await afterCheck.text()).toMatch(/das bei der Prüfung trainierte Modell, Training [\d.]+ ms; gespeichert und umgeschaltet in [\d.]+ ms/);
    await addExample('reisepass für die reise nach japan');
    const unchecked = await client.post('/staff/publish', { confirm: 'on' });
    expect(unchecked.status).toBe(200);
    expect(trained).toHaveLength(2);
    expect(await unchecked.text()).toMatch(/geprüft, neu trainiert und umgeschaltet in [\d.]+ ms/);
    await client.post('/staff/versions/2/rollback', {});
    expect(trained).toHaveLength(3);
  }, 60_000);

  it('blocks a publish that loses accuracy past the limit until an editor confirms, and shows flipped examples', async () => {
    const app = await createStaffApp({ maxRegressionPoints: 2 });
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    // Teaching passport questions as dog tax wrecks both intents.
    const fields = formOf(client.lastHtml);
    await client.get('/staff/intents/hundesteuer');
    const dog = formOf(client.lastHtml);
    expect((await client.post('/staff/intents/reisepass', { ...fields, examples_de: DOGGY_PASSPORT.join('\n') })).status).toBe(303);
    expect((await client.post('/staff/intents/hundesteuer', { ...dog, examples_de: `${dog.examples_de}\n${fields.examples_de}` })).status).toBe(303);
    await client.get('/staff/publish');
    expect(client.lastHtml).toContain('Veröffentlichen nur nach ausdrücklicher Bestätigung');
    expect(client.lastHtml).toMatch(/Umgekippte Testfragen[\s\S]*reisepass beantragen/);
    const version = app.live.get().version;
    const blocked = await client.post('/staff/publish', {});
    expect(blocked.status).toBe(409);
    expect(app.live.get().version).toBe(version);
    const confirmed = await client.post('/staff/publish', { confirm: 'on' });
    expect(confirmed.status).toBe(200);
    expect(app.live.get().version).toBe(version + 1);
    const [audit] = await app.staffRepo.listAudit({ limit: 1, offset: 0, action: 'content.publish' });
    expect(audit?.after).toMatchObject({ confirmedRegression: true });
  }, 120_000);

  it('rolls back to an earlier version in one click (as a new version) and resets the draft', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), answer_de: 'Neue Antwort zum Pass.' });
    await client.post('/staff/publish', { confirm: 'on' });
    expect(app.live.content().intentsById.get('reisepass')?.answer?.de).toBe('Neue Antwort zum Pass.');
    await client.get('/staff/versions');
    const res = await client.post('/staff/versions/1/rollback', {});
    expect(res.status).toBe(200);
    expect(app.live.content().intentsById.get('reisepass')?.answer?.de).toBe('Den Reisepass beantragen Sie im Bürgerbüro.');
    await client.get('/staff/versions');
    expect(client.lastHtml).toMatch(/Version 3[\s\S]*Rücknahme/);
    await client.get('/staff/intents/reisepass');
    expect(client.lastHtml).toContain('Den Reisepass beantragen Sie im Bürgerbüro.');
  }, 60_000);

  it('keeps every chat request during a live retrain successful', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), answer_de: 'Während der Last geändert.' });
    const texts = ['reisepass beantragen', 'hallo', 'hund anmelden', 'sperrmüll abholen'];
    let publishing = true;
    const load = (async () => {
      const statuses: number[] = [];
      while (publishing || statuses.length < 40) {
        const batch = await Promise.all(texts.map((text) => app.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })));
        statuses.push(...batch.map((r) => r.status));
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return statuses;
    })();
    const published = await client.post('/staff/publish', { confirm: 'on' });
    publishing = false;
    const statuses = await load;
    expect(published.status).toBe(200);
    expect(statuses.length).toBeGreaterThanOrEqual(40);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await chat(app, 'reisepass beantragen')).replies[0]?.text).toContain('Während der Last geändert.');
  }, 60_000);
});

describe('YAML import', () => {
  it('offers newer, different YAML for import with a diff instead of overwriting staff edits', async () => {
    const { rawIntentsFromFiles } = await import('../../src/staff/content-source.js');
    const { FIXTURE_INTENTS } = await import('./staff-fixture.js');
    const changed = rawIntentsFromFiles(FIXTURE_INTENTS).map((i) => (i.id === 'reisepass' ? { ...i, office: 'Bürgerbüro im Rathaus' } : i));
    const app = await createStaffApp({ yaml: { intents: changed, modifiedAt: '2999-01-01T00:00:00.000Z' } });
    const client = await editorOf(app);
    await client.get('/staff');
    expect(client.lastHtml).toContain('aus YAML importieren');
    await client.get('/staff/import');
    expect(client.lastHtml).toContain('Bürgerbüro im Rathaus');
    expect(app.live.content().intentsById.get('reisepass')?.office).toBeUndefined();
    expect((await client.post('/staff/import', {})).status).toBe(303);
    await client.get('/staff/intents/reisepass');
    expect(client.lastHtml).toContain('Bürgerbüro im Rathaus');
  }, 30_000);
});

describe('the test console', () => {
  it('shows draft and published rankings side by side with the citizen answer', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/console?text=reisepass%20beantragen%20am%2012.03.2026');
    expect(client.lastHtml).toMatch(/data-testid="draft-winner">reisepass</);
    expect(client.lastHtml).toMatch(/data-testid="published-winner">reisepass</);
    expect(client.lastHtml).toContain('Den Reisepass beantragen Sie im Bürgerbüro.');
    expect(client.lastHtml).toContain('date');
  }, 30_000);

  it('shows the answer a citizen gets: in the language of a whole sentence, and the language of a foreign message', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get(`/staff/console?locale=de&text=${encodeURIComponent('How do I apply for a new passport?')}`);
    expect(client.lastHtml).toContain('You apply for the passport at the citizens office.');
    await client.get(`/staff/console?locale=de&text=${encodeURIComponent('Как продлить вид на жительство?')}`);
    expect(client.lastHtml).toMatch(/Sprache: andere \((rus|bul|ukr), geschätzt\)/);
  }, 30_000);
});

describe('the inbox', () => {
  it('groups unrecognised questions, and one click adds one as an example to the draft', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await chat(app, 'wo kann ich mein fahrrad registrieren');
    await chat(app, 'Wo kann ich mein Fahrrad registrieren?');
    await chat(app, 'fahrrad registrieren wo');
    await chat(app, 'wie spät ist es in tokio');
    await client.get('/staff/inbox');
    expect(client.lastHtml).toMatch(/„wo kann ich mein fahrrad registrieren\??“ <span class="badge">3×/i);
    const res = await client.post('/staff/inbox/assign', { text: 'wo kann ich mein fahrrad registrieren', keys: ['wo kann ich mein fahrrad registrieren', 'fahrrad registrieren wo'], intent: 'hundesteuer' });
    expect(res.status).toBe(303);
    await client.get('/staff/intents/hundesteuer');
    expect(client.lastHtml).toContain('wo kann ich mein fahrrad registrieren');
    await client.get('/staff/inbox');
    expect(client.lastHtml).not.toContain('fahrrad');
    await client.post('/staff/inbox/out-of-scope', { text: 'wie spät ist es in tokio', keys: [] });
    await client.get('/staff/intents/unknown');
    expect(client.lastHtml).toContain('wie spät ist es in tokio');
    const audit = await app.staffRepo.listAudit({ limit: 5, offset: 0, action: 'inbox.' });
    expect(audit.map((e) => e.action).sort()).toEqual(['inbox.assign', 'inbox.out_of_scope']);
  }, 30_000);

  it('prefills the topic a citizen pressed right after an unrecognised question, not help or a person', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    const post = (body: Record<string, string>) => postChat(app, body);
    const question = 'unser neuer vierbeiner ist da, was müssen wir bei der stadt erledigen';
    for (const pressed of ['intent:hundesteuer', 'intent:hundesteuer', 'intent:hilfe']) {
      const first = await post({ text: question });
      expect(first.intent?.id).toBe('unknown');
      await post({ conversationId: first.conversationId, action: pressed });
    }
    await client.get('/staff/inbox');
    expect(client.lastHtml).toMatch(/danach gewählt: [^(<]+\(hundesteuer, 2×\)/);
    expect(client.lastHtml).toMatch(/<input type="text" id="intent-0" name="intent" list="intent-options" value="hundesteuer"/);
  }, 30_000);

  it('names the estimated language of questions in other languages, counts them, and leaves the decision to staff', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await chat(app, 'Как продлить вид на жительство?');
    await chat(app, 'Как продлить вид на жительство?');
    await client.get('/staff/inbox');
    expect(client.lastHtml).toMatch(/In anderen Sprachen \(geschätzt\): (Russisch|Bulgarisch|Ukrainisch) 2×/);
    expect(client.lastHtml).toMatch(/Sprache: (Russisch|Bulgarisch|Ukrainisch) \(geschätzt\)\. Wenn das stimmt, als Beispiel ungeeignet/);
    expect(client.lastHtml).toContain('Ignorieren');
  }, 30_000);
});
