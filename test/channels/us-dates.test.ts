/**
 * "5/1/1990" in an en-US chat is 1 May (re-test 19 2.11): the NLU reads numeric dates day first, so the channel
 * writes an American slash date day first before the core reads it.
 */
import { describe, expect, it } from 'vitest';
import { readInbound } from '../../src/channels/inbound.js';
import { dayFirstDates } from '../../src/channels/us-dates.js';
import { findExplicitDates } from '../../src/nlu/entities/dates.js';

describe('a slash date in a chat set to American English', () => {
  it.each([
    ['5/1/1990', '1.5.1990'],
    ['My date of birth is 12/24/1985.', 'My date of birth is 24.12.1985.'],
    ['born 5/1/90', 'born 1.5.90'],
  ])('reads "%s" month first, as "%s"', (typed, read) => {
    expect(dayFirstDates(typed, 'en-US')).toBe(read);
  });

  it('is then read by the NLU as the day the citizen meant: 1 May 1990', () => {
    expect(findExplicitDates(dayFirstDates('5/1/1990', 'en-US'))).toEqual([expect.objectContaining({ day: 1, month: 5, year: '1990' })]);
  });

  it.each(['30/11/1990', '5.1.1990', '13/13/1990', 'Kölnstraße 5/1', '1/2/3/2020'])('leaves "%s" as typed, where no month-first date is meant', (typed) => {
    expect(dayFirstDates(typed, 'en-US')).toBe(typed);
  });

  it('leaves the date as typed in every other chat (en-GB, de-DE, no tag)', () => {
    for (const tag of ['en-GB', 'de-DE', 'en', undefined]) expect(dayFirstDates('5/1/1990', tag)).toBe('5/1/1990');
  });

  it('is applied to a messenger message of an en-US chat', () => {
    expect(readInbound({ type: 'message', text: '5/1/1990', locale: 'en-US' }, 'en').input).toEqual({ text: '1.5.1990' });
    expect(readInbound({ type: 'message', text: '5/1/1990', locale: 'en-GB' }, 'en').input).toEqual({ text: '5/1/1990' });
  });
});
