/**
 * Dates in the bulky-waste wish (tester-o C1): a date that does not exist is refused also with "am" in front, the
 * 29.2. of a common year too; a day-month just passed is asked back before it becomes next year's; "12/3" is asked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

/** Tuesday, 1 December 2026, 09:10 in Düren. */
const DEC_1 = () => new Date('2026-12-01T08:10:00Z');

async function atPeriod(now = DEC_1): Promise<Harness> {
  const h = await harness({ now });
  await h.send('Ich möchte Sperrmüll anmelden');
  await h.send('2 Matratzen');
  await h.send('Hohe Straße 3, 52349 Düren');
  return h;
}

describe('the bulky-waste period', () => {
  it.each([
    ['am 31.2.', /Den 31\.2\. gibt es nicht/],
    ['am 30.2.', /Den 30\.2\. gibt es nicht/],
    ['am 31.02.2027', /Den 31\.2\.2027 gibt es nicht/],
    ['29.2.', /Den 29\.2\. gibt es 2027 nicht/],
    ['12/3', /Meinen Sie den 12\. März oder den 3\. Dezember\?/],
  ])('refuses "%s" and says why', async (answer, reason) => {
    const h = await atPeriod();
    expect(await h.send(answer)).toMatch(reason);
    expect(h.last.dialog?.step).toBe('zeitraum');
  });

  it('asks back for a day that has just passed, and a yes keeps next year\'s', async () => {
    const h = await atPeriod();
    expect(await h.send('am 30.11.')).toMatch(/Meinen Sie den 30\.11\.2027, im nächsten Jahr\?/);
    expect(h.last.dialog?.step).toBe('zeitraum');
    expect(await h.send('ja')).toMatch(/Wunschzeitraum: 30\.11\.2027/);
  });

  it('asks for another period after a no', async () => {
    const h = await atPeriod();
    await h.send('am 30.11.');
    expect(await h.send('nein')).toMatch(/Bitte nennen Sie den Tag mit Jahr oder einen Zeitraum wie „nächste Woche“/);
    expect(h.last.dialog?.step).toBe('zeitraum');
  });

  it('takes a day of next year with its year, and a day a few weeks ahead, without asking', async () => {
    expect(await (await atPeriod()).send('am 30.11.2027')).toMatch(/Wunschzeitraum: 30\.11\.2027/);
    expect(await (await atPeriod()).send('am 15.1.')).toMatch(/Wunschzeitraum: 15\.01\.2027/);
  });

  it('takes "an Heiligabend" as the 24.12.', async () => {
    expect(await (await atPeriod()).send('an Heiligabend')).toMatch(/Wunschzeitraum: 24\.12\.2026/);
  });
});
