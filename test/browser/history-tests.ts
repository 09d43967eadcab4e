/** The conversation after a reload or on another page of the city website (registered by widget.test.ts). */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { askOnDemoPage, sendMessage, submitBulkyWaste, W, widgetReady, type BrowserEnv } from './browser-support.js';

const chipTitles = (page: Page) => page.locator(W.chip).allTextContents();
const linkTargets = (page: Page) => page.locator(`${W.bot} .sl-links a`).evaluateAll((links) => links.map((a) => `${a.textContent} ${a.getAttribute('href')}`));

export function historyTests(env: () => BrowserEnv): void {
  it('shows the links of every answer and the suggestions of the last one again after a reload and on another page', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    await sendMessage(page, 'Ich möchte einen Termin im Bürgerbüro');
    const chips = await chipTitles(page);
    const links = await linkTargets(page);
    expect(chips).toContain('Führungszeugnis');
    expect(links).toContain('Termin online buchen https://onlinedienste.dueren.de/');

    await page.reload();
    await widgetReady(page);
    expect(await chipTitles(page)).toEqual(chips);
    expect(await linkTargets(page)).toEqual(links);

    await page.goto(`${env().server.url}/barrierefreiheit`);
    await page.goto(`${env().server.url}/`);
    await widgetReady(page);
    expect(await chipTitles(page)).toEqual(chips);
    expect(await linkTargets(page)).toEqual(links);

    // A restored suggestion answers the dialog's question like the original one.
    await page.click(`${W.chip}:has-text("Führungszeugnis")`);
    await expect.poll(() => page.locator(W.user).last().textContent()).toContain('Führungszeugnis');
    await page.waitForSelector('.sl-log[aria-busy="false"]', { state: 'attached' });
    expect(await page.locator(W.bot).last().textContent()).not.toContain('Worum geht es');
  });

  it('keeps the one-time summary link of a submitted application on the next page, and forgets it with the conversation', async () => {
    const { page } = await env().newPage();
    await submitBulkyWaste(page, env().server.url);
    const summary = page.locator(`${W.bot} .sl-links a:has-text("Zusammenfassung zum Ausdrucken")`);
    const href = await summary.getAttribute('href');
    expect(href).toMatch(/\/zusammenfassung#reference=DN-2026-\d{6}&token=[\w-]+$/);

    await page.goto(`${env().server.url}/barrierefreiheit`);
    await page.goto(`${env().server.url}/`);
    await widgetReady(page);
    expect(await summary.getAttribute('href')).toBe(href);

    await page.click('.sl-more-btn');
    await page.click('.sl-menu-item:has-text("Meine Daten löschen")');
    await page.click('.sl-danger');
    await page.waitForSelector('.sl-confirm', { state: 'hidden' });
    const stored = await page.evaluate(() => Object.keys(sessionStorage).map((key) => `${key}=${sessionStorage.getItem(key)}`).join('\n'));
    expect(stored).not.toContain('token');
  });

  it('puts no link on the wrong answer when another tab of the same conversation has answered in between', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Hallo');
    const id = await page.evaluate(() => sessionStorage.getItem('stadtlotse:conversation'));
    // A duplicated tab shares the conversation id: its answer lands between this tab's answers on the server.
    const other = await fetch(`${env().server.url}/api/chat`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ conversationId: id, text: 'Danke' }) });
    expect(other.status).toBe(200);
    await sendMessage(page, 'Was kostet ein Personalausweis?');
    await page.reload();
    await widgetReady(page);
    await expect.poll(() => page.locator(W.bot).count()).toBe(3);
    expect(await page.locator(W.bot).nth(1).locator('.sl-links').count()).toBe(0);
  });

  it('says that the earlier conversation could not be loaded when the server is unreachable at a reload, and loads it on request', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    await page.route('**/api/conversations/*', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await widgetReady(page);
    expect(await page.textContent('.sl-alert')).toContain('Der bisherige Gesprächsverlauf konnte gerade nicht geladen werden.');
    expect(await page.evaluate(() => sessionStorage.getItem('stadtlotse:conversation'))).toMatch(/^[0-9a-f-]{36}$/);

    await page.unroute('**/api/conversations/*');
    await page.click('.sl-alert button:has-text("Verlauf laden")');
    await expect.poll(() => page.locator(W.bot).count()).toBe(1);
    expect(await page.textContent(W.bot)).toContain('46 €');
    expect(await page.locator(W.user).first().textContent()).toContain('Was kostet ein Personalausweis?');
    expect(await page.textContent('.sl-alert > span')).toBe('');
  });
}
