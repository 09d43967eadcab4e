import { describe, expect, it } from 'vitest';
import { appointmentProfileSchema } from '../../src/content/appointment-profile.js';
import { formatDateTime, zonedParts } from '../../src/dialogs/applications/buergerbuero-termin/calendar.js';
import { findAppointmentCode, newAppointmentCode, CODE_PATTERN } from '../../src/dialogs/applications/buergerbuero-termin/code.js';
import { isBookableSlot, offerSlots, slotsOn } from '../../src/dialogs/applications/buergerbuero-termin/slots.js';

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
});
