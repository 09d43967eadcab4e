/** tester-i A4: "Zurück auf Version N" takes back what was published, not colleagues' unpublished draft work. */
import { describe, expect, it } from 'vitest';
import { rebaseDraft } from '../../src/staff/draft-rebase.js';
import type { IntentDefinition } from '../../src/content/schema.js';
import { createStaffApp, editorOf, formOf } from './staff-fixture.js';

const intent = (id: string, answer: string) => ({ id, answer: { de: answer } }) as unknown as IntentDefinition;

describe('a rollback', () => {
  it('keeps the draft’s unpublished changes on top of the restored version and says so before and after', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), answer_de: 'Neue Antwort zum Pass.' });
    await client.post('/staff/publish', { confirm: 'on' });
    // Unpublished work after version 2: a changed answer.
    await client.get('/staff/intents/hundesteuer');
    await client.post('/staff/intents/hundesteuer', { ...formOf(client.lastHtml), answer_de: 'Die Hundesteuer melden Sie beim Steueramt an. ENTWURF.' });

    await client.get('/staff/versions');
    expect(client.lastHtml).toContain('Die 1 unveröffentlichte(n) Änderung(en) im Entwurf (hundesteuer; von eddie) bleiben im Entwurf erhalten.');
    expect(client.lastHtml).toMatch(/data-confirm="Version 1 wieder veröffentlichen\? Die 1 unveröffentlichte/);

    const res = await client.post('/staff/versions/1/rollback', {});
    expect(await res.text()).toContain('plus die 1 unveröffentlichte(n) Änderung(en) von vorher (hundesteuer)');
    expect(app.live.content().intentsById.get('reisepass')?.answer?.de).toBe('Den Reisepass beantragen Sie im Bürgerbüro.');
    expect(app.live.content().intentsById.get('hundesteuer')?.answer?.de).toBe('Die Hundesteuer melden Sie beim Steueramt an.');
    await client.get('/staff/intents/hundesteuer');
    expect(client.lastHtml).toContain('ENTWURF.');
    await client.get('/staff/intents/reisepass');
    expect(client.lastHtml).toContain('Den Reisepass beantragen Sie im Bürgerbüro.');
    const [audit] = await app.staffRepo.listAudit({ limit: 1, offset: 0, action: 'content.rollback' });
    expect(audit?.after).toMatchObject({ keptDraftChanges: ['hundesteuer'] });
  }, 90_000);

  it('keeps only the fields the draft changed since the publish, so a taken-over example does not bring back the answer rolled back (re-test N3)', () => {
    const published = [{ ...intent('a', 'falsche Zeiten'), examples: { de: ['x'], en: ['y'] } }];
    const restored = [{ ...intent('a', 'richtige Zeiten'), examples: { de: ['x'], en: ['y'] } }];
    const draft = [{ ...intent('a', 'falsche Zeiten'), examples: { de: ['x', 'neu aus dem Posteingang'], en: ['y'] } }];
    const [merged] = rebaseDraft(restored, published, draft).draft;
    expect(merged?.answer?.de).toBe('richtige Zeiten');
    expect(merged?.examples.de).toEqual(['x', 'neu aus dem Posteingang']);
  });

  it('rebases by intent: changed and added intents stay, removed ones stay removed', () => {
    const published = [intent('a', 'a2'), intent('b', 'b2'), intent('c', 'c1')];
    const restored = [intent('a', 'a1'), intent('b', 'b1'), intent('c', 'c1')];
    const draft = [intent('a', 'a2'), intent('b', 'b3'), intent('d', 'd1')];
    const result = rebaseDraft(restored, published, draft);
    expect(result.kept).toEqual(['b', 'c', 'd']);
    expect(result.draft.map((x) => `${x.id}:${x.answer?.de}`)).toEqual(['a:a1', 'b:b3', 'd:d1']);
  });
});
