/**
 * The end of an appointment dialog: book, move or cancel. A booking or cancellation is handed to the engine
 * as an AppointmentWrite, which the store commits in ONE batch with the submission; a crash leaves both or
 * neither. A repeated "ja" after a crash (the submission stored, the conversation not) gets the stored
 * booking described again (`committed`), never a second booking or "von jemand anderem gebucht".
 */
import type { JsonObject } from '../../../core/types.js';
import type { AppointmentStore } from '../../../store/appointment-repository.js';
import { CompletionRejected, type CompletionHandler, type CompletionResult } from '../../registry.js';
import type { DialogText } from '../../schema.js';
import { activeAppointment, appointmentLocation, describeSlot, moveBooking, planBooking } from './booking.js';
import { createBookingLimiter, type BookingLimiter } from './booking-limits.js';

type Profile = Parameters<typeof describeSlot>[0];

const TAKEN: DialogText = {
  de: 'Dieser Termin wurde gerade von jemand anderem gebucht. Bitte wählen Sie einen anderen.',
  en: 'Someone else has just booked this slot. Please choose another one.',
  plain: 'Diesen Termin hat gerade jemand anders genommen. Bitte nehmen Sie einen anderen Termin.',
};

/** The slot has passed while the summary was open: no one else booked it, so the reply does not say so. */
const PASSED: DialogText = {
  de: 'Dieser Termin ist inzwischen vorbei und nicht mehr buchbar. Bitte wählen Sie einen anderen.',
  en: 'This slot has passed in the meantime and can no longer be booked. Please choose another one.',
  plain: 'Dieser Termin ist schon vorbei. Bitte nehmen Sie einen anderen Termin.',
};

/** Inside the notice period now (or no longer in the calendar): bookable only by phone, if at all. */
const TOO_SOON: DialogText = {
  de: 'Dieser Termin ist inzwischen zu kurzfristig und online nicht mehr buchbar. Bitte wählen Sie einen anderen.',
  en: 'This slot is now too soon and can no longer be booked online. Please choose another one.',
  plain: 'Dieser Termin ist jetzt zu bald. Online geht das nicht mehr. Bitte nehmen Sie einen anderen Termin.',
};

/**
 * A booking refused by the limits (booking-limits.ts): the slot step is asked again, whose step logic then says
 * why and where to call, and ends the booking.
 */
const NOT_BOOKED: DialogText = { de: 'Diesen Termin habe ich nicht gebucht.', en: 'I have not booked this slot.', plain: 'Diesen Termin habe ich nicht gebucht.' };

const NO_LONGER_BOOKED: DialogText = { de: 'Dieser Termin ist nicht mehr gebucht.', en: 'This appointment is no longer booked.', plain: 'Dieser Termin ist nicht mehr gebucht.' };

const CHOOSE_ERROR: DialogText = {
  de: 'Bitte wählen Sie einen der Termine mit seiner Nummer. Für einen anderen Wunschtermin sagen Sie „zurück“.',
  en: 'Please choose one of the slots by its number. For a different time, say "back".',
  plain: 'Bitte schreiben Sie die Nummer vom Termin. Oder schreiben Sie „zurück“.',
};

/**
 * The engine's reference (DN-…) is the Bürgerbüro's record of the request (staff casework, webhook); the
 * citizen's key to the appointment is the confirmation code. The reply says which number is for what.
 */
const CODE_FIRST: DialogText = {
  de: 'Die Vorgangsnummer {reference} brauchen Sie nur bei Rückfragen an das Bürgerbüro. Zum Absagen oder Verschieben genügt der Bestätigungscode.',
  en: 'You only need the reference number {reference} if you contact the citizens\' office with questions. To cancel or move the appointment, the confirmation code is enough.',
  plain: 'Für Fragen an das Bürgerbüro gibt es die Nummer {reference}. Zum Absagen brauchen Sie nur den Code.',
};

const STAFF_REFERENCE: DialogText = {
  de: 'Vorgangsnummer für Rückfragen beim Bürgerbüro: {reference}.',
  en: 'Reference number for questions to the citizens\' office: {reference}.',
  plain: 'Ihre Nummer für Fragen an das Bürgerbüro: {reference}.',
};

function unbookable(start: string, now: Date): CompletionRejected {
  return new CompletionRejected('termin', Date.parse(start) <= now.getTime() ? PASSED : TOO_SOON);
}

