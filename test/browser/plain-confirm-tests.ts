/**
 * Ending, confirmations, plain language and chosen suggestions (registered by widget.test.ts; tester-l C1, C3,
 * C4, B5, D3).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { askOnDemoPage, focusedClass, sendMessage, submitBulkyWaste, W, widgetReady, type BrowserEnv } from './browser-support.js';

const DONE = '.sl-panel > .sl-done[role="status"]';

export function plainConfirmTests(env: () => BrowserEnv): void {
  it('asks before "Gespräch beenden" ends a running application, and Abbrechen keeps it (C1)', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Sperrmüll anmelden');
    await sendMessage(page, '1 Sofa');
    await page.click('.sl-more-btn');
    await page.click('.sl-menu-item:has-text("Gespräch beenden")');
    expect(await page.textContent('#sl-end-text')).toBe('Ihr Antrag ist noch nicht abgeschickt. Gespräch trotzdem beenden?');
    expect(await page.evaluate(() => document.querySelector('stadtlotse-widget')?.shadowRoot?.activeElement?.id)).toBe('sl-end-text');
    await page.click('#sl-end-text ~ .sl-row button:has-text("Abbrechen")');
    expect(await focusedClass(page)).toContain('sl-menu-item');
    expect(await page.locator(W.bot).count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => sessionStorage.getItem('stadtlotse:conversation'))).not.toBeNull();

    await page.click('.sl-menu-item:has-text("Gespräch beenden")');
    await page.click('.sl-confirm button:has-text("Ja, Gespräch beenden")');
    await expect.poll(() => page.textContent(DONE)).toContain('Das Gespräch ist beendet.');
    expect(await page.isVisible(DONE)).toBe(true);
    expect(await page.locator(W.bot).count()).toBe(0);
    // The confirmation goes with the next message.
    await sendMessage(page, 'Was kostet ein Personalausweis?');
    expect(await page.isVisible(DONE)).toBe(false);
  });

  it('ends a conversation without an application at once, and shows the erase confirmation visibly (C1)', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    await page.click('.sl-more-btn');
    await page.click('.sl-menu-item:has-text("Gespräch beenden")');
    expect(await page.isHidden('#sl-end-text')).toBe(true);
    await expect.poll(() => page.textContent(DONE)).toContain('Das Gespräch ist beendet.');

    await sendMessage(page, 'Was kostet ein Personalausweis?');
    await page.click('.sl-more-btn');
    await page.click('.sl-menu-item:has-text("Meine Daten löschen")');
    await page.click('.sl-danger:has-text("Ja, endgültig löschen")');
    await expect.poll(() => page.textContent(DONE)).toBe('Ihre Daten wurden gelöscht.');
    expect(await page.isVisible(DONE)).toBe(true);
  });

  it('uses plain language for its own notice and welcome when Einfache Sprache is on, and the notice allows sensitive data only when asked (C3, C4)', async () => {
    const { page } = await env().newPage();
    await page.goto(`${env().server.url}/chat`);
    await widgetReady(page);
    expect(await page.textContent('.sl-notice')).toContain('nur ein, wenn ein Antrag danach fragt');
    await page.click('.sl-toggle:has-text("Einfache Sprache")');
    expect(await page.textContent('.sl-notice')).toContain('Schreiben Sie private Dinge nur, wenn ein Antrag danach fragt.');
    expect(await page.textContent('.sl-welcome .sl-text')).toContain('Sie können mir Fragen zur Stadt stellen.');
    await page.click('.sl-toggle:has-text("Einfache Sprache")');
    expect(await page.textContent('.sl-welcome .sl-text')).toContain('rund um die Uhr');
  });

  it('shows a chosen suggestion by its title after a reload and in the downloaded conversation (B5)', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    await page.click(`${W.chip}:has-text("Öffnungszeiten Bürgerbüro")`);
    await expect.poll(() => page.locator(W.bot).count()).toBeGreaterThan(1);
    await page.reload();
    await widgetReady(page);
    expect(await page.locator(`${W.user} .sl-text`).last().textContent()).toBe('Öffnungszeiten Bürgerbüro');
    await page.click('.sl-more-btn');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.sl-menu-item:has-text("Gespräch herunterladen")')]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text).toContain('Öffnungszeiten Bürgerbüro');
    expect(text).not.toContain('intent:');
  });

  it('reflows the summary page at 320 px: no horizontal scrolling, the reference on one line, no repeated caption (D3)', async () => {
    const { page } = await env().newPage({ width: 320, height: 568 });
    await submitBulkyWaste(page, env().server.url);
    const href = (await page.locator(`${W.bot} .sl-links a:has-text("Zusammenfassung zum Ausdrucken")`).getAttribute('href')) ?? '';
    await page.goto(href);
    await page.waitForSelector('table caption');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const lines = await page.locator('.ref').evaluate((node) => new Set([...node.getClientRects()].map((r) => Math.round(r.top))).size);
    expect(lines).toBe(1);
    expect(await page.locator('h2:has-text("Ihre Angaben")').count()).toBe(0);
  });
}
