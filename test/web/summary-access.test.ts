/**
 * Report j-10: the summary link carried its key in the query string, so proxy logs and Referers kept it. The link is
 * now /zusammenfassung#reference=…&token=…; the page posts both in a form body. Links handed out before still work.
 */
import { parse } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryPath } from '../../src/dialogs/submit.js';
import { SUMMARY_ACCESS_JS } from '../../src/web/assets/summary-access-script.js';
import { composedApp, type ComposedApp } from '../support/composed-app.js';
import { storedSubmission } from '../support/stored-submission.js';

let app: ComposedApp;
beforeAll(async () => {
  app = await composedApp();
});
afterAll(async () => app?.close());

const submitted = () => storedSubmission(app, { type: 'sperrmuell', data: { name: 'Erika Mustermann' }, summaryName: 'Erika Mustermann' });

function post(fields: Record<string, string>, contentType = 'application/x-www-form-urlencoded') {
  return app.request('/zusammenfassung', { method: 'POST', headers: { 'content-type': contentType }, body: new URLSearchParams(fields).toString() });
}

describe('the summary link', () => {
  it('carries reference and key in the fragment, which browsers never send, and not in the query string', () => {
    expect(summaryPath('DN-2026-000123', 'k3y&x')).toBe('/zusammenfassung#reference=DN-2026-000123&token=k3y%26x');
    expect(summaryPath('DN-2026-000123', 'k3y', 'en')).toBe('/zusammenfassung?lang=en#reference=DN-2026-000123&token=k3y');
    expect(summaryPath('DN-2026-000123', 'k3y').split('#')[0]).not.toContain('k3y');
  });
});

describe('/zusammenfassung, where the summary link opens', () => {
  it('is the same page for everyone: a form that posts to itself, its script, never cached, indexed or passed on as a referrer', async () => {
    const res = await app.request('/zusammenfassung');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Zusammenfassung Ihres Antrags</h1>');
    expect(html).toMatch(/<form id="summary-form" method="post" action="\/zusammenfassung" autocomplete="off">/);
    expect(html).toContain('<script src="/assets/zusammenfassung.js" defer');
    expect(html).toContain('<noscript><p>Ohne JavaScript: Die Vorgangsnummer und den Schlüssel finden Sie in der Adresse des Links');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>|\sstyle=|<style|\son[a-z]+=/);
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
    expect(await (await app.request('/zusammenfassung?lang=en')).text()).toContain('<div id="summary-access" lang="en">');
  });

  it('opens the printable summary from reference and key in the POST body, and no log line has the key', async () => {
    const { token, record } = await submitted();
    const res = await post({ reference: record.reference.toLowerCase(), token, lang: 'de' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<th scope="row">Name</th><td>Erika Mustermann</td>');
    expect(html).toContain(`#reference=${record.reference}&amp;token=${token}`);
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(app.logs.join('\n')).not.toContain(token);
  });

  it('answers a wrong key or an erased application with the form and a message, never echoing the key', async () => {
    const { token, record } = await submitted();
    const wrong = await post({ reference: record.reference, token: 'guessed-key' });
    expect(wrong.status).toBe(404);
    const html = await wrong.text();
    expect(html).toContain('Zu dieser Vorgangsnummer und diesem Schlüssel gibt es keine Zusammenfassung (mehr).');
    // Expired and mistyped look the same to the server: the page names both, with the periods of the dialogs (tester-o E1).
    expect(html).toContain('Entweder passen Nummer und Schlüssel nicht zusammen');
    expect(html).toContain('Zusammenfassungen werden je nach Antrag 60 bis 180 Tage nach dem Absenden gelöscht');
    expect(html).toContain(`value="${record.reference}"`);
    expect(html).not.toContain('guessed-key');
    expect((await app.request(`/api/submissions/${record.reference}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await post({ reference: record.reference, token })).status).toBe(404);
  });

  it('asks for both fields when one is missing or the reference is malformed, in the language of the form', async () => {
    const missing = await post({ reference: 'DN-2026-000123', token: '' });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Bitte geben Sie die Vorgangsnummer (zum Beispiel DN-2026-000123) und den Schlüssel aus Ihrem Link ein.');
    const english = await post({ reference: 'nonsense', token: 'x', lang: 'en' });
    expect(english.status).toBe(400);
    expect(await english.text()).toContain('Please enter the reference number');
  });

  it('refuses a body that is not a form, or too large for one, naming the field', async () => {
    const json = await post({ reference: 'DN-2026-000123', token: 'x' }, 'application/json');
    expect(json.status).toBe(415);
    expect(await json.json()).toMatchObject({ error: { code: 'unsupported_media_type', field: 'content-type' } });
    const big = await post({ reference: 'DN-2026-000123', token: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: 'body_too_large', field: 'body' } });
  });

  it('still opens links handed out before, with the key in the query string, until the submission expires', async () => {
    const { token, record } = await submitted();
    const legacy = await app.request(`/api/submissions/${record.reference}/summary?token=${encodeURIComponent(token)}`);
    expect(legacy.status).toBe(200);
    expect(await legacy.text()).toContain('Erika Mustermann');
  });

  it('sends a browser whose old link no longer works to the page\'s own "not found" form, not to JSON (retest18 N17)', async () => {
    const { record } = await submitted();
    const stale = await app.request(`/api/submissions/${record.reference}/summary?token=wrong`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(stale.status).toBe(303);
    expect(stale.headers.get('location')).toBe('/zusammenfassung?problem=not_found');
    const page = await app.request('/zusammenfassung?problem=not_found');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('gibt es keine Zusammenfassung (mehr)');
    const api = await app.request(`/api/submissions/${record.reference}/summary?token=wrong`);
    expect(await api.json()).toMatchObject({ error: { code: 'submission_not_found', field: 'token' } });
  });
});

describe('the script of /zusammenfassung', () => {
  function run(hash: string) {
    const fields: Record<string, { value: string }> = { 'summary-reference': { value: '' }, 'summary-token': { value: '' } };
    const form = { submitted: 0, submit() { this.submitted += 1; } };
    const elements: Record<string, unknown> = { 'summary-form': form, ...fields };
    const replaced: string[] = [];
    const document = { getElementById: (id: string) => elements[id] ?? null };
    const location = { hash, pathname: '/zusammenfassung', search: '' };
    const history = { replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url) };
    new Function('document', 'location', 'history', SUMMARY_ACCESS_JS)(document, location, history);
    return { form, fields, replaced };
  }

  it('is ES2019 from this origin, and sends the key only in the form body after taking it out of the address', async () => {
    const res = await app.request('/assets/zusammenfassung.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe(SUMMARY_ACCESS_JS);
    expect(() => parse(SUMMARY_ACCESS_JS, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();

    const { form, fields, replaced } = run('#reference=dn-2026-000123&token=k3y%26x');
    expect(fields['summary-reference']?.value).toBe('DN-2026-000123');
    expect(fields['summary-token']?.value).toBe('k3y&x');
    expect(replaced).toEqual(['/zusammenfassung']);
    expect(form.submitted).toBe(1);
  });

  it('waits for the citizen when the address has no key (back from the summary, or typed by hand)', () => {
    for (const hash of ['', '#reference=DN-2026-000123', '#reference=nonsense&token=k']) {
      const { form, replaced } = run(hash);
      expect(form.submitted).toBe(0);
      expect(replaced).toEqual([]);
    }
  });
});
