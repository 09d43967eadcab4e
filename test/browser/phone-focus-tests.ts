/**
 * Focus and layout on phones and at high zoom (registered by widget.test.ts; tester-l B1-B4, D1, D2): the covering
 * panel is modal, focus never drops to the page, the waiting state is announced, and the question and the form stay
 * in view with an on-screen keyboard.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { askOnDemoPage, focusedClass, sendMessage, W, widgetReady, type BrowserEnv } from './browser-support.js';

const STATUS = '.sl-panel > [role="status"]';

/** Where focus is: inside the widget (its host element has it) or the page's focused element's tag. */
const focusOwner = (page: Page) => page.evaluate(() => (document.activeElement?.tagName === 'STADTLOTSE-WIDGET' ? 'widget' : (document.activeElement?.tagName ?? 'none')));

async function openLauncher(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.click(W.launcher);
  await widgetReady(page);
}

export function phoneFocusTests(env: () => BrowserEnv): void {
  it.each([
    [360, 640],
    [320, 256],
  ])('keeps Tab and Shift+Tab inside the full-screen chat at %i x %i px, with the page behind it inert (B1)', async (width, height) => {
    const { page } = await env().newPage({ width, height });
    await openLauncher(page, env().server.url);
    expect(await page.getAttribute(W.panel, 'aria-modal')).toBe('true');
    expect(await page.evaluate(() => [...document.body.children].filter((n) => n.tagName !== 'SCRIPT' && n.tagName !== 'STADTLOTSE-WIDGET').every((n) => (n as HTMLElement).inert))).toBe(true);
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 25; i += 1) {
        await page.keyboard.press(key);
        expect(await focusOwner(page), `${key} #${i + 1}`).toBe('widget');
      }
    }
    // Escape is the way out: the page is usable again and focus is back on the launcher.
    await page.keyboard.press('Escape');
    expect(await focusedClass(page)).toContain('sl-launcher');
    expect(await page.evaluate(() => [...document.body.children].some((n) => (n as HTMLElement).inert))).toBe(false);
  });

  it('is not modal in the docked desktop layout: the page stays reachable', async () => {
    const { page } = await env().newPage({ width: 1280, height: 800 });
    await openLauncher(page, env().server.url);
    expect(await page.getAttribute(W.panel, 'aria-modal')).toBeNull();
    expect(await page.evaluate(() => [...document.body.children].some((n) => (n as HTMLElement).inert))).toBe(false);
  });

  it('returns focus to the text field after "Senden" is pressed, not to the page (B2)', async () => {
    const { page } = await env().newPage();
    await page.goto(`${env().server.url}/chat`);
    await widgetReady(page);
    await page.fill(W.input, 'Hund anmelden');
    await page.focus(W.send);
    await page.keyboard.press('Space');
    await page.waitForSelector(W.bot);
    await page.waitForSelector('.sl-log[aria-busy="false"]', { state: 'attached' });
    expect(await focusedClass(page)).toContain('sl-input');
  });

  it('announces a slow answer once, and says to wait when Enter is pressed while sending (B3)', async () => {
    const { page } = await env().newPage();
    await page.goto(`${env().server.url}/chat`);
    await widgetReady(page);
    await page.route('**/api/chat', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue();
    });
    await page.fill(W.input, 'Hallo');
    await page.press(W.input, 'Enter');
    await expect.poll(() => page.textContent(STATUS), { timeout: 2000 }).toBe('Die Antwort kommt gleich. Bitte warten Sie.');
    await page.fill(W.input, 'Sperrmüll');
    await page.press(W.input, 'Enter');
    await expect.poll(() => page.textContent(STATUS)).toBe('Bitte warten Sie auf die Antwort.');
    expect(await page.inputValue(W.input)).toBe('Sperrmüll');
  });

  it('moves focus into the "Optionen" menu when it opens, so it directly follows its button (B4)', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    await page.focus('.sl-more-btn');
    await page.keyboard.press('Enter');
    expect(await focusedClass(page)).toContain('sl-menu-item');
    expect(await page.evaluate(() => document.querySelector('stadtlotse-widget')?.shadowRoot?.activeElement?.textContent)).toBe('Mit einem Menschen sprechen');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('stadtlotse-widget')?.shadowRoot?.activeElement?.textContent)).toBe('Gespräch herunterladen');
    await page.keyboard.press('Escape');
    expect(await focusedClass(page)).toContain('sl-more-btn');
  });

  it('keeps the last question and the form in view when an on-screen keyboard leaves 330 px (D1)', async () => {
    const { page } = await env().newPage({ width: 360, height: 640 });
    await openLauncher(page, env().server.url);
    await page.focus(W.input);
    await page.setViewportSize({ width: 360, height: 330 });
    for (const text of ['Sperrmüll anmelden', '1 Sofa', 'Kaiserplatz 5, 52349 Düren']) await sendMessage(page, text);
    expect(await page.isHidden('.sl-notice')).toBe(true);
    expect(await page.isHidden('.sl-toolbar')).toBe(true);
    for (const selector of [W.input, W.send]) {
      const box = await page.locator(selector).boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 330, selector).toBe(true);
    }
    // The end of the last reply (the question) is inside the visible part of the log.
    const visible = await page.locator(W.log).evaluate((log) => {
      const last = log.querySelector('.sl-bot:last-of-type .sl-text') as HTMLElement;
      const l = log.getBoundingClientRect();
      const q = last.getBoundingClientRect();
      return q.bottom <= l.bottom + 1 && q.bottom > l.top;
    });
    expect(visible).toBe(true);
    // The notice and the language switch are still there, under "Optionen".
    await page.click('.sl-more-btn');
    expect(await page.isVisible('.sl-notice')).toBe(true);
    expect(await page.isVisible('.sl-toolbar')).toBe(true);
  });

  it('does not focus the text field after a chip on a touch screen, so no keyboard covers the answer (D2)', async () => {
    const context = await env().browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, locale: 'de-DE', reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
      await page.locator(W.chip).first().tap();
      await expect.poll(() => page.locator(W.bot).count()).toBeGreaterThan(1);
      expect(await focusedClass(page)).toContain('sl-log');
    } finally {
      await context.close();
    }
  });
}
