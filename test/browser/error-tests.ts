/** What the widget says when a message fails, by the kind of failure (registered by widget.test.ts). */
import { expect, it } from 'vitest';
import { sendMessage, W, widgetReady, type BrowserEnv } from './browser-support.js';

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
    await expect.poll(() => page.textContent(ALERT)).toBe('No connection. No answer came; your message may not have arrived. "Send again" does not count it twice.');
  });

  it('sends a message whose answer was lost again with the same id, and the server answers it once', async () => {
    const { page } = await env().newPage();
    await page.goto(`${env().server.url}/`);
    await page.click(W.launcher);
    await widgetReady(page);
    await sendMessage(page, 'Ich möchte Wohngeld beantragen');
    const ids: string[] = [];
    let lose = true;
    // The server gets the message and answers; the connection drops before the answer arrives.
    await page.route('**/api/chat', async (route) => {
      ids.push((route.request().postDataJSON() as { messageId: string }).messageId);
      if (!lose) return route.continue();
      lose = false;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.fill(W.input, '3');
    await page.press(W.input, 'Enter');
    await expect.poll(() => page.textContent(ALERT)).toBe('Keine Verbindung. Es kam keine Antwort; Ihre Nachricht ist vielleicht nicht angekommen. „Erneut senden“ zählt sie nicht doppelt.');
    expect(await page.textContent('.sl-log .sl-user .sl-not-sent')).toBe('keine Antwort');
    await page.click('.sl-alert button:has-text("Erneut senden")');
    await expect.poll(() => page.locator(W.bot).last().textContent()).toMatch(/Wie hoch ist Ihre Bruttokaltmiete/);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    const id = await page.evaluate(() => sessionStorage.getItem('stadtlotse:conversation'));
    const stored = (await (await fetch(`${env().server.url}/api/conversations/${id ?? ''}`)).json()) as { messages: Array<{ role: string; text: string }> };
    expect(stored.messages.filter((m) => m.role === 'user' && m.text === '3')).toHaveLength(1);
  });

  it('says visibly that an erased conversation is gone, and does not send the answer into a new conversation', async () => {
    const { page } = await env().newPage();
    await page.goto(`${env().server.url}/`);
    await page.click(W.launcher);
    await widgetReady(page);
    await sendMessage(page, 'Ich möchte Wohngeld beantragen');
    const id = await page.evaluate(() => sessionStorage.getItem('stadtlotse:conversation'));
    // Erased in another tab.
    expect((await fetch(`${env().server.url}/api/conversations/${id ?? ''}`, { method: 'DELETE' })).status).toBe(204);
    const sent: Array<{ conversationId?: string }> = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/chat')) sent.push(request.postDataJSON() as { conversationId?: string });
    });
    await page.fill(W.input, 'Erika Mustermann');
    await page.press(W.input, 'Enter');
    await expect.poll(() => page.textContent(ALERT)).toBe(
      'Dieses Gespräch gibt es nicht mehr: Es wurde gelöscht, vielleicht in einem anderen Fenster, oder es ist abgelaufen. Ihre Nachricht wurde nicht gesendet. Bitte beginnen Sie neu; ein Antrag beginnt dann von vorn.',
    );
    expect(await page.isVisible('.sl-alert')).toBe(true);
    expect(sent).toEqual([expect.objectContaining({ conversationId: id })]);
    expect(await page.evaluate(() => sessionStorage.getItem('stadtlotse:conversation'))).toBeNull();
    expect(await page.inputValue(W.input)).toBe('Erika Mustermann');
  });
}
