/** Citizen journeys through the real widget on the demo page (registered by widget.test.ts, which owns the browser). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { askOnDemoPage, focusedClass, W, type BrowserEnv } from './browser-support.js';

export function journeyTests(env: () => BrowserEnv): void {
  it('answers "Was kostet ein Personalausweis?" with the fee and suggestions, and a suggestion asks the next question', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    await expect.poll(() => page.textContent(W.bot)).toContain('46 €');
    const chips = page.locator(W.chip);
    expect(await chips.count()).toBeGreaterThan(0);
    const title = (await chips.first().textContent()) ?? '';
    await chips.first().click();
    await expect.poll(() => page.locator(W.bot).count()).toBeGreaterThan(1);
    expect(await page.locator(W.user).last().textContent()).toContain(title);
  });

  it('works with the keyboard alone: open, type, send, choose a suggestion, close with Escape back to the launcher', async () => {
    const { page } = await env().newPage();
    await page.goto(`${env().server.url}/`);
    await page.waitForSelector(W.launcher);
    for (let i = 0; i < 40 && !(await focusedClass(page))?.includes('sl-launcher'); i += 1) await page.keyboard.press('Tab');
    expect(await focusedClass(page)).toContain('sl-launcher');
    await page.keyboard.press('Enter');
    expect(await focusedClass(page)).toContain('sl-input');
    await page.keyboard.type('Was kostet ein Personalausweis?');
    await page.keyboard.press('Enter');
    await page.waitForSelector(W.bot);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedClass(page)).toContain('sl-chip');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(W.bot).count()).toBe(2);
    expect(await focusedClass(page)).toContain('sl-input');
    await page.keyboard.press('Escape');
    expect(await page.isHidden(W.panel)).toBe(true);
    expect(await focusedClass(page)).toContain('sl-launcher');
  });

  it('shows hostile bot content as text: no markup, no script, no javascript: link', async () => {
    const { page } = await env().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/api/chat', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          conversationId: crypto.randomUUID(),
          replies: [{ text: '<img src=x onerror="window.__pwned=1"> <b>fett</b>\nZeile 2 javascript:alert(1)', speak: '', links: [{ title: 'Klick', url: 'javascript:window.__pwned=2' }], suggestions: [{ title: '<i>x</i>', value: 'intent:x' }] }],
          intent: null,
          locale: 'de',
          expectingInput: false,
        }),
      }),
    );
    await askOnDemoPage(page, env().server.url, 'Hallo');
    const bot = page.locator(W.bot);
    expect(await bot.locator('.sl-text').textContent()).toBe('<img src=x onerror="window.__pwned=1"> <b>fett</b>Zeile 2 javascript:alert(1)');
    expect(await bot.locator('.sl-text br').count()).toBe(1);
    expect(await bot.locator('img, b, i, script').count()).toBe(0);
    expect(await bot.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await bot.locator('.sl-links li').textContent()).toBe('Klick (javascript:window.__pwned=2)');
    expect(await page.locator(W.chip).textContent()).toBe('<i>x</i>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('keeps the conversation across a page reload', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    await page.reload();
    await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
    expect(await page.isVisible(W.panel)).toBe(true);
    expect(await page.locator(W.user).first().textContent()).toContain('Was kostet ein Personalausweis?');
    expect(await page.textContent(W.bot)).toContain('46 €');
  });

  it('deletes the citizen’s data after confirmation: the chat starts over and the API answers 404', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    const id = await page.evaluate(() => sessionStorage.getItem('stadtlotse:conversation'));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await page.click('.sl-more-btn');
    await page.click('.sl-menu-item:has-text("Meine Daten löschen")');
    expect(await page.isVisible('.sl-confirm')).toBe(true);
    await page.click('.sl-danger');
    await page.waitForSelector('.sl-confirm', { state: 'hidden' });
    expect(await page.locator(W.bot).count()).toBe(0);
    expect(await page.locator(W.user).count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('stadtlotse:conversation'))).toBeNull();
    expect((await fetch(`${env().server.url}/api/conversations/${id}`)).status).toBe(404);
  });

  it('keeps what the citizen typed when the network fails, and sends it again on retry', async () => {
    const { page } = await env().newPage();
    await page.goto(`${env().server.url}/`);
    await page.click(W.launcher);
    await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
    await page.route('**/api/chat', (route) => route.abort('internetdisconnected'));
    await page.fill(W.input, 'Was kostet ein Personalausweis?');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.sl-alert button:visible');
    expect(await page.textContent('.sl-alert')).toContain('Keine Verbindung');
    expect(await page.inputValue(W.input)).toBe('Was kostet ein Personalausweis?');
    await page.unroute('**/api/chat');
    await page.click('.sl-alert button');
    await page.waitForSelector(W.bot);
    expect(await page.textContent(W.bot)).toContain('46 €');
    expect(await page.inputValue(W.input)).toBe('');
    expect(await page.locator(W.user).count()).toBe(1);
  });

  it('sends and remembers "Einfache Sprache" and the language', async () => {
    const { page } = await env().newPage();
    const bodies: Array<Record<string, unknown>> = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/chat')) bodies.push(request.postDataJSON() as Record<string, unknown>);
    });
    await page.goto(`${env().server.url}/`);
    await page.click(W.launcher);
    await page.click('.sl-toggle');
    await page.click('.sl-lang[lang="en"]');
    expect(await page.getAttribute('.sl', 'lang')).toBe('en');
    expect(await page.textContent('.sl-label')).toBe('Your question');
    await page.reload();
    await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
    expect(await page.getAttribute('.sl-toggle', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('.sl-lang[lang="en"]', 'aria-pressed')).toBe('true');
    await page.fill(W.input, 'How much is an ID card?');
    await page.click(W.send);
    await page.waitForSelector(W.bot);
    expect(bodies.at(-1)).toMatchObject({ text: 'How much is an ID card?', locale: 'en', plainLanguage: true });
    expect(await page.getAttribute(W.bot, 'lang')).toBe('en');
  });

  it('shows the switch on when the citizen asks for "Einfache Sprache" in words, and sends it on from then', async () => {
    const { page } = await env().newPage();
    const bodies: Array<Record<string, unknown>> = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/chat')) bodies.push(request.postDataJSON() as Record<string, unknown>);
    });
    await askOnDemoPage(page, env().server.url, 'Einfache Sprache bitte');
    await expect.poll(() => page.getAttribute('.sl-toggle', 'aria-pressed')).toBe('true');
    const before = await page.locator(W.bot).count();
    await page.fill(W.input, 'Was kostet ein Personalausweis?');
    await page.click(W.send);
    await expect.poll(() => page.locator(W.bot).count()).toBeGreaterThan(before);
    expect(bodies.at(-1)).toMatchObject({ text: 'Was kostet ein Personalausweis?', plainLanguage: true });
  });

  it('marks each reply with its own language: an English question in the German widget, and the two notes to a Russian one', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'How much is an ID card, please?');
    expect(await page.getAttribute(W.bot, 'lang')).toBe('en');
    await page.fill(W.input, 'Как продлить вид на жительство?');
    await page.click(W.send);
    await page.locator(W.bot).nth(2).waitFor();
    const langs = await page.locator(W.bot).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang')));
    expect(langs.slice(-2)).toEqual(['de', 'en']);
  });

  it('hides read-aloud and the microphone where the browser cannot speak or listen, and the chat still works', async () => {
    const { page } = await env().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
    expect(await page.isVisible('.sl-speak')).toBe(false);
    expect(await page.isVisible('.sl-mic')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('reads an answer aloud where the browser has a voice', async () => {
    const { context, page } = await env().newPage();
    await context.addInitScript(() => {
      const spoken: string[] = [];
      Object.defineProperty(window, '__spoken', { value: spoken });
      const voice = { lang: 'de-DE', name: 'Test', default: true, localService: true, voiceURI: 'test' };
      Object.defineProperty(window, 'speechSynthesis', { value: { getVoices: () => [voice], speak: (u: { text: string }) => spoken.push(u.text), cancel: () => undefined, addEventListener: () => undefined } });
    });
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    await page.locator(`${W.bot} .sl-speak`).click();
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
    expect(spoken[0]).toContain('46 €');
  });

  it('lets the citizen download the transcript, rate an answer and find a person to call', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Was kostet ein Personalausweis?');
    const feedback = page.waitForResponse((res) => res.url().endsWith('/api/feedback'));
    await page.click(`${W.bot} .sl-rate >> nth=0`);
    expect((await feedback).status()).toBe(201);
    await expect.poll(() => page.getAttribute(`${W.bot} .sl-rate >> nth=0`, 'aria-pressed')).toBe('true');
    await page.click('.sl-more-btn');
    const download = page.waitForEvent('download');
    await page.click('.sl-menu-item:has-text("Gespräch herunterladen")');
    const file = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toContain('Was kostet ein Personalausweis?');
    expect(text).toContain('46 €');
    await page.click('.sl-menu-item:has-text("Mit einem Menschen sprechen")');
    expect(await page.textContent('.sl-human')).toContain('02421 25-2000');
    expect(await page.getAttribute('.sl-human a[href^="tel:"]', 'href')).toBe('tel:02421252000');
  });

  it('rates each answer to a message with two questions as its own topic', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Wann hat das Fundbüro geöffnet? Und was kostet ein neuer Reisepass?');
    await expect.poll(() => page.locator(W.bot).count()).toBe(2);
    const rated: unknown[] = [];
    for (const nth of [0, 1]) {
      const request = page.waitForRequest((req) => req.url().endsWith('/api/feedback'));
      await page.locator(W.bot).nth(nth).locator('.sl-rate').first().click();
      rated.push((await request).postDataJSON());
    }
    expect(rated).toEqual([expect.objectContaining({ intent: 'fundbuero' }), expect.objectContaining({ intent: 'reisepass' })]);
    // After a reload the restored answers are rated as the same topics.
    await page.reload();
    await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
    await expect.poll(() => page.locator(W.bot).count()).toBeGreaterThanOrEqual(2);
    const answers = page.locator(W.bot);
    const restored: unknown[] = [];
    const count = await answers.count();
    for (const nth of [count - 2, count - 1]) {
      const request = page.waitForRequest((req) => req.url().endsWith('/api/feedback'));
      await answers.nth(nth).locator('.sl-rate').first().click();
      restored.push((await request).postDataJSON());
    }
    expect(restored).toEqual([expect.objectContaining({ intent: 'fundbuero' }), expect.objectContaining({ intent: 'reisepass' })]);
  });

  it.skipIf(!existsSync(join(process.cwd(), 'dialogs', 'wohngeld.yaml')))('guides a citizen to a Wohngeld estimate, answering by typing and by choosing an option', async () => {
    const { page } = await env().newPage();
    await askOnDemoPage(page, env().server.url, 'Wohngeld beantragen');
    await expect.poll(() => page.locator(W.bot).last().textContent()).toContain('Personen');
    for (const answer of ['2', '600 Euro', '1800 Euro']) {
      const before = await page.locator(W.bot).count();
      await page.fill(W.input, answer);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(W.bot).count()).toBeGreaterThan(before);
    }
    await page.click(`${W.chip}:has-text("Lohn oder Gehalt")`);
    await expect.poll(() => page.locator(W.bot).allTextContents().then((texts) => texts.join(' '))).toMatch(/Trifft eines davon/);
    await page.click(`${W.chip}:has-text("Nichts davon")`);
    await expect.poll(() => page.locator(W.bot).allTextContents().then((texts) => texts.join(' '))).toMatch(/etwa \d+ € Wohngeld im Monat/);
  });
}
