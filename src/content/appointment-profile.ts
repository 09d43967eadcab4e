/**
 * The appointment calendar of a city profile (`appointments:` in profiles/<city>/profile.yaml): opening
 * hours per weekday, slot length and booking window. Slots offered in chat are computed from this.
 */
import { z } from 'zod';

/** "07:30-13:00": an opening period on one day. */
const period = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'a period "HH:MM-HH:MM"')
  .refine((value) => {
    const [from = '', to = ''] = value.split('-');
    return from < to;
  }, 'the period must end after it starts');

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const dayHours = z.union([
  z.array(period),
  z
    .object({
      periods: z.array(period).min(1),
      /** Only these weeks of the month (1 = the first such weekday of the month). */
      weeks_of_month: z.array(z.number().int().min(1).max(5)).min(1),
    })
    .strict(),
]);

export const appointmentProfileSchema = z
  .object({
    time_zone: z.string().default('Europe/Berlin'),
    slot_minutes: z.number().int().min(5).max(240),
    /** The earliest slot offered is at least this far in the future. */
    min_notice_minutes: z.number().int().min(0).default(120),
    /** How far ahead slots are offered. */
    days_ahead: z.number().int().min(1).max(366).default(42),
    /** Federal state code for public holidays (closed), e.g. "NW". */
    holidays_region: z.enum(['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']),
    /** Further closing days, "YYYY-MM-DD". */
    closed_dates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')).default([]),
    /** Closed on 24.12. and 31.12.: no public holidays, but days off in the public service (§ 6 Abs. 3 TVöD). */
    closed_christmas_new_years_eve: z.boolean().default(true),
    hours: z.partialRecord(z.enum(WEEKDAYS), dayHours),
    /** Online bookings in one hour at most, over all clients (against booking the calendar out; SECURITY.md). */
    max_bookings_per_hour: z.number().int().min(1).optional(),
    /** Where the appointment takes place (calendar file); a profile value key such as buergerbuero_address. */
    location_key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  })
  .strict()
  .refine((value) => Object.values(value.hours).some((day) => (Array.isArray(day) ? day.length > 0 : true)), {
    message: 'at least one weekday needs opening hours',
    path: ['hours'],
  });

export type AppointmentProfile = z.infer<typeof appointmentProfileSchema>;
