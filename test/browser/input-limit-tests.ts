/** The 1,000-character limit of the message field in the real browser (registered by widget.test.ts). */
import { expect, it } from 'vitest';
import { axeViolations, W, type BrowserEnv } from './browser-support.js';

const COUNT = '.sl-count';
const STATUS = '.sl-panel > [role="status"]';

export function inputLimitTests(env: () => BrowserEnv): void {
  it('says visibly and to screen readers that a pasted text was cut at 1,000 characters, and what to do', async () => {
    const { context, page } = await env().newPage({ bypassCSP: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env().server.url });
    await page.goto(`${env().server.url}/`);
    await page.click(W.launcher);
    await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
    expect(await page.isHidden(COUNT)).toBe(true);
    const letter = 'Sehr geehrte Damen und Herren, ich habe eine Frage zu meinem Antrag. '.repeat(22);
    await page.evaluate((text) => navigator.clipboard.writeText(text), letter);
    await page.focus(W.input);
    await page.keyboard.press('Control+V');

    const cut = 'Der eingefügte Text war zu lang: Nur die ersten 1.000 Zeichen wurden übernommen. Bitte teilen Sie ihn auf mehrere Nachrichten auf.';
    await expect.poll(() => page.locator(COUNT).textContent()).toBe(cut);
    expect(await page.isVisible(COUNT)).toBe(true);
    expect(await page.locator(W.input).evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(1000);
    await expect.poll(() => page.locator(STATUS).textContent()).toBe(cut);
    // The field names the note as its description, so a screen reader says it again on focus.
    expect(await page.locator(W.input).getAttribute('aria-describedby')).toBe(await page.locator(COUNT).getAttribute('id'));
    expect((await axeViolations(page)).map((v) => v.id)).toEqual([]);

    // A shorter text counts down again, and once sent the counter is gone.
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('x'.repeat(960));
    await expect.poll(() => page.locator(COUNT).textContent()).toBe('Noch 40 Zeichen');
    await page.click(W.send);
    await page.waitForSelector(W.bot);
    expect(await page.isHidden(COUNT)).toBe(true);
  });

  it('counts the characters left from 900 on and says when the limit is reached, in the chosen language', async () => {
    const { page } = await env().newPage();
    await page.goto(`${env().server.url}/`);
    await page.click(W.launcher);
    await page.waitForSelector('.sl[data-ready="true"]', { state: 'attached' });
    await page.fill(W.input, 'a'.repeat(899));
    expect(await page.isHidden(COUNT)).toBe(true);
    await page.fill(W.input, 'a'.repeat(950));
    await expect.poll(() => page.locator(COUNT).textContent()).toBe('Noch 50 Zeichen');
    await expect.poll(() => page.locator(STATUS).textContent()).toBe('Noch 50 Zeichen');
    await page.click('.sl-lang[lang="en"]');
    expect(await page.locator(COUNT).textContent()).toBe('50 characters left');
    await page.focus(W.input);
    await page.keyboard.press('End');
    await page.keyboard.type('b'.repeat(60));
    expect(await page.locator(W.input).evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(1000);
    await expect.poll(() => page.locator(COUNT).textContent()).toBe('At most 1,000 characters. Please write less or split your message.');
    expect(await page.locator(COUNT).evaluate((el) => getComputedStyle(el).fontWeight)).toBe('600');
  });
}
