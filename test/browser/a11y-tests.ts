/** Accessibility, layout, CSP and privacy checks in the real browser (registered by widget.test.ts). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { askOnDemoPage, axeViolations, W, type BrowserEnv } from './browser-support.js';

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const summary = (violations: Awaited<ReturnType<typeof axeViolations>>) => violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);

export function accessibilityTests(env: () => BrowserEnv): void {
  it('has no axe violations (WCAG 2.1 A and AA) on the demo page with the panel open, and after a reply', async () => {
    const { page } = await env().newPage({ bypassCSP: true });
    await page.goto(`${env().server.url}/`);
    await page.click(W.launcher);
    await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
    expect(summary(await axeViolations(page))).toEqual([]);
    await page.fill(W.input, 'Was kostet ein Personalausweis?');
    await page.click(W.send);
    await page.waitForSelector(W.bot);
    await page.click('.sl-more-btn');
    await page.click('.sl-menu-item:has-text("Mit einem Menschen sprechen")');
    expect(summary(await axeViolations(page))).toEqual([]);
  });

  it.each(['/chat', '/datenschutz', '/barrierefreiheit', '/leichte-sprache'])('has no axe violations on %s', async (path) => {
    const { page } = await env().newPage({ bypassCSP: true });
    await page.goto(`${env().server.url}${path}`);
    if (path === '/chat') await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
    expect(summary(await axeViolations(page))).toEqual([]);
  });

  it('fits a 320 px phone without horizontal scrolling, and saves screenshots at 320 and 1280 px', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of [320, 1280]) {
      const { page } = await env().newPage({ width, height: width === 320 ? 640 : 800 });
      await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
      const box = await page.locator(W.panel).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `widget-${width}.png`) });
      if (width === 320) {
        for (const path of ['/chat', '/datenschutz', '/leichte-sprache']) {
          await page.goto(`${env().server.url}${path}`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
        }
      }
    }
  });

  it('stays usable with text at 200 %', async () => {
    const { page } = await env().newPage({ width: 1280, height: 800 });
    await page.goto(`${env().server.url}/`);
    // Text-only zoom: the browser's minimum font setting and "text size 200 %" both raise the root font size.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await page.click(W.launcher);
    await page.fill(W.input, 'Was kostet ein Personalausweis?');
    await page.click(W.send);
    await page.waitForSelector(W.bot);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const size = await page.locator(W.input).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
  });

  it('turns animation off when the system asks for reduced motion', async () => {
    const { page } = await env().newPage({ reducedMotion: 'reduce' });
    await page.goto(`${env().server.url}/`);
    await page.click(W.launcher);
    await page.route('**/api/chat', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.fill(W.input, 'Hallo');
    await page.click(W.send);
    await page.waitForSelector('.sl-typing:visible');
    expect(await page.locator('.sl-dots span').first().evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });

  it('sends every request of a whole conversation to the app’s own origin only', async () => {
    const { page } = await env().newPage();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    await page.goto(`${env().server.url}/chat`);
    await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
    const foreign = urls.filter((url) => !url.startsWith(`${env().server.url}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(urls.length).toBeGreaterThan(5);
  });

  it('works on a city website with a strict CSP of its own, from another origin (CORS)', async () => {
    const { page } = await env().newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${env().cityOrigin}/`);
    await page.click(W.launcher);
    await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
    const background = await page.locator(W.launcher).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(0, 80, 143)');
    await page.fill(W.input, 'Was kostet ein Personalausweis?');
    await page.click(W.send);
    await page.waitForSelector(W.bot);
    expect(await page.textContent(W.bot)).toContain('46 €');
    expect(problems).toEqual([]);
  });
}
