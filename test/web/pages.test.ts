import { describe, expect, it } from 'vitest';
import { duerenProfileText } from '../content/musterstadt-fixture.js';
import { createWebTestApp, createWebTestAppWithProfile } from './web-test-app.js';

const PAGES = ['/', '/chat', '/datenschutz', '/barrierefreiheit', '/leichte-sprache'];

async function page(path: string) {
  const { app } = await createWebTestApp({ retentionDays: 30 });
  const res = await app.request(path);
  return { res, html: await res.text() };
}

/** The visible text of a page fragment: tags dropped, entities left as they are. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the web pages', () => {
  it.each(PAGES)('%s is German HTML with a strict CSP: no inline scripts or styles anywhere', async (path) => {
    const { res, html } = await page(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="de">');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|<style/);
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('allows the microphone only on the pages where the chat runs', async () => {
    for (const path of PAGES) {
      const { res } = await page(path);
      const policy = res.headers.get('permissions-policy') ?? '';
      expect(policy, path).toContain(path === '/' || path === '/chat' ? 'microphone=(self)' : 'microphone=()');
      expect(policy, path).toContain('camera=()');
      expect(policy, path).toContain('geolocation=()');
    }
    const { app } = await createWebTestApp();
    expect((await app.request('/api/widget-config')).headers.get('permissions-policy')).toContain('microphone=()');
  });

  it('embeds the widget on the demo page with one script tag, and full-page on /chat', async () => {
    expect((await page('/')).html).toMatch(/<script src="\/widget.js" data-city="testcity" defer(="")?><\/script>/);
    const chat = (await page('/chat')).html;
    expect(chat).toContain('id="stadtlotse-chat"');
    expect(chat).toMatch(/<script src="\/widget.js" data-city="testcity" data-mode="page" data-target="stadtlotse-chat" defer(="")?>/);
  });

  it('links every page to the privacy, accessibility and Leichte Sprache pages, with a skip link', async () => {
    for (const path of PAGES) {
      const { html } = await page(path);
      for (const href of ['/datenschutz', '/barrierefreiheit', '/leichte-sprache']) expect(html, path).toContain(`href="${href}"`);
      expect(html).toContain('href="#main"');
      expect(html).toContain('aria-current="page"');
    }
  });

  it('can leave "/" to the city website when the demo page is switched off', async () => {
    const { app } = await createWebTestApp({ demoPage: false });
    expect((await app.request('/')).status).toBe(404);
    expect((await app.request('/chat')).status).toBe(200);
  });
});

describe('/datenschutz', () => {
  it('names purposes, storage periods, legal bases, rights and the city as contact', async () => {
    const body = text((await page('/datenschutz')).html);
    expect(body).toContain('30 Tage nach der letzten Nachricht automatisch gelöscht');
    // The same period and legal basis as the Wohngeld consent (dialogs/wohngeld.yaml, retention_days 180).
    expect(body).toContain('löscht der Stadtlotse automatisch nach einer festen Frist, gezählt ab dem Absenden.');
    expect(body).toContain('Wohngeldantrag im Chat: Ihre Einwilligung nach Artikel 6 Absatz 1 Buchstabe a DSGVO');
    expect(body).toContain('Artikel 6 Absatz 1 Buchstabe e DSGVO');
    for (const right of ['Artikel 15', 'Artikel 16', 'Artikel 17', 'Artikel 18', 'Artikel 21', 'Artikel 77']) expect(body).toContain(right);
    expect(body).toContain('Artikel 50 der KI-Verordnung');
    expect(body).toContain('01234 5-0');
    expect(body).toContain('Meine Daten löschen');
  });

  it('says that "Meine Daten löschen" leaves a submitted application, and how its details are erased', async () => {
    const body = text((await page('/datenschutz')).html);
    expect(body).toContain('„Meine Daten löschen“ im Chat löscht nur das Gespräch, keinen abgeschickten Antrag.');
    expect(body).toContain('mit dem Link „Angaben zum Antrag löschen“ (im Chat unter der Bestätigung und auf der Zusammenfassung) oder bei der Stadt mit der Vorgangsnummer');
  });

  it('names what the chat keeps in the browser besides the conversation id, and until when', async () => {
    const body = text((await page('/datenschutz')).html);
    expect(body).toContain('die Links in den Antworten (auch den Link zur Zusammenfassung eines Antrags), die Vorschläge der letzten Antwort, die Titel der Vorschläge, die Sie gewählt haben, und ob gerade ein Antrag läuft');
    expect(body).toContain('bis Sie das Browserfenster schließen oder das Gespräch beenden oder löschen');
  });
});

describe('/barrierefreiheit', () => {
  it('is an accessibility statement with its status, gaps, feedback contact and the ombudsman procedure', async () => {
    const body = text((await page('/barrierefreiheit')).html);
    expect(body).toContain('teilweise vereinbar');
    expect(body).toContain('Nicht barrierefreie Inhalte');
    expect(body).toContain('Gebärdensprache');
    expect(body).toContain('01234 5-0');
    expect(body).toContain('www.example.org');
    // The state's body comes from the profile (test/web/legal-pages.test.ts); this small profile has none.
    expect(body).toContain('Ombudsverfahren');
    expect(body).toContain('können Sie sich an die Ombudsstelle oder Durchsetzungsstelle für barrierefreie Informationstechnik des Landes wenden.');
  });
});

describe('/leichte-sprache', () => {
  it('uses very short sentences without abbreviations', async () => {
    const html = (await page('/leichte-sprache')).html;
    const easy = html.slice(html.indexOf('<div class="easy">'), html.indexOf('</main>'));
    // One block (heading, paragraph, list item) or one sentence in it is one statement.
    const blocks = easy.split(/<\/(?:h\d|p|li)>/).map(text);
    const sentences = blocks.flatMap((block) => block.split(/(?<=[.?!:])\s+/)).filter((s) => s.length > 0);
    expect(sentences.length).toBeGreaterThan(30);
    for (const sentence of sentences) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(12);
    expect(text(easy)).not.toMatch(/\b(z\.\s?B\.|bzw\.|usw\.|ca\.|ggf\.|d\.\s?h\.|KI|DSGVO)\b/);
    expect(text(easy)).toContain('Der Stadt·lotse ist kein Mensch.');
    expect(text(easy)).toContain('01234 5-0');
  });

  it('explains the words that work inside an application: zurück, abbrechen, Hilfe (tester-l C2)', async () => {
    const body = text((await page('/leichte-sprache')).html);
    expect(body).toContain('zurück: Dann kommt die Frage davor noch einmal.');
    expect(body).toContain('abbrechen: Dann hört der Antrag auf.');
  });

  it('says that Wohngeld is money from the state, as the chat answer does (not "the city helps")', async () => {
    const body = text((await page('/leichte-sprache')).html);
    expect(body).toContain('Wohn·geld bedeutet: Der Staat gibt Ihnen Geld für die Miete.');
    expect(body).not.toContain('Die Stadt hilft Ihnen bei der Miete');
  });

  it('names what the box "Mit einem Menschen sprechen" shows: opening hours and e-mail only when the profile has them', async () => {
    const sparse = text((await page('/leichte-sprache')).html);
    expect(sparse).toContain('Dann drücken Sie auf: Mit einem Menschen sprechen. Dort stehen die Telefon·nummern.');
    expect(sparse).not.toMatch(/Öffnungs·zeiten|E-Mail/);
    const { app } = await createWebTestAppWithProfile(await duerenProfileText());
    const dueren = text(await (await app.request('/leichte-sprache')).text());
    expect(dueren).toContain(
      'Dort stehen die Telefon·nummern. Dort steht auch die E-Mail-Adresse vom Bürger·büro. Und dort stehen die Öffnungs·zeiten vom Bürger·büro. Öffnungs·zeiten bedeutet: Zu diesen Zeiten ist das Bürger·büro offen.',
    );
  });
});
