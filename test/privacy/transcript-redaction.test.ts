/** The composed app stores transcripts only after PII redaction: what a citizen types never reaches the database in clear. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composedApp, type ComposedApp } from '../support/composed-app.js';

let app: ComposedApp;
beforeAll(async () => {
  app = await composedApp();
});
afterAll(async () => app?.close());

const MESSAGES = [
  'Meine E-Mail ist erika.mustermann@example.org, bitte melden Sie sich',
  'Rufen Sie mich an unter 0171 2345678',
  'Meine IBAN ist DE89 3704 0044 0532 0130 00',
  'Ich heiße Erika Mustermann und wohne in der Hauptstraße 12, 52349 Düren',
  'Ich bin am 12.03.1985 geboren, was kostet ein Personalausweis?',
  // Health data (Art. 9), a name after a title and an insurance number (tester-j 1, tester-i B1).
  'Ich verdiene 2300 brutto und bin HIV-positiv, gibt es Hilfe?',
  'Ich, Dr. Jürgen Bauer-Schulte, möchte das Hallenbad mieten',
  'Versichertennummer A123456789 bei der AOK, wer zahlt meine Brille',
];
const CLEAR = [/erika\.mustermann@example\.org/, /0171 ?2345678/, /DE89 ?3704/, /Mustermann/, /Hauptstraße 12/, /12\.03\.1985/, /HIV/, /Bauer-Schulte/, /A123456789/];

describe('transcripts', () => {
  it('hold no e-mail, phone, IBAN, name, street address, birth date, insurance number or health statement, while the turn still gets an answer', async () => {
    let conversationId: string | undefined;
    for (const text of MESSAGES) {
      const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...(conversationId ? { conversationId } : {}), text }) });
      expect(res.status).toBe(200);
      conversationId = ((await res.json()) as { conversationId: string }).conversationId;
    }
    const stored = await app.node.store.db.all<{ text: string }>("SELECT text FROM transcript WHERE role = 'user'");
    expect(stored).toHaveLength(MESSAGES.length);
    for (const { text } of stored) for (const pattern of CLEAR) expect(text).not.toMatch(pattern);
    expect(stored.map((r) => r.text).join(' ')).toMatch(/\[[A-ZÄÖÜ-]+\]/);
    // The citizen's own download (Art. 15) shows the same redacted text.
    const download = (await (await app.request(`/api/conversations/${conversationId}`)).json()) as { messages: Array<{ text: string }> };
    for (const message of download.messages) for (const pattern of CLEAR) expect(message.text).not.toMatch(pattern);
  });
});
