import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { ERASE_SUBMISSION_JS } from '../../src/web/assets/erase-submission-script.js';
import { createWebTestApp } from './web-test-app.js';

async function page(path: string) {
  const { app } = await createWebTestApp();
  const res = await app.request(path);
  return { res, html: await res.text() };
}

describe('/antrag-loeschen, where a citizen erases a submitted application', () => {
  it('is a German page under the strict page CSP that is never cached, indexed or passed on as a referrer', async () => {
    const { res, html } = await page('/antrag-loeschen');
    expect(res.status).toBe(200);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<h1>Angaben zu einem Antrag löschen</h1>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>|\sstyle=|<style|\son[a-z]+=/);
    expect(html).toContain('<script src="/assets/antrag-loeschen.js" defer');
  });

  it('shows the erase button only once its script has read the link, and says without JavaScript how to ask the city', async () => {
    const { html } = await page('/antrag-loeschen');
    expect(html).toMatch(/<button type="button" id="erase-start" class="button button-danger" hidden(="")?>/);
    expect(html).toMatch(/<noscript><p>Zum Löschen braucht diese Seite JavaScript\. Sie können die Löschung auch bei der Stadt verlangen, mit der Vorgangsnummer, Telefon 01234 5-0\.<\/p><\/noscript>/);
    expect(html).toContain('Die Vorgangsnummer, die Art des Antrags und der Tag des Eingangs bleiben gespeichert');
  });

  it('is in English with ?lang=en, marked as English inside the German site frame', async () => {
    const { html } = await page('/antrag-loeschen?lang=en');
    expect(html).toContain('<div id="erase" lang="en">');
    expect(html).toContain('<h1>Erase the details of an application</h1>');
    expect(html).toContain('data-done="The details of your application have been erased."');
  });

  it('has a script from this origin in ES2019 that sends the key only in the Authorization header', async () => {
    const { app } = await createWebTestApp();
    const res = await app.request('/assets/antrag-loeschen.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(await res.text()).toBe(ERASE_SUBMISSION_JS);
    expect(() => parse(ERASE_SUBMISSION_JS, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
    expect(ERASE_SUBMISSION_JS).toContain("method: 'DELETE'");
    expect(ERASE_SUBMISSION_JS).toContain("Authorization: 'Bearer ' + token");
    expect(ERASE_SUBMISSION_JS).not.toContain('?token=');
  });
});
