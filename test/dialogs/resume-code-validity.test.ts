/**
 * "Wie lange ist der Code gültig?" right after a resume code was given (tester-o E2): the validity, 7 days and
 * until when, then the open question again; it got the application's FAQ answer. The days come from the constant
 * the code store uses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RESUME_CODE_DAYS } from '../../src/dialogs/resume-code.js';
import { harness, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

/** Sunday, 27 December 2026, 10:00 in Düren. */
const DEC_27 = () => new Date('2026-12-27T09:00:00Z');

describe('how long the resume code is valid', () => {
  it.each([['Wie lange ist der Code gültig?'], ['Wie lange gilt der Code?'], ['Bis wann gilt der Code?']])('answers "%s" with the days and the end, then asks on', async (question) => {
    const h = await harness({ now: DEC_27 });
    await h.send('Wohngeld');
    await h.send('3');
    expect(await h.send('Code bitte')).toMatch(new RegExp(`Er gilt ${RESUME_CODE_DAYS} Tage`));
    const reply = await h.send(question);
    expect(reply).toMatch(/Ein Code zum Weitermachen gilt 7 Tage: Ihr Code gilt bis 03\.01\.2027, 10:00 Uhr\./);
    expect(reply).toMatch(/Wie hoch ist Ihre Bruttokaltmiete/);
    expect(h.last.dialog?.step).toBe('miete');
  });

  it('answers in English too', async () => {
    const h = await harness({ now: DEC_27 });
    await h.send('I would like to apply for housing benefit');
    await h.send('continue later');
    expect(await h.send('How long is the code valid?')).toMatch(/valid for 7 days: your code is valid until 3 January 2027, 10:00/);
  });

  it('says how long a code would be valid before one was given', async () => {
    const h = await harness({ now: DEC_27 });
    await h.send('Wohngeld');
    expect(await h.send('Wie lange gilt der Code?')).toMatch(/Ein Code zum Weitermachen gilt 7 Tage und nur einmal\. Einen Code bekommen Sie mit „Code bitte“/);
    expect(h.last.dialog?.step).toBe('personen');
  });
});
