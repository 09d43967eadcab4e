/**
 * The inbox and personal data (tester-i B1/B2, tester-j 1/2): editors see citizens' questions redacted, take a
 * question over only after removing what is personal, and nothing an inbox action stores (decisions, audit
 * log) keeps the citizen's words, so erasing the conversation leaves none behind.
 */
import { describe, expect, it } from 'vitest';
import { purgeExpired } from '../../src/store/retention.js';
import { orphanPurge } from '../../src/store/orphan-purge.js';
import { staffPurge } from '../../src/staff/store/staff-repository.js';
import { createStaffApp, editorOf, postChat, type StaffApp } from './staff-fixture.js';

const HEALTH = 'Ich verdiene 2300 brutto und bin HIV-positiv, gibt es Hilfe?';
const ADDICTION = 'Ich bin alkoholabhängig und suche eine Entzugsklinik in der Nähe';
const NAMED = 'hier ist sandra kowalski wegen dem freibad';
const IBAN = 'Meine IBAN DE89 3704 0044 0532 0130 00 wurde doppelt belastet, was nun';

async function stored(app: StaffApp) {
  const decisions = await app.store.db.all<{ text_key: string }>('SELECT text_key FROM staff_inbox_decisions');
  const audit = await app.store.db.all<{ before_json: string | null; after_json: string | null }>("SELECT before_json, after_json FROM staff_audit WHERE action LIKE 'inbox.%'");
  return { decisions: decisions.map((d) => d.text_key), audit: audit.map((a) => `${a.before_json ?? ''} ${a.after_json ?? ''}`).join('\n') };
}