/**
 * The first sentence of a booking or move. While the hours are unconfirmed (see unconfirmedHours) the time is
 * called a request from the start: "Ihr Termin ist gebucht" followed by "vorerst eine Anfrage" contradicted
 * itself (re-test 18, N14).
 */
function opening(kind: 'book' | 'move', when: { de: string; en: string }, address: { de: string; en: string }, request: boolean): DialogText {
  if (request) {
    return kind === 'book'
      ? { de: `Ihre Terminanfrage für ${when.de}, ${address.de} ist eingetragen.`, en: `Your appointment request for ${when.en}, ${address.en} is registered.`, plain: `Ihre Termin-Anfrage ist eingetragen: ${when.de}. Ort: ${address.de}.` }
      : { de: `Ihre Terminanfrage ist verschoben auf ${when.de}, ${address.de}.`, en: `Your appointment request is moved to ${when.en}, ${address.en}.`, plain: `Ihre Termin-Anfrage ist jetzt am ${when.de}. Ort: ${address.de}.` };
  }
  return kind === 'book'
    ? { de: `Ihr Termin ist gebucht: ${when.de}, ${address.de}.`, en: `Your appointment is booked: ${when.en}, ${address.en}.`, plain: `Ihr Termin: ${when.de}. Ort: ${address.de}.` }
    : { de: `Ihr Termin ist verschoben auf ${when.de}, ${address.de}.`, en: `Your appointment is moved to ${when.en}, ${address.en}.`, plain: `Ihr Termin: ${when.de}. Ort: ${address.de}.` };
}

function bookedResult(profile: Profile, code: string, start: string, locale: 'de' | 'en', kind: 'book' | 'move', service?: string, previousStart?: string): CompletionResult {
  const when = { de: describeSlot(profile, start, 'de'), en: describeSlot(profile, start, 'en') };
  const address = { de: appointmentLocation(profile, 'de'), en: appointmentLocation(profile, 'en') };
  const first = opening(kind, when, address, isUnconfirmed(profile));
  return {
    // A move names the service and the slot it left: the clerk's move case says what was moved (tester-m B1).
    payload: { action: kind, code, start, ...(service ? { service } : {}), ...(previousStart ? { previousStart } : {}) },
    message: unconfirmedHours(profile, {
      de: `${first.de} Ihr Bestätigungscode: ${code}. Damit können Sie den Termin absagen („Termin absagen ${code}“) oder verschieben.`,
      en: `${first.en} Your confirmation code: ${code}. Use it to cancel ("cancel appointment ${code}") or move the appointment.`,
      plain: `${first.plain} Ihr Code ist ${code}. Mit dem Code können Sie den Termin absagen.`,
    }),
    received: CODE_FIRST,
    links: [{ title: locale === 'en' ? 'Add to calendar (.ics)' : 'In den Kalender eintragen (.ics)', url: calendarUrl(code, locale) }],
  };
}

function calendarUrl(code: string, locale: 'de' | 'en'): string {
  return `/api/appointments/${code}.ics${locale === 'en' ? '?lang=en' : ''}`;
}

function isUnconfirmed(profile: Profile): boolean {
  return profile.confirm.includes('appointments');
}

/**
 * While the city has not confirmed the opening hours the slots are cut from (`appointments` under `confirm` in
 * the profile; docs/facts.md: the Bürgerbüro hours are outdated), a booked time is not firm: the reply calls it
 * a request (opening) and says where to check it (tester-m D1). Only the website and the Bürgerbüro's phone,
 * both verified facts.
 */
function unconfirmedHours(profile: Profile, text: DialogText): DialogText {
  if (!isUnconfirmed(profile)) return text;
  const website = String(profile.values.website ?? '');
  const phone = String(profile.values.buergerbuero_phone ?? profile.values.phone_central ?? '');
  const where = { de: [website, phone && `Telefon ${phone}`].filter(Boolean).join(' oder '), en: [website, phone && `phone ${phone}`].filter(Boolean).join(' or ') };
  return {
    de: `${text.de} Bitte beachten Sie: Die Öffnungszeiten, nach denen ich Termine vergebe, sind von der Stadt noch nicht bestätigt. Bitte prüfen Sie deshalb vorher, ob das Bürgerbüro zu dieser Zeit geöffnet hat (${where.de}).`,
    en: `${text.en} Please note: the city has not yet confirmed the opening hours I book appointments by. Please therefore check beforehand that the citizens' office is open at that time (${where.en}).`,
    plain: `${text.plain} Achtung: Die Öffnungszeiten sind noch nicht sicher. Bitte fragen Sie vorher nach, ob das Bürgerbüro dann offen hat (${where.de}).`,
  };
}

