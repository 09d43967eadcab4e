/** Session 17 (tester-i A2, A3, A6, A7): what the editor refuses, warns about and shows beside the answer fields. */
import { describe, expect, it } from 'vitest';
import { readabilitySummary } from '../../src/staff/intent-form.js';
import { createStaffApp, editorOf, formOf } from './staff-fixture.js';

const fieldError = (html: string, field: string) => new RegExp(`id="${field}-error">([^<]*)<`).exec(html)?.[1] ?? '';
const fieldWarning = (html: string, field: string) => new RegExp(`id="${field}-warning">([^<]*)<`).exec(html)?.[1] ?? '';

describe('the intent editor', () => {
  it('refuses a placeholder with single braces, which citizens would read as it is', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    const res = await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), answer_de: 'Den Reisepass beantragen Sie im Bürgerbüro. Telefon: {profile.phone_central}.' });
    expect(res.status).toBe(422);
    expect(fieldError(await res.text(), 'answer_de')).toBe('Platzhalter mit nur einer geschweiften Klammer: „{profile.phone_central}“. Schreiben Sie ihn so: {{profile.phone_central}}, mit zwei Klammern auf beiden Seiten.');
  }, 30_000);

  it('refuses a profile key written without braces, and leaves a link that only looks like one', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    const fields = formOf(client.lastHtml);
    const res = await client.post('/staff/intents/reisepass', { ...fields, answer_de: 'Den Reisepass beantragen Sie im Bürgerbüro. Telefon: (profile.phone_central).' });
    expect(res.status).toBe(422);
    expect(fieldError(await res.text(), 'answer_de')).toBe('Platzhalter ohne geschweifte Klammern: „profile.phone_central“. Schreiben Sie ihn so: {{profile.phone_central}}, mit zwei Klammern auf beiden Seiten.');
    await client.get('/staff/intents/reisepass');
    const ok = await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), answer_de: 'Den Reisepass beantragen Sie im Bürgerbüro. Mehr unter {{profile.website}}/profile.html.' });
    expect(fieldError(await ok.text(), 'answer_de')).not.toContain('ohne geschweifte Klammern');
  }, 30_000);

  it('refuses an invented e-mail address and street, and warns when a verified fee belongs to another topic', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/personalausweis');
    const fields = formOf(client.lastHtml);
    const refused = await client.post('/staff/intents/personalausweis', { ...fields, answer_de: 'Kommen Sie in die Kaiserstraße 12 oder schreiben Sie an ausweis@example.org.' });
    expect(refused.status).toBe(422);
    const error = fieldError(await refused.text(), 'answer_de');
    expect(error).toContain('Adresse „Kaiserstraße 12“ steht nicht in den geprüften Fakten');
    expect(error).toContain('E-Mail-Adresse „ausweis@example.org“ steht nicht in den geprüften Fakten');

    // 70 € is verified, but as the passport fee: the save goes through with advice at the field.
    const saved = await client.post('/staff/intents/personalausweis', { ...fields, answer_de: 'Den Ausweis beantragen Sie im Bürgerbüro. Er kostet 70 €.' });
    expect(saved.status).toBe(303);
    await client.get('/staff/intents/personalausweis?saved=1');
    expect(fieldWarning(client.lastHtml, 'answer_de')).toContain('Hinweis: Betrag „70“ steht in den geprüften Fakten nur bei „Reisepass fee“. Passt die Angabe zu diesem Anliegen?');
  }, 30_000);

  it('scores readability on the text citizens read, with placeholders filled in, on the page and over the API', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    const text = 'Wir helfen gern. Rufen Sie {{profile.phone_central}} an. Oder lesen Sie {{profile.website}}.';
    const resolved = 'Wir helfen gern. Rufen Sie 01234 5-0 an. Oder lesen Sie https://www.example.org.';
    const expected = readabilitySummary(resolved)?.summary;
    expect(expected).not.toBe(readabilitySummary(text)?.summary);
    await client.get('/staff/intents/reisepass');
    const api = await client.request('/staff/api/readability', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': client.csrf }, body: JSON.stringify({ text }) });
    expect(((await api.json()) as { summary: string }).summary).toBe(expected);
    await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), answer_plain: text });
    await client.get('/staff/intents/reisepass');
    expect(new RegExp(`id="answer_plain-score"[^>]*>([^<]*)<`).exec(client.lastHtml)?.[1]).toBe(expected);
  }, 30_000);

  it('normalises text pasted from Word: line separators, tabs, soft hyphens and zero-width spaces (tester-i A11)', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    const pasted = 'Bitte bringen Sie mit:\r\n•\tIhren alten Reise\u00adpass\u2028•\tein Foto\u200b.';
    expect((await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), answer_de: pasted })).status).toBe(303);
    await client.get('/staff/intents/reisepass');
    expect(formOf(client.lastHtml).answer_de).toBe('Bitte bringen Sie mit:\n• Ihren alten Reisepass\n• ein Foto.');
  }, 30_000);

  it('shows the value behind each placeholder beside the field, and resolved offices in the list', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/unknown');
    expect(client.lastHtml).toMatch(/<dt><code>\{\{profile\.phone_central\}\}<\/code><\/dt><dd>01234 5-0<\/dd>/);
    await client.get('/staff/intents/reisepass');
    expect((await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), office: 'Bürgerbüro, Telefon {{profile.phone_central}}' })).status).toBe(303);
    await client.get('/staff/intents');
    expect(client.lastHtml).toContain('<td>Bürgerbüro, Telefon 01234 5-0</td>');
  }, 30_000);
});
