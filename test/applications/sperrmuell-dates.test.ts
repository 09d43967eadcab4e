/**
 * Dates in the bulky-waste wish (tester-o C1): a date that does not exist is refused also with "am" in front, the
 * 29.2. of a common year too; a day-month just passed is asked back before it becomes next year's; "12/3" is asked.
 * The ask-back is a yes/no question of its own (Ja/Nein, no second question) and waits through a side question (N1, N3).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, suggestionValues, type Harness } from './harness.js';

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

  it('asks back a day without a year more than half a year ahead also in this year: "am 28.12." on 5 January', async () => {
    const JAN_5 = () => new Date('2027-01-05T09:00:00Z');
    for (const [answer, asked] of [
      ['am 28.12.', /Meinen Sie den 28\.12\.2027, also erst in mehr als einem halben Jahr\?/],
      ['Weihnachten', /Meinen Sie den 25\.12\.2027/],
      ['im Dezember', /Meinen Sie 01\.12\.2027 – 31\.12\.2027/],
    ] as const) {
      const h = await atPeriod(JAN_5);
      expect(await h.send(answer)).toMatch(asked);
      expect(h.last.dialog?.step).toBe('zeitraum');
    }
    const h = await atPeriod(JAN_5);
    await h.send('am 28.12.');
    expect(await h.send('ja')).toMatch(/Wunschzeitraum: 28\.12\.2027/);
  });

  it('ends the turn with the ask-back and Ja/Nein buttons; the open question comes only after "nein"', async () => {
    const h = await atPeriod();
    const reply = await h.send('am 30.11.');
    expect(reply).not.toMatch(/Wann würde Ihnen die Abholung passen/);
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    expect(await h.send('nein')).toMatch(/Wann würde Ihnen die Abholung passen/);
  });

  it('keeps the ask-back through a side question and "ja" to going on, and a yes then keeps the date', async () => {
    const h = await atPeriod();
    await h.send('am 30.11.');
    expect(await h.send('Was kostet das?')).toMatch(/weitermachen\?/);
    expect(await h.send('ja')).toMatch(/Meinen Sie den 30\.11\.2027, im nächsten Jahr\?/);
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    expect(await h.send('ja')).toMatch(/Wunschzeitraum: 30\.11\.2027/);
  });

  it('asks it again in Einfache Sprache after "Einfache Sprache bitte", and a yes still keeps the date', async () => {
    const h = await atPeriod();
    await h.send('am 30.11.');
    expect(await h.send('Einfache Sprache bitte')).toMatch(/Meinen Sie den 30\.11\.2027\? Das ist nächstes Jahr\./);
    expect(await h.send('ja')).toMatch(/Wunschzeitraum: 30\.11\.2027/);
  });

  it('asks it again in English after "English please", and "yes" keeps the date', async () => {
    const h = await atPeriod();
    await h.send('am 30.11.');
    expect(await h.send('English please')).toMatch(/Do you mean 30 November 2027, next year\?/);
    expect(suggestionValues(h)).toEqual(['yes', 'no']);
    expect(await h.send('yes')).toMatch(/30\.11\.2027|30 November 2027/);
  });

  it('forgets the ask-back after another answer to the question, so a later "ja" keeps nothing', async () => {
    const h = await atPeriod();
    await h.send('am 30.11.');
    expect(await h.send('Erika Mustermann')).toMatch(/Darin habe ich keinen Tag und keinen Zeitraum gefunden/);
    expect(await h.send('ja')).not.toMatch(/Wunschzeitraum/);
    expect(h.last.dialog?.step).toBe('zeitraum');
  });

  it.each(['ab 10.12.', 'ab dem 10.12.', 'from 10 December'])('keeps "%s" as a period from that day, not as a single day (smoke19 B7)', async (answer) => {
    const h = await atPeriod();
    expect(await h.send(answer)).toMatch(/Wunschzeitraum: ab 10\.12\.2026/);
    await h.send('Erika Mustermann');
    await h.send('0176 12345678');
    await h.send('ja');
    const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
    expect(submission?.payload).toMatchObject({ data: { preferred_period: { from: '2026-12-10', label: { de: 'ab 10.12.2026' } } } });
    expect((submission?.payload as { data: { preferred_period: object } }).data.preferred_period).not.toHaveProperty('to');
  });

  it.each(['vom 10.12. bis 20.12.', '10.12. bis 20.12.', 'ab 10.12. bis 20.12.', 'ab 10.12., aber nicht nach dem 20.12.', '10.12. - 20.12.', 'from 10 December until 20 December'])(
    'keeps "%s" as the period 10.12.-20.12., not as its first day (retest19s R1)',
    async (answer) => {
      const h = await atPeriod();
      expect(await h.send(answer)).toMatch(/Wunschzeitraum: 10\.12\.2026 – 20\.12\.2026/);
    },
  );

  it('asks "Meinen Sie Ende Dezember?" for "Ende des Monats" on 29 November, and a yes takes 21.–31.12. (smoke19 A4)', async () => {
    const NOV_29 = () => new Date('2026-11-29T10:00:00Z');
    const h = await atPeriod(NOV_29);
    expect(await h.send('Ende des Monats')).toMatch(/Dieser Monat ist fast vorbei\. Meinen Sie Ende Dezember \(21\.12\.2026 – 31\.12\.2026\)\?/);
    expect(h.last.dialog?.step).toBe('zeitraum');
    expect(await h.send('ja')).toMatch(/Wunschzeitraum: 21\.12\.2026 – 31\.12\.2026/);
    const other = await atPeriod(NOV_29);
    await other.send('Ende des Monats');
    expect(await other.send('nein')).toMatch(/Bitte nennen Sie einen anderen Zeitraum/);
    expect(other.last.dialog?.step).toBe('zeitraum');
  });

  it('takes "Ende des Monats" with three or more days left as this month\'s end, from today', async () => {
    const NOV_28 = () => new Date('2026-11-28T10:00:00Z');
    expect(await (await atPeriod(NOV_28)).send('Ende des Monats')).toMatch(/Wunschzeitraum: 28\.11\.2026 – 30\.11\.2026/);
  });

  it('still takes "am 10.12." as that single day', async () => {
    expect(await (await atPeriod()).send('am 10.12.')).toMatch(/Wunschzeitraum: 10\.12\.2026\./);
  });

  it('asks one question, not two, after "nächstes Jahr"', async () => {
    const h = await atPeriod();
    const reply = await h.send('nächstes Jahr');
    expect(reply).toMatch(/Ein ganzes Jahr ist zu ungenau/);
    expect(reply.match(/Wann /g)).toHaveLength(1);
  });
});
