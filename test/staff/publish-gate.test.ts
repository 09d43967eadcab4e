/** What stops a publish: a broken content rule (always), and a regression overall or in one intent (until confirmed). */
import { describe, expect, it } from 'vitest';
import type { IntentDefinition } from '../../src/content/schema.js';
import type { Nlu } from '../../src/core/ports.js';
import { compareVersions, type CrossValidation } from '../../src/staff/regression.js';
import { createContentRepository } from '../../src/staff/store/content-repository.js';
import { createStaffApp, editorOf, formOf } from './staff-fixture.js';

const intentsWith = (counts: Record<string, number>) =>
  Object.entries(counts).map(([id, n]) => ({ id, examples: { de: Array.from({ length: n }, (_, i) => `${id}${i}`), en: [] } })) as unknown as IntentDefinition[];

/** A model that answers each example with the intent its text starts with, except where `wrong` says otherwise. */
function fakeNlu(wrong: Record<string, string> = {}): Nlu {
  const rank = (text: string) => ({ intents: [{ id: wrong[text] ?? text.replace(/\d+$/, ''), confidence: 1 }] });
  return { parse: rank, rank } as unknown as Nlu;
}

const cv = (accuracy: number, recall: Record<string, number>): CrossValidation => ({ accuracy, recall, support: {}, total: 100 });

describe('the regression gate', () => {
  it('asks for the confirmation when one intent loses more than 10 points by cross-validation, though the average stays within the limit', async () => {
    const intents = intentsWith({ a: 10, b: 90 });
    const report = await compareVersions({ publishedIntents: intents, draftIntents: intents, publishedCv: cv(0.95, { a: 1, b: 0.94 }), draftCv: cv(0.94, { a: 0.85, b: 0.94 }), publishedNlu: fakeNlu(), draftNlu: fakeNlu(), maxLossPoints: 2 }, async () => {});
    expect(report.lossPoints).toBe(1);
    expect(report.collapsed).toEqual([{ intent: 'a', before: 1, after: 0.85, deltaPoints: -15, measure: 'cv' }]);
    expect(report.blocked).toBe(true);
  });

  it('asks for the confirmation when the stored examples of one intent collapse, and not for a drop of 10 points or less', async () => {
    const intents = intentsWith({ a: 4, b: 96, c: 10 });
    const same = cv(0.95, { a: 1, b: 1, c: 1 });
    const report = await compareVersions({ publishedIntents: intents, draftIntents: intents, publishedCv: same, draftCv: same, publishedNlu: fakeNlu(), draftNlu: fakeNlu({ a0: 'b', c0: 'b' }), maxLossPoints: 5 }, async () => {});
    expect(report.lossPoints).toBeLessThan(5);
    expect(report.collapsed).toEqual([{ intent: 'a', before: 1, after: 0.75, deltaPoints: -25, measure: 'stored' }]);
    expect(report.blocked).toBe(true);
  });
});

describe('publishing', () => {
  it('refuses a draft that breaks a content rule, even when confirmed, and names the intent and the rule', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    // A draft from before the editor checked (or a YAML import): an invented phone number.
    const repo = createContentRepository(app.store.db);
    const passport = (await repo.draft()).find((d) => d.intent.id === 'reisepass')?.intent;
    if (!passport?.answer) throw new Error('the fixture draft has a passport answer');
    const at = new Date().toISOString();
    await repo.saveDraftIntent({ ...passport, answer: { ...passport.answer, de: 'Rufen Sie 02421 999999 an.' } }, at, 'eddie', { at, userId: null, username: 'eddie', action: 'intent.update' });
    await client.get('/staff/publish');
    expect(client.lastHtml).toMatch(/kann so nicht veröffentlicht werden[\s\S]*reisepass<\/a> \(answer\.de\): Telefonnummer „02421 999999“ steht nicht in den geprüften Fakten/);
    expect(client.lastHtml).not.toContain('Jetzt veröffentlichen');
    const version = app.live.get().version;
    const res = await client.post('/staff/publish', { confirm: 'on' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Telefonnummer „02421 999999“');
    expect(app.live.get().version).toBe(version);
  }, 30_000);

  it('shows the intent that collapses and publishes it only after the explicit confirmation, however high the overall limit', async () => {
    const app = await createStaffApp({ maxRegressionPoints: 100 });
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    const passport = formOf(client.lastHtml);
    // Passport examples that speak of identity cards: the passport intent no longer knows its own questions.
    const idCards = Array.from({ length: 20 }, (_, i) => `ausweis für erwachsene fall ${i + 1}`);
    expect((await client.post('/staff/intents/reisepass', { ...passport, examples_de: idCards.join('\n') })).status).toBe(303);
    await client.get('/staff/publish');
    expect(client.lastHtml).toMatch(/Einzelne Anliegen werden um mehr als 10 Prozentpunkte schlechter erkannt:[\s\S]*data-testid="collapsed">[^<]*reisepass \(/);
    const version = app.live.get().version;
    expect((await client.post('/staff/publish', {})).status).toBe(409);
    expect(app.live.get().version).toBe(version);
    expect((await client.post('/staff/publish', { confirm: 'on' })).status).toBe(200);
    expect(app.live.get().version).toBe(version + 1);
  }, 60_000);
});
