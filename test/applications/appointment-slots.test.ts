import { describe, expect, it } from 'vitest';
import { appointmentProfileSchema } from '../../src/content/appointment-profile.js';
import { formatDateTime, zonedInstant, zonedParts } from '../../src/dialogs/applications/buergerbuero-termin/calendar.js';
import { findAppointmentCode, newAppointmentCode, CODE_PATTERN } from '../../src/dialogs/applications/buergerbuero-termin/code.js';
import { isBookableSlot, offerSlots, slotsOn, whyNoFit } from '../../src/dialogs/applications/buergerbuero-termin/slots.js';

const calendar = appointmentProfileSchema.parse({
  slot_minutes: 15,
  min_notice_minutes: 120,
  days_ahead: 42,
  holidays_region: 'NW',
  location_key: 'buergerbuero_address',
  hours: {
    mon: ['07:30-13:00', '14:00-16:00'],
    tue: ['07:30-13:00', '14:00-16:00'],
    wed: ['07:30-13:00'],
    thu: ['07:30-13:00', '14:00-18:00'],
    fri: ['07:30-13:00'],
    sat: { periods: ['08:00-12:00'], weeks_of_month: [1, 3] },
  },
});

// Thursday, 26 November 2026, 10:00 in Düren (CET, UTC+1).
const now = new Date('2026-11-26T09:00:00.000Z');
const shown = (slots: Array<{ date: string; minutes: number }>) => slots.map((s) => formatDateTime(s.date, s.minutes, 'de'));

