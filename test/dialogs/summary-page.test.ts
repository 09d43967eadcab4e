import { describe, expect, it } from 'vitest';
import { renderSummaryPage } from '../../src/dialogs/summary-page.js';
import type { SubmissionRecord } from '../../src/store/submission-repository.js';

const record = (payload: SubmissionRecord['payload']): SubmissionRecord => ({
  id: 'x',
  reference: 'DN-2026-000007',
  type: 'wohngeld',
  dialogId: 'wohngeld',
  idempotencyKey: 'k',
  conversationId: null,
  payload,
  summaryTokenHash: 'h',
  createdAt: '2026-11-26T10:00:00.000Z',
  retainUntil: '2027-05-25T10:00:00.000Z',
});

describe('the printable summary page', () => {
  it('escapes what the citizen typed', () => {
    const html = renderSummaryPage(record({ locale: 'de', title: { de: 'Wohngeld', en: 'Housing benefit' }, summary: [{ label: { de: 'Name', en: 'Name' }, value: '<script>alert(1)</script>' }] }), 'Stadt Düren', 'key');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is in the language of the dialog, with headings and a table with header cells', () => {
    const html = renderSummaryPage(record({ locale: 'en', title: { de: 'Wohngeld', en: 'Housing benefit' }, summary: [{ label: { de: 'Name', en: 'Name' }, value: 'Maria' }], documents: [{ de: 'Ausweis', en: 'ID card' }] }), 'Stadt Düren', 'key');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<h1>Housing benefit: Summary<\/h1>/);
    expect(html).toMatch(/<th scope="col">Item<\/th>/);
    expect(html).toMatch(/<th scope="row">Name<\/th><td>Maria<\/td>/);
    expect(html).toMatch(/<li>ID card<\/li>/);
    expect(html).toMatch(/26\/11\/2026/);
  });

  it('says until when the link works: the end of the retention in Düren time (tester-o E1)', () => {
    const de = renderSummaryPage(record({ locale: 'de', title: { de: 'Wohngeld', en: 'Housing benefit' }, summary: [] }), 'Stadt Düren', 'key');
    expect(de).toContain('und nur bis zum 25.05.2027 um 12:00 Uhr: Dann sind Ihre Angaben hier gelöscht.');
    const en = renderSummaryPage(record({ locale: 'en', title: { de: 'Wohngeld', en: 'Housing benefit' }, summary: [] }), 'Stadt Düren', 'key');
    expect(en).toContain('and only until 25/05/2027, 12:00 (German time)');
  });

  it('links to the page that erases the application, with its key in the fragment only', () => {
    const html = renderSummaryPage(record({ locale: 'de', title: { de: 'Wohngeld', en: 'Housing benefit' }, summary: [] }), 'Stadt Düren', 'k3y&x');
    expect(html).toMatch(/<a href="\/antrag-loeschen#reference=DN-2026-\d{6}&amp;token=k3y%26x">Angaben zu diesem Antrag löschen<\/a>/);
  });
});
