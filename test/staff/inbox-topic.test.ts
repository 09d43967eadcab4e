/** Tester-i A12: an inbox question is taken over into a topic named by its title, not only by its internal id. */
import { describe, expect, it } from 'vitest';
import type { IntentDefinition } from '../../src/content/schema.js';
import { findTopic, topicNotFound } from '../../src/staff/inbox-topic.js';
import { createContentRepository } from '../../src/staff/store/content-repository.js';
import { createStaffApp, editorOf } from './staff-fixture.js';

const topics: Array<Pick<IntentDefinition, 'id' | 'title' | 'synonyms'>> = [
  { id: 'buergerbuero_info', title: { de: 'Bürgerbüro: Adresse, Öffnungszeiten, Erreichbarkeit', en: 'Citizens office: address, opening hours' }, synonyms: { bürgerbüro: ['bürgeramt'] } },
  { id: 'oepnv', title: { de: 'Bus und Bahn', en: 'Buses and trains' }, synonyms: { fahrplan: ['busfahrplan'] } },
  { id: 'hundesteuer', title: { de: 'Hundesteuer', en: 'Dog tax' }, synonyms: {} },
];

describe('the topic of an inbox take-over', () => {
  it('is found by its id, or by its German or English title in any case, or as "Titel (kennung)"', () => {
    expect(findTopic('hundesteuer', topics).intent?.id).toBe('hundesteuer');
    expect(findTopic('  bürgerbüro: adresse, öffnungszeiten, erreichbarkeit ', topics).intent?.id).toBe('buergerbuero_info');
    expect(findTopic('DOG TAX', topics).intent?.id).toBe('hundesteuer');
    expect(findTopic('Bus und Bahn (oepnv)', topics).intent?.id).toBe('oepnv');
  });

  it('is not guessed from a typo or a word, but the closest topics are suggested', () => {
    const typo = findTopic('hundesteur', topics);
    expect(typo.intent).toBeNull();
    expect(topicNotFound('hundesteur', typo.intent ? [] : typo.suggestions)).toBe('Das Anliegen „hundesteur“ gibt es nicht. Meinten Sie „Hundesteuer“ (hundesteuer)?');
    const word = findTopic('fahrplan', topics);
    expect(word.intent ? [] : word.suggestions.map((t) => t.id)).toEqual(['oepnv']);
    const part = findTopic('Bürgerbüro', topics);
    expect(part.intent ? [] : part.suggestions.map((t) => t.id)).toEqual(['buergerbuero_info']);
    const nothing = findTopic('xyz', topics);
    expect(topicNotFound('xyz', nothing.intent ? [] : nothing.suggestions)).toBe('Das Anliegen „xyz“ gibt es nicht. Wählen Sie eines aus der Liste (Titel oder Kennung) oder legen Sie ein neues an.');
  });

  it('takes a question over into the topic typed by its title, and answers a typo with "Meinten Sie" and the text kept', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    const repo = createContentRepository(app.store.db);
    const row = await repo.draftIntent('hundesteuer');
    if (!row) throw new Error('the fixture draft has hundesteuer');
    const at = new Date().toISOString();
    await repo.saveDraftIntent({ ...row.intent, title: { de: 'Hundesteuer: An- und Abmeldung', en: 'Dog tax' } }, at, 'eddie', { at, userId: null, username: 'eddie', action: 'intent.update' });
    await client.get('/staff/inbox');
    expect(client.lastHtml).toContain('<option value="hundesteuer">Hundesteuer: An- und Abmeldung</option>');

    const typo = await client.post('/staff/inbox/assign', { text: 'wo melde ich meinen welpen an', keys: ['wo melde ich meinen welpen an'], intent: 'Hundesteur' });
    expect(typo.status).toBe(422);
    const html = await typo.text();
    expect(html).toContain('Das Anliegen „Hundesteur“ gibt es nicht. Meinten Sie „Hundesteuer: An- und Abmeldung“ (hundesteuer)?');
    expect(html).toContain('wo melde ich meinen welpen an</textarea>');
    expect(html).toContain('<datalist id="intent-options">');

    const byTitle = await client.post('/staff/inbox/assign', { text: 'wo melde ich meinen welpen an', keys: ['wo melde ich meinen welpen an'], intent: 'hundesteuer: an- und abmeldung' });
    expect(byTitle.status).toBe(303);
    expect((await repo.draftIntent('hundesteuer'))?.intent.examples.de).toContain('wo melde ich meinen welpen an');
  }, 30_000);
});
