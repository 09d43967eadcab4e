/**
 * A button of an earlier question pressed at a choice (two tabs, a lost answer sent again, a messenger card
 * that stays clickable) gets "Dieser Knopf gehört zu einer früheren Frage", not another topic's answer
 * (tester-k C2).
 */
import { describe, expect, it } from 'vitest';
import { atRent } from './harness.js';

describe('an old button at a choice of the Wohngeld dialog', () => {
  it('says the button belongs to an earlier question and asks the allowances question again', async () => {
    const h = await atRent();
    await h.send('650 Euro');
    await h.send('2000 Euro brutto');
    await h.send('', { action: 'arbeit' });
    expect(h.last.dialog?.step).toBe('freibetrag');
    const reply = await h.send('', { action: 'rente' });
    expect(reply).toMatch(/Dieser Knopf gehört zu einer früheren Frage/);
    expect(reply).not.toMatch(/Grundsicherung/);
    expect(h.last.dialog?.step).toBe('freibetrag');
  });

  it('still takes the choice’s own buttons, in either language', async () => {
    const h = await atRent();
    await h.send('650 Euro');
    await h.send('2000 Euro brutto');
    await h.send('', { action: 'rente' });
    expect(h.last.dialog?.step).toBe('freibetrag');
    await h.send('', { action: 'nein' });
    expect(h.last.dialog?.step).toBe('weiter');
  });
});