describe('the inbox and personal data', () => {
  it('shows health statements, names and account numbers as placeholders, also in questions stored before the rule existed', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    // The staff fixture stores transcripts without redaction, like rows written before a redaction rule.
    for (const text of [HEALTH, NAMED, IBAN]) await postChat(app, { text });
    await client.get('/staff/inbox');
    expect(client.lastHtml).toContain('bin [GESUNDHEIT], gibt es Hilfe?');
    expect(client.lastHtml).toContain('hier ist [NAME] wegen dem freibad');
    expect(client.lastHtml).toContain('Meine IBAN [IBAN] wurde doppelt belastet');
    expect(client.lastHtml).not.toMatch(/HIV|sandra|kowalski|DE89/i);
    expect(client.lastHtml).toContain('so gut es geht');
  }, 30_000);

  it('offers the question in an editable field and warns before a text with a placeholder is taken over', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await postChat(app, { text: IBAN });
    await client.get('/staff/inbox');
    expect(client.lastHtml).toMatch(/<textarea id="text-0" name="text"[^>]*>Meine IBAN \[IBAN\] wurde doppelt belastet, was nun<\/textarea>/);
    expect(client.lastHtml).toContain('Der Text enthält [IBAN].');
    // A text that cannot be an example as it is does not travel to the new-topic form.
    expect(client.lastHtml).toMatch(/href="\/staff\/intents\/new\?keys=[0-9a-f]{64}"/);
  }, 30_000);

  it('refuses placeholders and names as examples, shows the text again to edit, and takes the edited text', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await postChat(app, { text: IBAN });
    await client.get('/staff/inbox');
    const keys = [...client.lastHtml.matchAll(/name="keys" value="([0-9a-f]{64})"/g)].map((m) => m[1] ?? '');
    expect(keys.length).toBeGreaterThan(0);

    const withToken = await client.post('/staff/inbox/assign', { text: 'Meine IBAN [IBAN] wurde doppelt belastet, was nun', keys, intent: 'reisepass' });
    expect(withToken.status).toBe(422);
    const page = await withToken.text();
    expect(page).toContain('Die Frage wurde nicht übernommen. Der Text enthält [IBAN].');
    expect(page).toMatch(/<textarea id="text-0" name="text"[^>]*aria-invalid="true"[^>]*>Meine IBAN \[IBAN\] wurde doppelt belastet, was nun<\/textarea>/);

    const withName = await client.post('/staff/inbox/out-of-scope', { text: NAMED, keys });
    expect(withName.status).toBe(422);
    expect(await withName.text()).toContain('Name „sandra kowalski“');
    const withHealth = await client.post('/staff/inbox/assign', { text: HEALTH, keys, intent: 'reisepass' });
    expect(await withHealth.text()).toContain('Gesundheitsangabe „HIV-positiv“');

    await client.get('/staff/intents/reisepass');
    expect(client.lastHtml).not.toContain('doppelt belastet');
    const edited = await client.post('/staff/inbox/assign', { text: 'Meine IBAN wurde doppelt belastet, was nun', keys, intent: 'reisepass' });
    expect(edited.status).toBe(303);
    await client.get('/staff/intents/reisepass');
    expect(client.lastHtml).toContain('Meine IBAN wurde doppelt belastet, was nun');
    await client.get('/staff/inbox');
    expect(client.lastHtml).toContain('0 Gruppe(n) offen.');
  }, 30_000);

  it('keeps no citizen text in decisions or the audit log, so an erased conversation leaves nothing behind', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    const ids: string[] = [];
    for (const text of [HEALTH, ADDICTION, 'Wo kann ich mein Fahrrad codieren lassen?']) ids.push((await postChat(app, { text })).conversationId);
    await client.get('/staff/inbox');
    const keysOf = (needle: string) => {
      const group = client.lastHtml.split('<li>').find((part) => part.includes(needle)) ?? '';
      return [...group.matchAll(/name="keys" value="([^"]+)"/g)].map((m) => m[1] ?? '');
    };
    const [healthKeys, addictionKeys, bikeKeys] = [keysOf('[GESUNDHEIT], gibt es Hilfe'), keysOf('suche eine Entzugsklinik'), keysOf('Fahrrad codieren')];
    for (const keys of [healthKeys, addictionKeys, bikeKeys]) expect(keys.every((key) => /^[0-9a-f]{64}$/.test(key))).toBe(true);
    expect((await client.post('/staff/inbox/ignore', { keys: healthKeys })).status).toBe(303);
    expect((await client.post('/staff/inbox/out-of-scope', { text: 'Ich suche eine Entzugsklinik', keys: addictionKeys })).status).toBe(303);
    expect((await client.post('/staff/inbox/assign', { text: 'Wo kann ich mein Fahrrad codieren lassen?', keys: bikeKeys, intent: 'reisepass' })).status).toBe(303);
    for (const id of ids) expect((await app.app.request(`/api/conversations/${id}`, { method: 'DELETE' })).status).toBe(204);

    const { decisions, audit } = await stored(app);
    expect(decisions.length).toBeGreaterThanOrEqual(3);
    for (const key of decisions) expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(audit).not.toMatch(/HIV|verdiene|alkohol|Nähe/i);
    // What the editor approved as an example is content, and the audit names it.
    expect(audit).toContain('Ich suche eine Entzugsklinik');
    await client.get('/staff/inbox');
    expect(client.lastHtml).toContain('0 Gruppe(n) offen.');
  }, 30_000);

  it('drops decisions and audit rows that older versions stored with the question in clear', async () => {
    const app = await createStaffApp();
    const db = app.store.db;
    await db.execScript(`
      INSERT INTO staff_inbox_decisions (text_key, decision, intent_id, decided_at, decided_by) VALUES ('ich bin alkoholabhangig', 'ignored', NULL, '2026-01-01T00:00:00Z', 'eddie');
      INSERT INTO staff_inbox_decisions (text_key, decision, intent_id, decided_at, decided_by) VALUES ('${'a'.repeat(64)}', 'ignored', NULL, '2026-01-01T00:00:00Z', 'eddie');
      INSERT INTO staff_audit (at, user_id, username, action, target, before_json, after_json)
        VALUES ('2026-01-01T00:00:00Z', NULL, 'eddie', 'inbox.ignore', 'inbox', NULL, '{"text":"Ich bin alkoholabhängig","keys":["ich bin alkoholabhangig"]}');`);
    await purgeExpired(db, new Date('2026-01-02T00:00:00Z'), undefined, [orphanPurge, staffPurge]);
    const { decisions, audit } = await stored(app);
    expect(decisions).toEqual(['a'.repeat(64)]);
    expect(audit).not.toContain('alkohol');
    const [row] = await db.all<{ action: string }>("SELECT action FROM staff_audit WHERE action = 'inbox.ignore'");
    expect(row?.action).toBe('inbox.ignore');
  }, 30_000);
});
