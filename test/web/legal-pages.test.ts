/**
 * /datenschutz and /barrierefreiheit name the state's law and authorities from the city profile, not North
 * Rhine-Westphalia's for every city (report tester-e D1). Düren's pages say exactly what they said before.
 */
import { describe, expect, it } from 'vitest';
import { duerenProfileText, musterstadtProfileText } from '../content/musterstadt-fixture.js';
import { createWebTestApp, createWebTestAppWithProfile } from './web-test-app.js';

/** The visible text of a page: tags dropped, entities left as they are. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

async function pages(app: { request: (path: string) => Response | Promise<Response> }) {
  const privacy = await (await app.request('/datenschutz')).text();
  const accessibility = await (await app.request('/barrierefreiheit')).text();
  return { privacy, accessibility };
}

/** A Bavarian Musterstadt (test values): every legal key replaced, the optional note left out. */
const BAVARIAN: Record<string, string> = {
  data_protection_law: 'Art. 4 Abs. 1 Bayerisches Datenschutzgesetz (BayDSG)',
  data_protection_authority_dative: 'dem Bayerischen Landesbeauftragten für den Datenschutz',
  data_protection_officer_contact: 'per E-Mail an datenschutz@musterstadt.de',
  accessibility_laws: 'das Bayerische Behindertengleichstellungsgesetz (BayBGG) und die Bayerische Barrierefreie Informationstechnik Verordnung (BayBITV)',
  accessibility_enforcement_body_accusative: 'die Durchsetzungsstelle für barrierefreie Informationstechnik des Freistaats Bayern',
  accessibility_enforcement_law: 'Art. 13 BayBGG',
  accessibility_enforcement_website: 'https://www.example.org/durchsetzungsstelle',
};

const bavarian = (t: string) =>
  Object.entries(BAVARIAN)
    .reduce((out, [key, value]) => out.replace(new RegExp(`^ {2}${key}: .*$`, 'm'), `  ${key}: ${value}`), t)
    .replace(/^ {2}accessibility_enforcement_note: .*\n/m, '')
    .replace(/^ {2}state: .*$/m, '  state: Bayern');

describe('the legal pages with the Düren profile', () => {
  it('/datenschutz names the NRW law, the NRW supervisory authority and a way to reach the officer until its own contact is confirmed (report j-11)', async () => {
    const { app } = await createWebTestAppWithProfile(await duerenProfileText());
    const body = text((await pages(app)).privacy);
    expect(body).toContain(
      'Artikel 6 Absatz 1 Buchstabe e DSGVO (Aufgabe im öffentlichen Interesse: Information der Bürgerinnen und Bürger und elektronischer Zugang zur Verwaltung) in Verbindung mit § 3 Datenschutzgesetz Nordrhein-Westfalen (DSG NRW).',
    );
    expect(body).toContain(
      'Sie können sich außerdem bei der Aufsichtsbehörde beschweren (Artikel 77 DSGVO): der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen.',
    );
    // What Art. 13 adds since report j-11: the survey, and how long a booked appointment keeps the name.
    expect(body).toContain('Umfrage zu Online-Diensten');
    expect(body).toContain('Ihr Hinweis wird nach 90 Tagen gelöscht.');
    expect(body).toContain('bis 30 Tage nach dem Termin oder nach der Absage');
    expect(body).toContain(
      'Stadt Düren, Kaiserplatz 2–4, 52349 Düren, Telefon 02421 25-0, www.dueren.de . Die behördliche Datenschutzbeauftragte oder den behördlichen Datenschutzbeauftragten erreichen Sie über die Internetseite der Stadt, https://www.dueren.de, oder über die Telefonzentrale, 02421 25-0.',
    );
  });

  it('/barrierefreiheit names BGG NRW, BITV NRW and the NRW Ombudsstelle as before', async () => {
    const { app } = await createWebTestAppWithProfile(await duerenProfileText());
    const { accessibility } = await pages(app);
    expect(text(accessibility)).toContain(
      'Rechtsgrundlagen sind das Behindertengleichstellungsgesetz Nordrhein-Westfalen (BGG NRW) und die Barrierefreie-Informationstechnik-Verordnung Nordrhein-Westfalen (BITV NRW), die auf die BITV 2.0 und die europäische Norm EN 301 549 (Web Content Accessibility Guidelines, WCAG 2.1, Stufe AA) verweisen.',
    );
    expect(accessibility).toContain(
      'können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden (§§ 10d und 10e BGG NRW, §§ 9 ff. BITV NRW). Sie gehört zur Beauftragten der Landesregierung für Menschen mit Behinderungen. Antrag und Kontakt: <a href="https://www.lbbp.nrw.de/ombudsstelle">www.lbbp.nrw.de/ombudsstelle</a>.',
    );
  });
});

describe('the legal pages of a city in another state', () => {
  it('show the profile values and nothing of North Rhine-Westphalia', async () => {
    const { app } = await createWebTestAppWithProfile(await musterstadtProfileText(bavarian));
    const { privacy, accessibility } = await pages(app);
    const body = text(privacy);
    expect(body).toContain('elektronischer Zugang zur Verwaltung) in Verbindung mit Art. 4 Abs. 1 Bayerisches Datenschutzgesetz (BayDSG).');
    expect(body).toContain('(Artikel 77 DSGVO): dem Bayerischen Landesbeauftragten für den Datenschutz.');
    expect(body).toContain('erreichen Sie per E-Mail an datenschutz@musterstadt.de.');
    expect(text(accessibility)).toContain(
      'Rechtsgrundlagen sind das Bayerische Behindertengleichstellungsgesetz (BayBGG) und die Bayerische Barrierefreie Informationstechnik Verordnung (BayBITV), die auf die BITV 2.0',
    );
    expect(accessibility).toContain(
      'an die Durchsetzungsstelle für barrierefreie Informationstechnik des Freistaats Bayern wenden (Art. 13 BayBGG). Antrag und Kontakt: <a href="https://www.example.org/durchsetzungsstelle">www.example.org/durchsetzungsstelle</a>.',
    );
    for (const html of [privacy, accessibility]) expect(html).not.toMatch(/Nordrhein|Westfalen|NRW|lbbp|Landesregierung/);
  });

  it('a small profile without the keys (tests only: a city content needs them) gets a neutral wording, no other state', async () => {
    const { app } = await createWebTestApp();
    const { privacy, accessibility } = await pages(app);
    expect(text(privacy)).toContain('elektronischer Zugang zur Verwaltung).');
    expect(text(privacy)).toContain('Sie können sich außerdem bei einer Aufsichtsbehörde für den Datenschutz beschweren (Artikel 77 DSGVO).');
    expect(text(accessibility)).toContain('Rechtsgrundlagen sind die Gesetze des Landes zur barrierefreien Informationstechnik, die auf die BITV 2.0');
    expect(text(accessibility)).toContain('an die Ombudsstelle oder Durchsetzungsstelle für barrierefreie Informationstechnik des Landes wenden.');
    for (const html of [privacy, accessibility]) expect(html).not.toMatch(/Nordrhein|Westfalen|NRW|lbbp|Antrag und Kontakt/);
  });
});