function cancelledResult(profile: Profile, code: string, service: string, start: string, locale: 'de' | 'en'): CompletionResult {
  const when = describeSlot(profile, start, locale);
  return {
    payload: { action: 'cancel', code, service, start },
    message: { de: `Ihr Termin am ${when} ist abgesagt.`, en: `Your appointment on ${when} is cancelled.`, plain: `Ihr Termin am ${when} ist abgesagt.` },
    received: STAFF_REFERENCE,
    // The cancelled file (same UID, higher SEQUENCE, STATUS:CANCELLED) marks the entry in the citizen's calendar (tester-o D1).
    links: [{ title: locale === 'en' ? 'Update your calendar (.ics)' : 'Absage in den Kalender übernehmen (.ics)', url: calendarUrl(code, locale) }],
  };
}

/** The reply for what an earlier commit of the same run stored (its code and time, not a new one). */
function committedResult(profile: Profile, data: JsonObject, locale: 'de' | 'en'): CompletionResult {
  const code = String(data.code ?? '');
  const start = String(data.start ?? '');
  const service = typeof data.service === 'string' ? data.service : undefined;
  if (data.action === 'cancel') return cancelledResult(profile, code, service ?? '', start, locale);
  const previous = typeof data.previousStart === 'string' ? data.previousStart : undefined;
  return bookedResult(profile, code, start, locale, data.action === 'move' ? 'move' : 'book', service, previous);
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export function appointmentCompletion(store: () => AppointmentStore, limiter: BookingLimiter = createBookingLimiter()): CompletionHandler {
  return async (context) => {
    const { slots: s, profile, locale, now } = context;
    if (context.committed) return committedResult(profile, context.committed, locale);
    const action = s.aktion;
    if (action === 'absagen' && typeof s.code === 'string') {
      const appointment = await activeAppointment(store(), s.code, now);
      if (!appointment) throw new CompletionRejected('code', NO_LONGER_BOOKED);
      const write = { kind: 'cancel' as const, code: s.code, at: now.toISOString() };
      return { ...cancelledResult(profile, s.code, appointment.service, appointment.startsAt, locale), appointment: { write, taken: new CompletionRejected('code', NO_LONGER_BOOKED) } };
    }
    const slot = isObject(s.termin) && typeof s.termin.start === 'string' ? s.termin.start : null;
    if (!slot) throw new CompletionRejected('termin', CHOOSE_ERROR);
    if (action === 'verschieben' && typeof s.code === 'string') {
      // Moving keeps the code and the row: a repeat after a crash moves it to the same slot again, harmlessly.
      const before = await activeAppointment(store(), s.code, now);
      const moved = await moveBooking(store(), profile, s.code, slot, now);
      if (!moved.ok) {
        if (moved.reason === 'not_found') throw new CompletionRejected('code', NO_LONGER_BOOKED);
        throw moved.reason === 'not_bookable' ? unbookable(slot, now) : new CompletionRejected('termin', TAKEN);
      }
      return bookedResult(profile, s.code, slot, locale, 'move', before?.service, before?.startsAt);
    }
    const service = String(s.anliegen);
    // Only new bookings are limited: a move or a cancellation never adds a slot taken.
    const booker = { client: context.client, conversationId: context.conversationId };
    if (await limiter.refusal(booker, profile, store(), now)) throw new CompletionRejected('termin', NOT_BOOKED);
    const planned = await planBooking(store(), profile, { service, start: slot, name: String(s.name ?? ''), conversationId: context.conversationId, now });
    if (!planned.ok) throw unbookable(slot, now);
    await limiter.record(booker, planned.appointment.code, now);
    return { ...bookedResult(profile, planned.appointment.code, slot, locale, 'book', service), appointment: { write: { kind: 'book', appointment: planned.appointment }, taken: new CompletionRejected('termin', TAKEN) } };
  };
}