describe('appointment slots', () => {
  it('cuts the opening hours into slots of the profile length, in local time', () => {
    const thursday = slotsOn(calendar, '2026-12-03');
    expect(thursday).toHaveLength(22 + 16);
    expect(thursday[0]).toMatchObject({ start: '2026-12-03T06:30:00.000Z', end: '2026-12-03T06:45:00.000Z', minutes: 450 });
    expect(thursday.at(-1)).toMatchObject({ start: '2026-12-03T16:45:00.000Z', minutes: 1065 });
  });

  it('uses summer time in summer', () => {
    expect(slotsOn(calendar, '2027-06-01')[0]?.start).toBe('2027-06-01T05:30:00.000Z');
  });

  it('converts each slot on its own on the night summer time starts', () => {
    const night = appointmentProfileSchema.parse({ ...calendar, hours: { sun: ['01:00-04:00'] } });
    const slots = slotsOn(night, '2027-03-28');
    expect(slots.map((s) => s.start)).toEqual(slots.map((s) => zonedInstant('2027-03-28', s.minutes, 'Europe/Berlin').toISOString()));
    expect(slots[0]?.start).toBe('2027-03-28T00:00:00.000Z');
    expect(slots.at(-1)?.end).toBe('2027-03-28T02:00:00.000Z');
  });

  it('opens on Saturdays only in the weeks of the month the profile names', () => {
    expect(slotsOn(calendar, '2026-12-05')).toHaveLength(16); // first Saturday
    expect(slotsOn(calendar, '2026-12-12')).toHaveLength(0); // second
    expect(slotsOn(calendar, '2026-12-19')).toHaveLength(16); // third
    expect(slotsOn(calendar, '2026-12-06')).toHaveLength(0); // Sunday
  });

  it('is closed on public holidays of the state and on extra closing days', () => {
    expect(slotsOn(calendar, '2026-12-25')).toHaveLength(0); // Christmas (Friday)
    expect(slotsOn(calendar, '2027-05-27')).toHaveLength(0); // Fronleichnam (Easter + 60 days), a holiday in NRW
    expect(slotsOn({ ...calendar, closed_dates: ['2026-12-07'] }, '2026-12-07')).toHaveLength(0);
  });

  it('offers the earliest slot of each of three days when there is no wish, after the notice period', () => {
    const offer = offerSlots(calendar, {}, now, new Set());
    expect(offer.relaxed).toBe('none');
    expect(shown(offer.slots)).toEqual(['Donnerstag, 26.11.2026, 12:00 Uhr', 'Freitag, 27.11.2026, 07:30 Uhr', 'Montag, 30.11.2026, 07:30 Uhr']);
  });

  it('offers "nächste Woche vormittags" as mornings of next week', () => {
    const offer = offerSlots(calendar, { from: '2026-11-30', to: '2026-12-06', daypart: 'morning' }, now, new Set());
    expect(shown(offer.slots)).toEqual(['Montag, 30.11.2026, 07:30 Uhr', 'Dienstag, 1.12.2026, 07:30 Uhr', 'Mittwoch, 2.12.2026, 07:30 Uhr']);
  });

  it('offers "Donnerstag nach 14 Uhr" as three afternoon slots of that Thursday', () => {
    const offer = offerSlots(calendar, { from: '2026-12-03', to: '2026-12-03', after: '14:00' }, now, new Set());
    expect(shown(offer.slots)).toEqual(['Donnerstag, 3.12.2026, 14:00 Uhr', 'Donnerstag, 3.12.2026, 14:15 Uhr', 'Donnerstag, 3.12.2026, 14:30 Uhr']);
  });

  it('offers the slots nearest to "um 10 Uhr" and skips booked ones', () => {
    const offer = offerSlots(calendar, { from: '2026-12-01', to: '2026-12-01', around: '10:00' }, now, new Set(['2026-12-01T09:00:00.000Z']));
    expect(shown(offer.slots)).toEqual(['Dienstag, 1.12.2026, 09:45 Uhr', 'Dienstag, 1.12.2026, 10:15 Uhr', 'Dienstag, 1.12.2026, 09:30 Uhr'].sort((a, b) => a.localeCompare(b)));
  });

  it('keeps the time but moves to later days when the day asked for is closed', () => {
    const offer = offerSlots(calendar, { from: '2026-12-25', to: '2026-12-25', daypart: 'afternoon' }, now, new Set());
    expect(offer.relaxed).toBe('dates');
    expect(offer.slots.every((s) => s.minutes >= 12 * 60)).toBe(true);
    expect(offer.slots[0]?.date).toBe('2026-12-28');
  });

  it('drops the wish when nothing fits at all', () => {
    const offer = offerSlots(calendar, { daypart: 'evening', from: '2026-12-01', to: '2026-12-01', after: '19:00' }, now, new Set());
    expect(offer.relaxed).toBe('all');
    expect(offer.slots).toHaveLength(3);
  });

  it('starts the afternoon at 13:00 and ends the morning at 12:00', () => {
    const afternoon = offerSlots(calendar, { from: '2026-11-30', to: '2026-11-30', daypart: 'afternoon' }, now, new Set());
    expect(shown(afternoon.slots)).toEqual(['Montag, 30.11.2026, 14:00 Uhr', 'Montag, 30.11.2026, 14:15 Uhr', 'Montag, 30.11.2026, 14:30 Uhr']);
    const morning = offerSlots(calendar, { from: '2026-11-30', to: '2026-11-30', daypart: 'morning', after: '11:30' }, now, new Set());
    expect(shown(morning.slots)).toEqual(['Montag, 30.11.2026, 11:30 Uhr', 'Montag, 30.11.2026, 11:45 Uhr']);
  });

  it('says why nothing fits: past, after the booking window, closed (with the holiday), not open then, too soon, booked', () => {
    expect(whyNoFit(calendar, { from: '2026-11-20', to: '2026-11-20' }, now)).toEqual({ kind: 'past', from: '2026-11-20', to: '2026-11-20' });
    expect(whyNoFit(calendar, { from: '2027-03-15', to: '2027-03-15' }, now)).toEqual({ kind: 'beyond', last: '2027-01-07' });
    expect(whyNoFit(calendar, { from: '2026-11-29', to: '2026-11-29' }, now)).toEqual({ kind: 'closed', from: '2026-11-29', to: '2026-11-29' });
    expect(whyNoFit(calendar, { from: '2026-12-25', to: '2026-12-25' }, now)).toEqual({ kind: 'closed', from: '2026-12-25', to: '2026-12-25', holiday: { de: '1. Weihnachtstag', en: 'Christmas Day' } });
    expect(whyNoFit(calendar, { from: '2026-12-02', to: '2026-12-02', around: '17:00' }, now)).toEqual({ kind: 'hours', date: '2026-12-02', periods: ['07:30-13:00'] });
    expect(whyNoFit(calendar, { around: '19:00' }, now)).toEqual({ kind: 'hours', periods: [] });
    expect(whyNoFit(calendar, { from: '2026-11-26', to: '2026-11-26', around: '10:00' }, now)).toEqual({ kind: 'too_soon', minutes: 120 });
    expect(whyNoFit(calendar, { from: '2026-12-03', to: '2026-12-03', after: '17:30' }, now)).toEqual({ kind: 'booked', dated: true });
  });

  it('offers the last days of the booking window for a day after it, and the next days for a closed day', () => {
    const late = offerSlots(calendar, { from: '2027-03-15', to: '2027-03-15' }, now, new Set());
    expect(late.why).toEqual({ kind: 'beyond', last: '2027-01-07' });
    expect(shown(late.slots)).toEqual(['Dienstag, 5.1.2027, 07:30 Uhr', 'Mittwoch, 6.1.2027, 07:30 Uhr', 'Donnerstag, 7.1.2027, 07:30 Uhr']);
    const sunday = offerSlots(calendar, { from: '2026-11-29', to: '2026-11-29' }, now, new Set());
    expect(sunday).toMatchObject({ relaxed: 'dates', why: { kind: 'closed' } });
    expect(sunday.slots[0]?.date).toBe('2026-11-30');
  });

  it('accepts only real future slots inside the booking window', () => {
    expect(isBookableSlot(calendar, '2026-12-03T13:00:00.000Z', now)).not.toBeNull();
    expect(isBookableSlot(calendar, '2026-12-03T13:05:00.000Z', now)).toBeNull(); // not a slot start
    expect(isBookableSlot(calendar, '2026-11-26T09:30:00.000Z', now)).toBeNull(); // too soon
    expect(isBookableSlot(calendar, '2027-03-01T08:00:00.000Z', now)).toBeNull(); // too far ahead
    expect(isBookableSlot(calendar, 'tomorrow', now)).toBeNull();
  });

  it('reads wall-clock parts of an instant in the city zone', () => {
    expect(zonedParts(new Date('2026-12-03T13:00:00.000Z'), 'Europe/Berlin')).toEqual({ date: '2026-12-03', minutes: 14 * 60 });
  });
});

