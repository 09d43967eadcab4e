/**
 * Booking, cancelling and moving Bürgerbüro appointments: the slot search against what is already booked,
 * and the writes whose UNIQUE index settles races (one slot, one booking).
 */
import type { ContentBundle } from '../../../content/model.js';
import type { AppointmentProfile } from '../../../content/appointment-profile.js';
import type { ProfileDefinition } from '../../../content/schema.js';
import type { Locale } from '../../../core/types.js';
import type { Appointment, AppointmentStore, NewAppointment } from '../../../store/appointment-repository.js';
import type { DialogDefinition } from '../../schema.js';
import { addDays, formatDateTime, zonedInstant, zonedParts } from './calendar.js';
import { newAppointmentCode } from './code.js';
import { appointmentIcs } from './ics.js';
import { bookingWindow, isBookableSlot, offerSlots, type Offer, type Slot, type SlotWish } from './slots.js';

export const DIALOG_ID = 'buergerbuero_termin';
export const SERVICE_SLOT = 'anliegen';

export function appointmentCalendar(profile: ProfileDefinition): AppointmentProfile {
  if (!profile.appointments) throw new Error(`profile "${profile.id}" has no "appointments" section: appointments cannot be booked`);
  return profile.appointments;
}

/**
 * A profile value in the reply's language: profiles keep English variants under the same key with `_en`
 * (buergerbuero_address_en); German, and English where the profile has no variant, use the key itself.
 */
export function localizedValue(profile: ProfileDefinition, key: string, locale: Locale): string | undefined {
  const value = (locale === 'en' ? profile.values[`${key}_en`] : undefined) ?? profile.values[key];
  return value === undefined ? undefined : String(value);
}

/** Where appointments take place (the profile's `location_key`), in the reply's language. */
export function appointmentLocation(profile: ProfileDefinition, locale: Locale): string {
  return localizedValue(profile, appointmentCalendar(profile).location_key, locale) ?? profile.name;
}

export async function findFreeSlots(store: AppointmentStore, profile: ProfileDefinition, wish: SlotWish, now: Date, count = 3): Promise<Offer> {
  const calendar = appointmentCalendar(profile);
  const window = bookingWindow(calendar, now);
  const from = zonedInstant(window.first, 0, calendar.time_zone).toISOString();
  const to = zonedInstant(addDays(window.last, 1), 0, calendar.time_zone).toISOString();
  const taken = new Set(await store.bookedSlotStarts(from, to));
  return offerSlots(calendar, wish, now, taken, count);
}

export type PlannedBooking = { ok: true; appointment: NewAppointment } | { ok: false; reason: 'not_bookable' };

/**
 * The booking a confirmation makes, with an unused code: written by the store in one batch with the
 * submission (AppointmentWrite), where the UNIQUE index on booked slots settles races (AppointmentSlotTaken).
 * A slot that has passed or is now inside the notice period is `not_bookable`: that is no one else's booking.
 */
export async function planBooking(
  store: AppointmentStore,
  profile: ProfileDefinition,
  request: { service: string; start: string; name: string; conversationId: string | null; now: Date },
): Promise<PlannedBooking> {
  const slot = isBookableSlot(appointmentCalendar(profile), request.start, request.now);
  if (!slot) return { ok: false, reason: 'not_bookable' };
  // A code collision is astronomically rare; a few fresh codes settle it.
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newAppointmentCode();
    if (await store.getAppointment(code)) continue;
    const appointment = { code, service: request.service, startsAt: slot.start, endsAt: slot.end, name: request.name, conversationId: request.conversationId, createdAt: request.now.toISOString() };
    return { ok: true, appointment };
  }
  throw new Error('could not find an unused appointment code');
}

export type MoveOutcome = { ok: true } | { ok: false; reason: 'slot_taken' | 'not_bookable' | 'not_found' };

export async function moveBooking(store: AppointmentStore, profile: ProfileDefinition, code: string, start: string, now: Date): Promise<MoveOutcome> {
  const slot = isBookableSlot(appointmentCalendar(profile), start, now);
  if (!slot) return { ok: false, reason: 'not_bookable' };
  const result = await store.moveAppointment(code, slot.start, slot.end, now.toISOString());
  return result === 'moved' ? { ok: true } : { ok: false, reason: result };
}

