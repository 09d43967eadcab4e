/**
 * The staff workspace in Chromium: an editor logs in, adds a paraphrase from the inbox, sees the regression
 * check, publishes (while citizens keep chatting), and the test console shows the intent winning. axe-core
 * checks every workspace page (WCAG 2.1 A/AA). Screenshots go to docs/screenshots/staff-*.png for the guide.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CHROMIUM_ARGS } from '../browser/browser-support.js';
import { createStaffApp, PASSWORD, type StaffApp } from './staff-fixture.js';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const PARAPHRASE = 'ich brauche ein dokument zum verreisen';

describe('the staff workspace in a browser', () => {
  let app: StaffApp;
  let server: Server;
  let base = '';
  let browser: Browser;
  let reference = '';

  beforeAll(async () => {
    app = await createStaffApp();
    await app.addUser('eddie', ['editor']);
    await app.addUser('alle', ['editor', 'clerk', 'admin']);
    for (const text of [PARAPHRASE, PARAPHRASE, 'Ich brauche ein Dokument zum Verreisen!', 'wann ist vollmond']) {
      await app.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    }
    const { record } = await app.store.createSubmission({
      id: crypto.randomUUID(), type: 'maengelmelder', dialogId: 'maengelmelder', idempotencyKey: 'b1', conversationId: null,
      payload: { summary: [{ label: { de: 'Was', en: 'What' }, value: 'Schlagloch' }, { label: { de: 'Ort', en: 'Place' }, value: 'Kaiserplatz' }] },
      summaryTokenHash: 'x', referencePrefix: 'DN', createdAt: new Date().toISOString(), retainUntil: '2099-01-01T00:00:00.000Z',
    });
    reference = record.reference;
    server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: app.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server)) as Server;
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  async function login(page: Page, username: string): Promise<void> {
    await page.goto(`${base}/staff`);
    await page.waitForURL(/\/staff\/login/);
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(`${base}/staff`), page.click('button[type=submit]')]);
  }

  it('lets an editor turn an inbox question into an example, check, publish, and see it win in the console', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}/staff/login`);
    await page.fill('#username', 'eddie');
    await page.screenshot({ path: join(SHOTS, 'staff-login.png') });
    await login(page, 'eddie');

    await page.goto(`${base}/staff/inbox`);
    const group = page.locator('ol.inbox > li').filter({ hasText: /dokument zum verreisen/i });
    await expect(group.locator('.badge').first().textContent()).resolves.toBe('3×');
    await group.locator('input[name=intent]').fill('reisepass');
    await page.screenshot({ path: join(SHOTS, 'staff-inbox.png'), fullPage: true });
    await Promise.all([page.waitForURL(/done=assigned/), group.getByRole('button', { name: 'Als Beispiel übernehmen' }).click()]);
    expect(await page.locator('.notice-success').textContent()).toContain('als Beispiel übernommen');

    await page.goto(`${base}/staff/intents/reisepass`);
    expect(await page.locator('#examples_de').inputValue()).toMatch(/dokument zum verreisen/i);
    const score = page.locator('#answer_plain-score');
    const before = await score.textContent();
    // The warning about the saved text's readability goes away as soon as the text changes.
    expect(await page.locator('#answer_plain-warning').isVisible()).toBe(true);
    await page.fill('#answer_plain', 'Sie brauchen einen Pass. Gehen Sie zum Bürgerbüro. Bringen Sie ein Foto mit.');
    expect(await page.locator('#answer_plain-warning').isVisible()).toBe(false);
    await expect.poll(() => score.textContent(), { timeout: 10_000 }).not.toBe(before);
    expect(await score.textContent()).toMatch(/Lesbarkeit \(Amstad\): \d+/);
    await page.screenshot({ path: join(SHOTS, 'staff-intent-editor.png'), fullPage: true });
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Im Entwurf speichern' }).click()]);

    await page.goto(`${base}/staff/publish`);
    expect(await page.locator('#regression-heading').textContent()).toBe('Regressionsprüfung');
    await page.screenshot({ path: join(SHOTS, 'staff-publish.png'), fullPage: true });
    if (await page.locator('#confirm').count()) await page.check('#confirm');

    // Citizens keep chatting while the model is retrained and swapped.
    let publishing = true;
    const load = (async () => {
      const statuses: number[] = [];
      while (publishing || statuses.length < 20) {
        const res = await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'reisepass beantragen' }) });
        statuses.push(res.status);
      }
      return statuses;
    })();
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Jetzt veröffentlichen' }).click()]);
    await page.locator('.notice-success').waitFor();
    publishing = false;
    expect(await page.locator('.notice-success').textContent()).toContain('ist live');
    const statuses = await load;
    expect(statuses.every((s) => s === 200)).toBe(true);

    await page.goto(`${base}/staff/console?text=${encodeURIComponent(PARAPHRASE)}`);
    expect(await page.getByTestId('published-winner').textContent()).toBe('reisepass');
    expect(await page.getByTestId('draft-winner').textContent()).toBe('reisepass');
    await page.screenshot({ path: join(SHOTS, 'staff-console.png'), fullPage: true });
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  }, 240_000);

  it('has no axe violations (WCAG 2.1 A and AA) on any workspace page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${base}/staff/login`);
    const results: Record<string, string[]> = {};
    const check = async (path: string) => {
      await page.goto(`${base}${path}`);
      results[path] = (await axeViolations(page)).map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    };
    await check('/staff/login');
    await login(page, 'alle');
    for (const path of ['/staff', '/staff/intents', '/staff/intents/reisepass', '/staff/intents/new', '/staff/inbox', '/staff/publish', '/staff/versions', '/staff/versions/1', '/staff/import', `/staff/console?text=${encodeURIComponent(PARAPHRASE)}`, '/staff/analytics', '/staff/submissions', `/staff/submissions/${reference}`, '/staff/appointments', '/staff/users', '/staff/settings', '/staff/audit']) {
      await check(path);
    }
    await page.goto(`${base}/staff/analytics`);
    await page.screenshot({ path: join(SHOTS, 'staff-analytics.png'), fullPage: true });
    await page.goto(`${base}/staff/submissions/${reference}`);
    await page.screenshot({ path: join(SHOTS, 'staff-submission.png'), fullPage: true });
    expect(Object.fromEntries(Object.entries(results).filter(([, v]) => v.length > 0))).toEqual({});
    await context.close();
  }, 240_000);
});
