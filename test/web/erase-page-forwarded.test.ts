/**
 * Report j-14: after erasing, /antrag-loeschen says whether the office had already received the application
 * and that it was told. The page script runs here against a minimal stand-in for the DOM.
 */
import { describe, expect, it } from 'vitest';
import { ERASE_SUBMISSION_JS } from '../../src/web/assets/erase-submission-script.js';

interface FakeElement {
  hidden: boolean;
  disabled: boolean;
  textContent: string;
  attributes: Record<string, string>;
  listeners: Record<string, () => void>;
  getAttribute(name: string): string | null;
  addEventListener(type: string, listener: () => void): void;
  focus(): void;
}

function element(attributes: Record<string, string> = {}): FakeElement {
  return {
    hidden: true, disabled: false, textContent: '', attributes, listeners: {},
    getAttribute(name) { return this.attributes[name] ?? null; },
    addEventListener(type, listener) { this.listeners[type] = listener; },
    focus() { /* nothing to focus */ },
  };
}

async function eraseWith(answer: { status: number; body?: unknown }, locale: 'de' | 'en') {
  const result = element({
    'data-done': 'Die Angaben zu Ihrem Antrag wurden gelöscht.',
    'data-forwarded': 'Die zuständige Stelle hatte den Antrag schon am {date} erhalten.',
    'data-date-format': locale,
  });
  const elements: Record<string, FakeElement> = {
    erase: element(), 'erase-start': element(), 'erase-confirm': element(), 'erase-yes': element(), 'erase-no': element(),
    'erase-result': result, 'erase-question': element(), 'erase-reference': element(),
  };
  const document = { getElementById: (id: string) => elements[id] ?? null };
  const location = { hash: '#reference=DN-2026-123456&token=key', pathname: '/antrag-loeschen', search: '' };
  const history = { replaceState: () => undefined };
  const fetch = () => Promise.resolve({ status: answer.status, json: () => Promise.resolve(answer.body) });
  new Function('document', 'location', 'history', 'fetch', ERASE_SUBMISSION_JS)(document, location, history, fetch);
  elements['erase-yes']?.listeners.click?.();
  await new Promise((resolve) => setTimeout(resolve, 10));
  return result.textContent;
}

describe('/antrag-loeschen after the erasure', () => {
  it('says since when the office had the application when it had already been forwarded', async () => {
    expect(await eraseWith({ status: 200, body: { status: 'erased', forwardedOn: '2026-11-21', officeNotified: true } }, 'de')).toBe(
      'Die Angaben zu Ihrem Antrag wurden gelöscht. Die zuständige Stelle hatte den Antrag schon am 21.11.2026 erhalten.',
    );
    expect(await eraseWith({ status: 200, body: { status: 'erased', forwardedOn: '2026-11-21' } }, 'en')).toContain('am 21/11/2026 erhalten');
  });

  it('says only that it was erased when the office had not received it yet', async () => {
    expect(await eraseWith({ status: 200, body: { status: 'erased', forwardedOn: null, officeNotified: false } }, 'de')).toBe('Die Angaben zu Ihrem Antrag wurden gelöscht.');
  });
});
