/**
 * Browser tests: the real Node server (SQLite in a temp file, real content and NLU) on 127.0.0.1
 * and Debian's Chromium through playwright-core, with a fresh profile per browser.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { silentLogger } from '../../src/http/logger.js';
import { readConfig } from '../../src/runtime/node/config.js';
import { startServer, type RunningServer } from '../../src/runtime/node/server.js';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserEnv {
  server: RunningServer;
  /** A city website on another origin (another port on 127.0.0.1) that embeds the widget under a strict CSP. */
  cityOrigin: string;
  browser: Browser;
  newPage(options?: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference'; bypassCSP?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** The city website: a page with only the script tag, and a CSP that allows nothing but the widget's origin. */
async function startCityWebsite(apiUrl: () => string): Promise<{ origin: string; close(): Promise<void> }> {
  const site: Server = createServer((req, res) => {
    const api = apiUrl();
    res.writeHead(req.url === '/' ? 200 : 404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src ${api}; connect-src ${api}; style-src 'none'; img-src 'none'`,
    });
    res.end(`<!DOCTYPE html><html lang="de"><head><title>Stadt</title></head><body><h1>Stadt</h1><script src="${api}/widget.js" data-city="dueren" defer></script></body></html>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(site.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => site.close(() => resolve())),
  };
}

export async function startBrowserEnv(env: Record<string, string> = {}): Promise<BrowserEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-browser-'));
  let apiUrl = '';
  const city = await startCityWebsite(() => apiUrl);
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'test.sqlite'), CHAT_RATE_LIMIT_PER_MINUTE: '100000', ALLOWED_ORIGINS: city.origin, ...env }, process.cwd());
  const server = await startServer(config, silentLogger);
  apiUrl = server.url;
  // A persistent context gives each run its own fresh user-data-dir; other contexts come from its browser.
  const userDataDir = join(dir, 'profile');
  const persistent = await chromium.launchPersistentContext(userDataDir, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const browser = persistent.browser() ?? (await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS }));
  const contexts: BrowserContext[] = [persistent];
  return {
    server,
    cityOrigin: city.origin,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, reducedMotion: options.reducedMotion ?? 'reduce', locale: 'de-DE', bypassCSP: options.bypassCSP ?? false });
      contexts.push(context);
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
      await city.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** Runs axe-core in the page with the WCAG 2.1 A/AA rule set. Injected as text (no request leaves the test), so the page needs a context with bypassCSP. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, AXE_TAGS);
}

/** The widget's shadow root content, addressed through Playwright's shadow-piercing CSS. */
export const W = {
  launcher: 'stadtlotse-widget .sl-launcher',
  panel: '.sl-panel',
  input: '.sl-input',
  send: '.sl-send',
  log: '.sl-log',
  bot: '.sl-log .sl-bot:not(.sl-welcome)',
  user: '.sl-log .sl-user',
  chip: '.sl-log .sl-chip',
};

/** The focused element's class list, looking through shadow roots. */
export async function focusedClass(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()}.${active.className}` : null;
  });
}

/** Opens the demo page and the chat panel, and asks one question; returns when the answer is shown. */
export async function askOnDemoPage(page: Page, baseUrl: string, question: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.click(W.launcher);
  await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
  await page.fill(W.input, question);
  await page.click(W.send);
  await page.waitForSelector(W.bot);
}

/** Waits until the widget has mounted and loaded the conversation (after a navigation or a reload). */
export async function widgetReady(page: Page): Promise<void> {
  await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
}

/** Types a message into the open widget and returns when its answer is shown. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  const before = await page.locator(W.bot).count();
  await page.fill(W.input, text);
  await page.press(W.input, 'Enter');
  await expect.poll(() => page.locator(W.bot).count()).toBeGreaterThan(before);
  await page.waitForSelector('.sl-log[aria-busy="false"]', { state: 'attached' });
}

/** A bulky-waste pickup, submitted in the widget on the demo page; returns when the confirmation is shown. */
export async function submitBulkyWaste(page: Page, baseUrl: string): Promise<void> {
  await askOnDemoPage(page, baseUrl, 'Sperrmüll anmelden');
  for (const answer of ['1 Sofa', 'Schenkelstraße 12, 52349 Düren', 'egal', 'Erika Mustermann', '0176 12345678', 'Ja']) await sendMessage(page, answer);
  await expect.poll(() => page.locator(W.bot).last().textContent()).toMatch(/DN-2026-\d{6}/);
}