describe('appointment confirmation codes', () => {
  it('are six unambiguous characters with a digit and a letter', () => {
    for (let i = 0; i < 200; i++) expect(newAppointmentCode()).toMatch(CODE_PATTERN);
    expect(newAppointmentCode()).not.toMatch(/[01258BILOSZ]/);
  });

  it('are found in a message, also lower-case or with a hyphen, but words are not codes', () => {
    expect(findAppointmentCode('Termin absagen AC3H46')).toBe('AC3H46');
    expect(findAppointmentCode('bitte ac3-h46 stornieren')).toBe('AC3H46');
    expect(findAppointmentCode('Termin absagen ACHTEN')).toBeNull();
    expect(findAppointmentCode('Termin absagen bitte')).toBeNull();
  });

  it('are found spelled out or spaced when the answer is the code or says "Code"', () => {
    expect(findAppointmentCode('W 7 M D F 4')).toBe('W7MDF4');
    expect(findAppointmentCode('w7 mdf4')).toBe('W7MDF4');
    expect(findAppointmentCode('W7-MD-F4')).toBe('W7MDF4');
    expect(findAppointmentCode('w7 mdf 4')).toBe('W7MDF4');
    expect(findAppointmentCode('Mein Code ist W7 MDF 4, danke')).toBe('W7MDF4');
    expect(findAppointmentCode('Termin absagen, Code w 7 m d f 4 bitte')).toBe('W7MDF4');
    expect(findAppointmentCode('Ich möchte meinen Termin W 7 M D F 4 absagen')).toBe('W7MDF4');
    expect(findAppointmentCode('Termin absagen W7 MDF 4')).toBe('W7MDF4');
  });

  it('are not made up from the words and figures of a sentence', () => {
    expect(findAppointmentCode('Termin verschieben, ich komme am 3 um 4')).toBeNull();
    expect(findAppointmentCode('Termin absagen A 4')).toBeNull();
    expect(findAppointmentCode('Termin absagen ACHTEN')).toBeNull();
    expect(findAppointmentCode('Ich kann am Montag nicht')).toBeNull();
    // Seven pieces in a row: which six are the code is not clear.
    expect(findAppointmentCode('Termin absagen A W 7 M D F 4')).toBeNull();
  });
});
