/**
 * WCAG details in the real browser (registered by widget.test.ts): the language of parts of a message (3.1.2),
 * focus not hidden behind the launcher (2.4.11), references that stay on one line.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { askOnDemoPage, axeViolations, W, widgetReady, type BrowserEnv } from './browser-support.js';

/** The language a screen reader uses for the first element matching the selector: its nearest lang attribute. */
const langOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang') ?? null);

/** How many lines each match of the pattern spans in the bot messages' text, whatever the markup around it. */
function linesOfMatches(page: Page, pattern: string): Promise<number[]> {
  return page.locator(`${W.bot} .sl-text`).evaluateAll((nodes, source) => {
    const lines: number[] = [];
    for (const node of nodes) {
      const texts: Array<{ node: Text; start: number }> = [];
      let all = '';
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        texts.push({ node: t, start: all.length });
        all += t.data;
      }
      const at = (offset: number, end: boolean) => texts.filter((x) => (end ? x.start < offset : x.start <= offset) && offset <= x.start + x.node.data.length).at(end ? 0 : -1);
      for (const match of all.matchAll(new RegExp(source, 'g'))) {
        const from = at(match.index, false);
        const to = at(match.index + match[0].length, true);
        if (!from || !to) continue;
        const range = document.createRange();
        range.setStart(from.node, match.index - from.start);
        range.setEnd(to.node, match.index + match[0].length - to.start);
        lines.push(new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size);
      }
    }
    return lines;
  }, pattern);
}

export function partsTests(env: () => BrowserEnv): void {
  it('marks an English message in the German widget as English, and the German controls inside an English answer as German', async () => {
    const { page } = await env().newPage({ bypassCSP: true });
    await askOnDemoPage(page, env().server.url, 'How much is an ID card?');
    expect((await axeViolations(page)).map((v) => v.id)).toEqual([]);
    for (let round = 0; round < 2; round += 1) {
      expect(await page.getAttribute(W.user, 'lang')).toBe('en');
      expect(await langOf(page, `${W.user} .sl-vh`)).toBe('de');
      expect(await page.getAttribute(W.bot, 'lang')).toBe('en');
      expect(await page.getAttribute(`${W.bot} .sl-rate`, 'aria-label')).toBe('Antwort war hilfreich');
      expect(await langOf(page, `${W.bot} .sl-rate`)).toBe('de');
      expect(await langOf(page, `${W.bot} .sl-links`)).toBe('de');
      expect(await langOf(page, `${W.bot} .sl-links a`)).toBe('en');
      expect(await langOf(page, `${W.bot} .sl-suggestions`)).toBe('de');
      expect(await langOf(page, W.chip)).toBe('en');
      // The same after a reload, from the stored transcript.
      await page.reload();
      await widgetReady(page);
    }
  });

  it('marks the bubble of a chosen suggestion in the language of the answer it came from', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'How much is an ID card?');
    const title = (await page.locator(W.chip).first().textContent()) ?? '';
    await page.locator(W.chip).first().click();
    await expect.poll(() => page.locator(W.bot).count()).toBeGreaterThan(1);
    expect(await page.locator(W.user).last().textContent()).toContain(title);
    expect(await page.locator(W.user).last().getAttribute('lang')).toBe('en');
  });

  it.each([
    [360, 640],
    [320, 568],
  ])('never hides a focused link of the demo page behind the launcher at %i x %i px', async (width, height) => {
    const { page } = await env().newPage({ width, height });
    await page.goto(`${env().server.url}/`);
    await page.waitForSelector(W.launcher);
    const hidden: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const step = await page.evaluate(() => {
        const active = document.activeElement;
        const launcher = document.querySelector('stadtlotse-widget')?.shadowRoot?.querySelector('.sl-launcher');
        if (!active || !launcher || active.tagName === 'STADTLOTSE-WIDGET') return null;
        const a = active.getBoundingClientRect();
        const b = launcher.getBoundingClientRect();
        const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
        return { name: active.textContent?.trim() ?? active.tagName, overlap };
      });
      if (!step) break;
      if (step.overlap > 0) hidden.push(step.name);
    }
    expect(hidden).toEqual([]);
  });

  it('keeps reference numbers and codes on one line on a 360 px phone', async () => {
    const { page } = await env().newPage({ width: 360, height: 640 });
    // The reference at every place in the line: one of them reaches the end of the line.
    const replies = Array.from({ length: 28 }, (_, k) => ({
      text: `${'Nr '.repeat(k)}Ihre Vorgangsnummer ist DN-2026-048213. Ihr Code: ABCD-EFGH.`,
      speak: '',
      links: [],
      suggestions: [],
    }));
    await page.route('**/api/chat', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ conversationId: crypto.randomUUID(), replies, intent: null, locale: 'de', expectingInput: false }) }));
    await askOnDemoPage(page, env().server.url, 'Hallo');
    await expect.poll(() => page.locator(W.bot).count()).toBe(28);
    const references = await linesOfMatches(page, 'DN-2026-048213');
    const codes = await linesOfMatches(page, 'ABCD-EFGH');
    expect(references).toHaveLength(28);
    expect(codes).toHaveLength(28);
    expect([...references, ...codes].filter((lines) => lines !== 1)).toEqual([]);
  });
}
