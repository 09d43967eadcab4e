/** Erasing a submitted application, and what "Meine Daten löschen" says about it (registered by widget.test.ts). */
import { expect, it } from 'vitest';
import { askOnDemoPage, axeViolations, focusedClass, submitBulkyWaste, W, type BrowserEnv } from './browser-support.js';

const axeIds = async (page: Parameters<typeof axeViolations>[0]) => (await axeViolations(page)).map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
const focusedId = (page: Parameters<typeof axeViolations>[0]) => page.evaluate(() => document.activeElement?.id ?? null);

export function erasureTests(env: () => BrowserEnv): void {
  /** What the summary page's script does: reference and key from the link's fragment, sent as a form body. */
  const openSummary = (href: string) => {
    const fragment = new URLSearchParams(new URL(href, env().server.url).hash.slice(1));
    const body = new URLSearchParams({ reference: fragment.get('reference') ?? '', token: fragment.get('token') ?? '' });
    return fetch(new URL('/zusammenfassung', env().server.url), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  };

  it('says before deleting the conversation that a submitted application is not deleted with it, and how to erase it', async () => {
    const { page } = await env().newPage({ bypassCSP: true });
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    await page.click('.sl-more-btn');
    await page.click('.sl-menu-item:has-text("Meine Daten löschen")');
    const note = page.locator('.sl-confirm #sl-confirm-note');
    expect(await note.textContent()).toContain('Abgeschickte Anträge löscht das nicht.');
    expect(await note.textContent()).toContain('„Angaben zum Antrag löschen“');
    expect(await page.getAttribute('.sl-confirm', 'aria-describedby')).toBe('sl-confirm-note');
    expect(await axeIds(page)).toEqual([]);
  });

  it('erases a submitted application from the link below its confirmation, after asking once more; its summary link then answers 404', async () => {
    const { page } = await env().newPage({ bypassCSP: true });
    await submitBulkyWaste(page, env().server.url);
    const summaryHref = (await page.locator(`${W.bot} .sl-links a:has-text("Zusammenfassung zum Ausdrucken")`).getAttribute('href')) ?? '';
    const reference = /DN-2026-\d{6}/.exec(summaryHref)?.[0] ?? '';
    const erase = page.locator(`${W.bot} .sl-links a:has-text("Angaben zum Antrag löschen")`);
    expect(await erase.getAttribute('href')).toMatch(new RegExp(`/antrag-loeschen#reference=${reference}&token=[\\w-]+$`));
    expect((await openSummary(summaryHref)).status).toBe(200);

    await erase.click();
    await page.waitForURL(/\/antrag-loeschen/);
    await page.waitForSelector('#erase-start:visible');
    expect(await page.textContent('#erase-reference')).toBe(reference);
    expect(await axeIds(page)).toEqual([]);
    await page.click('#erase-start');
    expect(await page.isVisible('#erase-confirm')).toBe(true);
    expect(await focusedId(page)).toBe('erase-question');
    expect(await axeIds(page)).toEqual([]);
    await page.click('#erase-yes');
    await expect.poll(() => page.textContent('#erase-result')).toBe('Die Angaben zu Ihrem Antrag wurden gelöscht.');
    expect(await focusedId(page)).toBe('erase-result');
    expect(await page.isHidden('#erase-start')).toBe(true);
    // The key has left the address bar and the history.
    expect(page.url()).not.toContain('token');
    expect((await openSummary(summaryHref)).status).toBe(404);
  });

  it('opens the summary link with the key only in a POST body: no request line, history entry or address carries it (report j-10)', async () => {
    const { page } = await env().newPage({ bypassCSP: true });
    await submitBulkyWaste(page, env().server.url);
    const summaryHref = (await page.locator(`${W.bot} .sl-links a:has-text("Zusammenfassung zum Ausdrucken")`).getAttribute('href')) ?? '';
    const token = new URLSearchParams(new URL(summaryHref).hash.slice(1)).get('token') ?? '';
    expect(token).not.toBe('');
    const viewer = (await env().newPage()).page;
    const requests: string[] = [];
    viewer.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.headers().referer ?? ''}`));
    await viewer.goto(summaryHref);
    await viewer.waitForSelector('table caption');
    expect(await viewer.textContent('h1')).toContain('Zusammenfassung');
    expect(requests.some((r) => r.startsWith('POST ') && r.includes('/zusammenfassung'))).toBe(true);
    expect(requests.filter((r) => r.includes(token))).toEqual([]);
    expect(viewer.url()).not.toContain(token);
  });

  it('asks once more before erasing, and Cancel or Escape erase nothing', async () => {
    const { page } = await env().newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await page.goto(`${env().server.url}/antrag-loeschen#reference=DN-2026-123456&token=abc`);
    await page.click('#erase-start');
    await page.click('#erase-no');
    expect(await page.isHidden('#erase-confirm')).toBe(true);
    expect(await focusedId(page)).toBe('erase-start');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#erase-confirm')).toBe(true);
    expect(requests.filter((r) => r.startsWith('DELETE'))).toEqual([]);
    expect(await focusedClass(page)).toBe('button.button button-danger');
  });

  it('answers an unknown key with "no details", and an incomplete link with where to find the right one, also in English', async () => {
    const { page } = await env().newPage();
    await page.goto(`${env().server.url}/antrag-loeschen?lang=en#reference=DN-2026-123456&token=not-the-key`);
    expect(await page.getAttribute('#erase', 'lang')).toBe('en');
    await page.click('#erase-start');
    await page.click('#erase-yes');
    await expect.poll(() => page.textContent('#erase-result')).toBe('There are no (longer any) details for this reference number and key. They may have been erased already.');

    await page.goto(`${env().server.url}/antrag-loeschen`);
    expect(await page.textContent('#erase-result')).toContain('Dieser Link ist unvollständig.');
    expect(await page.isHidden('#erase-start')).toBe(true);
  });
}
