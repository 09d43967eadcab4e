import { describe, expect, it } from 'vitest';
import { redactPii, type PiiKind } from '../../src/privacy/redact.js';

/** Thursday 26 November 2026, as in the entity tables. */
const NOW = new Date('2026-11-26T09:00:00Z');

interface RedactCase {
  text: string;
  redacted: string;
  found: PiiKind[];
}

// Dictation arrives in lower case (tester-f A6).
const ADDRESSES: RedactCase[] = [
  { text: 'ich wohne kölner straße 12, 52351 düren, wann kommt müll', redacted: 'ich wohne [ADRESSE], wann kommt müll', found: ['address'] },
  { text: 'rölsdorfer straße 8 52355 düren', redacted: '[ADRESSE]', found: ['address'] },
  { text: 'am ellernbusch 5', redacted: '[ADRESSE]', found: ['address'] },
  { text: 'äh kölner straße zwölf fünf zwei drei fünf eins düren', redacted: 'äh [ADRESSE]', found: ['address'] },
  { text: 'rölsdorfer straße acht fünf zwei drei fünf fünf düren', redacted: '[ADRESSE]', found: ['address'] },
  { text: 'Schoellerstr 12 52351', redacted: '[ADRESSE]', found: ['address'] },
];

// A complete date more than 12 years back right after a name is that person's birth date; the name goes too.
const BARE_BIRTH_DATES: RedactCase[] = [
  { text: 'Mary Smith 1.2.1982', redacted: '[NAME] [GEBURTSDATUM]', found: ['name', 'birth_date'] },
  { text: 'mary smith 1.2.1982', redacted: '[NAME] [GEBURTSDATUM]', found: ['name', 'birth_date'] },
  { text: 'hallo mary smith 1.2.82', redacted: 'hallo [NAME] [GEBURTSDATUM]', found: ['name', 'birth_date'] },
  { text: 'Smith, Mary: 12th March 1980', redacted: '[NAME]: [GEBURTSDATUM]', found: ['name', 'birth_date'] },
  { text: 'Omar Rahman 1.1.1985 husband', redacted: '[NAME] [GEBURTSDATUM] husband', found: ['name', 'birth_date'] },
];

// Appointment and deadline dates stay readable, so does a date after words that are no name.
const KEPT: string[] = [
  'Mary Smith 3.12.2026',
  'Termin am 3.12.2026 für Mary Smith',
  'ich wohne hier seit dem 1.2.1990',
  'Mietvertrag vom 1.2.2010',
  'Mary Smith 1.2.2020',
];

describe('redaction of dictated addresses and bare birth dates', () => {
  it.each(ADDRESSES)('redacts the lower-case address in "$text"', ({ text, redacted, found }) => {
    expect(redactPii(text, { now: NOW })).toEqual({ text: redacted, found });
  });
  it.each(BARE_BIRTH_DATES)('redacts the birth date next to the name in "$text"', ({ text, redacted, found }) => {
    expect(redactPii(text, { now: NOW })).toEqual({ text: redacted, found });
  });
  it.each(KEPT)('keeps "%s"', (text) => {
    expect(redactPii(text, { now: NOW })).toEqual({ text, found: [] });
  });
});