/** A booked appointment that has not started yet: the only kind that can be cancelled or moved. */
export async function activeAppointment(store: AppointmentStore, code: string, now: Date): Promise<Appointment | null> {
  const appointment = await store.getAppointment(code);
  if (!appointment || appointment.status !== 'booked' || Date.parse(appointment.startsAt) <= now.getTime()) return null;
  return appointment;
}

export function describeSlot(profile: ProfileDefinition, start: string, locale: Locale): string {
  const { date, minutes } = zonedParts(new Date(start), appointmentCalendar(profile).time_zone);
  return formatDateTime(date, minutes, locale);
}

/** "1) Freitag, 27.11.2026, 07:30 Uhr", one line per offered slot. */
export function describeOffer(slots: ReadonlyArray<Pick<Slot, 'date' | 'minutes'>>, locale: Locale): string {
  return slots.map((slot, i) => `${i + 1}) ${formatDateTime(slot.date, slot.minutes, locale)}`).join('\n');
}

/** The service's label from the dialog definition ("Personalausweis"), or its id. */
export function serviceLabel(content: ContentBundle, service: string, locale: Locale): string {
  const dialog = (content.dialogs as DialogDefinition[]).find((d) => d.id === DIALOG_ID);
  const option = dialog?.steps.find((step) => step.slot === SERVICE_SLOT)?.options?.find((o) => o.value === service);
  return option ? option.label[locale] : service;
}

/**
 * The UID's domain: the host of the city's website (profile value `website`, "https://www.dueren.de" ->
 * "www.dueren.de"), the same whichever host name served the file; the profile id when a profile has no website.
 */
export function calendarUidDomain(profile: ProfileDefinition): string {
  try {
    return new URL(String(profile.values.website ?? '')).hostname || profile.id;
  } catch {
    return profile.id;
  }
}

/**
 * RFC 5545 SEQUENCE without a stored counter: whole seconds from the booking to the last change. A move and
 * a cancellation write `updated_at` (appointment-repository.ts), each later than the one before, so the number
 * grows with every change and is 0 for a booking never changed. 42 days ahead stay far below 2^31.
 */
export function calendarSequence(appointment: Pick<Appointment, 'createdAt' | 'updatedAt'>): number {
  const seconds = Math.floor((Date.parse(appointment.updatedAt) - Date.parse(appointment.createdAt)) / 1000);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

export function appointmentCalendarFile(content: ContentBundle, appointment: Appointment, locale: Locale, now: Date): string {
  const profile = content.profile;
  const calendar = appointmentCalendar(profile);
  const location = appointmentLocation(profile, locale);
  const service = serviceLabel(content, appointment.service, locale);
  const phone = profile.values.buergerbuero_phone;
  const cancelled = appointment.status === 'cancelled';
  // A calendar that imports the file as a second entry instead of replacing the first still shows it as cancelled.
  const title = locale === 'de' ? `Bürgerbüro: ${service}` : `Citizens' office: ${service}`;
  return appointmentIcs({
    code: appointment.code,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    summary: cancelled ? (locale === 'de' ? `Abgesagt: ${title}` : `Cancelled: ${title}`) : title,
    description:
      locale === 'de'
        ? `Termin im Bürgerbüro (${profile.name}). Bestätigungscode: ${appointment.code}. Bitte bringen Sie Ihren Ausweis mit.${phone ? ` Absagen: im Chat mit "Termin absagen ${appointment.code}" oder Telefon ${phone}.` : ''}`
        : `Appointment at the citizens' office (${profile.name}). Confirmation code: ${appointment.code}. Please bring your ID.${phone ? ` To cancel: write "cancel appointment ${appointment.code}" in the chat or call ${phone}.` : ''}`,
    location,
    timeZone: calendar.time_zone,
    uidDomain: calendarUidDomain(profile),
    stamp: now,
    sequence: calendarSequence(appointment),
    cancelled,
  });
}
