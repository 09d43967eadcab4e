/** Session 18 (re-test N5, tester-i A8): advice on typed facts, on the publish page too, and answers in the wrong language. */
import { describe, expect, it } from 'vitest';
import { profileSchema, type IntentDefinition } from '../../src/content/schema.js';
import { readContentFiles } from '../../src/runtime/node/content-fs.js';
import { PROJECT_ROOT } from '../../src/runtime/node/open-store.js';
import { rawIntentsFromFiles } from '../../src/staff/content-source.js';
import { languageFindings } from '../../src/staff/editorial-advice.js';
import { checkDraft } from '../../src/staff/editorial-check.js';
import { createStaffApp, editorOf, FIXTURE_FACTS, formOf } from './staff-fixture.js';

const profile = profileSchema.parse({
  id: 'testcity',
  name: 'Stadt Teststadt',
  values: {
    website: 'https://www.example.org',
    phone_central: '01234 5-0',
    buergerbuero_hours_de: 'Mo und Di 7:30–13:00, 1. und 3. Samstag im Monat 8:00–12:00',
    buergerbuero_hours_en: 'Mon and Tue 7:30–13:00, 1st and 3rd Saturday 8:00–12:00',
    wohngeld_phone_hours_de: 'Mo–Fr 8:00–12:00',
  },
});
const FACTS = `${FIXTURE_FACTS}| Bürgerbüro hours | Mo und Di 7:30–13:00, Sa 8:00–12:00 |\n| Wohngeld phone hours | Mo–Fr 8:00–12:00 |\n`;

function intent(id: string, title: string, answer: Partial<NonNullable<IntentDefinition['answer']>> = {}): IntentDefinition {
  const examples = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} frage nummer ${i + 1}`);
  return {
    id,
    kind: 'faq',
    title: { de: title, en: title },
    examples: { de: examples(id, 20), en: examples(`${id} en`, 8) },
    synonyms: {},
    answer: { de: 'Das geht im Rathaus.', en: 'At the town hall.', plain: 'Gehen Sie zum Rathaus.', ...answer },
    links: [],
    suggestions: [],
    confirm: false,
    facts: [],
  };
}

describe('answers in the wrong language', () => {
  it('refuses an English answer written in German, with the placeholders left out of the count', () => {
    const german = intent('buergerbuero_info', 'Bürgerbüro', { en: 'Das Bürgerbüro ist hier: {{profile.website}}. Bitte prüfen Sie die Zeiten auf {{profile.website}}.' });
    const findings = checkDraft([german], profile, FACTS, german.id).findings.filter((f) => f.path === 'answer.en');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^Dieser Text ist auf Deutsch geschrieben \(7 deutsche und 0 englische Funktionswörter .*\), das Feld ist für Englisch\./) }),
    ]);
  });

  it('refuses a German answer written in English, and only hints at a text with a weak lead of the other language', () => {
    const english = intent('reisepass', 'Reisepass', { de: 'You apply for the passport at the town hall. Please bring your old passport.' });
    expect(languageFindings(english)).toEqual([expect.objectContaining({ path: 'answer.de', severity: 'error', message: expect.stringContaining('auf Englisch geschrieben') })]);
    const mixed = intent('reisepass', 'Reisepass', { en: 'Passport: please book a Termin, bitte with your photo.' });
    expect(languageFindings(mixed)).toEqual([]);
    const weak = intent('reisepass', 'Reisepass', { en: 'Passport: bitte mit Foto und Termin, at the office.' });
    expect(languageFindings(weak)).toEqual([expect.objectContaining({ path: 'answer.en', severity: 'warning', advice: true, message: expect.stringMatching(/^Hinweis: Dieser Text ist vielleicht auf Deutsch geschrieben/) })]);
  });

  it('finds no answer of the published Düren content in the wrong language', async () => {
    const files = await readContentFiles(PROJECT_ROOT, 'dueren');
    const intents = rawIntentsFromFiles(files.intents);
    expect(intents.length).toBeGreaterThan(40);
    expect(intents.flatMap(languageFindings)).toEqual([]);
  });
});

describe('advice on typed facts', () => {
  it('names the profile values and the topics a typed time belongs to, and asks for the placeholder', () => {
    const info = intent('buergerbuero_info', 'Bürgerbüro: Adresse und Öffnungszeiten', { de: 'Öffnungszeiten: Mo–Fr 8:00–12:00 Uhr.' });
    const wohngeld = intent('wohngeld', 'Wohngeld', { de: 'Die Wohngeldstelle erreichen Sie {{profile.wohngeld_phone_hours_de}}.' });
    const termin = intent('buergerbuero_termin', 'Termin im Bürgerbüro', { de: 'Geöffnet: {{profile.buergerbuero_hours_de}}.' });
    const advice = checkDraft([info, wohngeld, termin], profile, FACTS, info.id).findings.filter((f) => f.advice);
    expect(advice.map((f) => f.message)).toEqual([
      'Hinweis: Die Uhrzeiten „8:00“, „12:00 Uhr“ sind von Hand eingetippt. Im Stadtprofil gehören sie zu {{profile.buergerbuero_hours_de}} („1. und 3. Samstag im Monat 8:00–12:00“, verwendet bei „Termin im Bürgerbüro“) und zu {{profile.wohngeld_phone_hours_de}} („Mo–Fr 8:00–12:00“, verwendet bei „Wohngeld“). Eingetippte Werte ändern sich nicht mit, wenn die IT das Stadtprofil ändert: Schreiben Sie statt der Zeiten den passenden Platzhalter, zum Beispiel {{profile.buergerbuero_hours_de}}.',
    ]);
  });

  it('lists the hints per topic on the publish page, as hints that do not stop the publish', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/personalausweis');
    // 70 € is verified as the passport fee: saved with advice at the field.
    expect((await client.post('/staff/intents/personalausweis', { ...formOf(client.lastHtml), answer_de: 'Den Ausweis beantragen Sie im Bürgerbüro. Er kostet 70 €.' })).status).toBe(303);
    await client.get('/staff/publish');
    const html = client.lastHtml;
    expect(html).toContain('aber 1 Hinweis(e) zu prüfen: siehe unten.');
    expect(html).toMatch(/1 Hinweis\(e\) zu Zahlen, Zeiten und Sprache in den geänderten Anliegen[\s\S]*personalausweis<\/a> <code>personalausweis<\/code>[\s\S]*\(answer\.de\) Hinweis: Betrag „70“ steht in den geprüften Fakten nur bei „Reisepass fee“/);
    expect(html).toContain('Jetzt veröffentlichen');
  }, 30_000);
});
