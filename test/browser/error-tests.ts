/** What the widget says when a message fails, by the kind of failure (registered by widget.test.ts). */
import { expect, it } from 'vitest';
import { W, widgetReady, type BrowserEnv } from './browser-support.js';

const ALERT = '.sl-alert > span';

export function errorTests(env: () => BrowserEnv): void {
  it.each([
    [503, 'db_unavailable', 'Database unavailable.', 'Der Dienst ist gerade gestört. Ihre Nachricht wurde nicht gesendet. Bitte versuchen Sie es gleich noch einmal.', true],
    [429, 'rate_limited', 'Too many requests.', 'Zu viele Nachrichten in kurzer Zeit. Bitte warten Sie einen Moment und senden Sie dann erneut.', true],
    [400, 'text_too_long', 'text must be at most 1000 characters', 'Diese Nachricht konnte nicht verarbeitet werden. Bitte schreiben Sie sie anders.', false],
  ])('answers a %i from the server with its own German message, never the server’s English reason', async (status, code, reason, message, retry) => {
    const { page } = await env().newPage();
    await page.goto(`${env().server.url}/`);
    await page.click(W.launcher);
    await widgetReady(page);
    await page.route('**/api/chat', (route) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify({ error: { code, field: 'text', reason } }) }));
    await page.fill(W.input, 'Was kostet ein Personalausweis?');
    await page.press(W.input, 'Enter');
    await expect.poll(() => page.textContent(ALERT)).toBe(message);
    expect(await page.isVisible('.sl-alert button:has-text("Erneut senden")')).toBe(retry);
    expect(await page.inputValue(W.input)).toBe('Was kostet ein Personalausweis?');
  });

  it('says "Keine Verbindung" only when the server cannot be reached, and in English in the English widget', async () => {
    const { page } = await env().newPage();
    await page.goto(`${env().server.url}/`);
    await page.click(W.launcher);
    await widgetReady(page);
    await page.click('.sl-lang[lang="en"]');
    await page.route('**/api/chat', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'db_unavailable', field: null, reason: 'Database unavailable.' } }) }));
    await page.fill(W.input, 'How much is an ID card?');
    await page.press(W.input, 'Enter');
    await expect.poll(() => page.textContent(ALERT)).toBe('The service is not working right now. Your message was not sent. Please try again in a moment.');
    await page.unroute('**/api/chat');
    await page.route('**/api/chat', (route) => route.abort('internetdisconnected'));
    await page.click('.sl-alert button:has-text("Send again")');
    await expect.poll(() => page.textContent(ALERT)).toBe('No connection. Your message was not sent.');
  });
}
