/**
 * Bürgerbüro appointments: book (service, wish, one of three offered slots, name), cancel or move by
 * confirmation code (with the name on the booking as a second key). The slot is taken in the completion
 * (completion.ts), in one write with the submission; when someone else was faster, the engine offers new slots.
 */
import type { JsonObject, JsonValue } from '../../../core/types.js';
import type { AppointmentStore } from '../../../store/appointment-repository.js';
import { createChatLookupGuard, lookupLimitedText, type ChatLookupGuard } from '../../chat-lookup-limits.js';
import type { DialogRegistry, DialogServices, Validator } from '../../registry.js';
import type { DialogText } from '../../schema.js';
import { activeAppointment, describeOffer, describeSlot, findFreeSlots } from './booking.js';
import { appointmentCompletion } from './completion.js';
import { bookingRefusedText, createBookingLimiter, type BookingLimiter } from './booking-limits.js';
import { clockOf, formatDateTime, parseIsoDate } from './calendar.js';
import { findAppointmentCode } from './code.js';
import { missingDate } from '../shared/missing-date.js';
import { nameFromAnswer, sameBookingName } from '../shared/names.js';
import { placeNames } from '../../spoken-name.js';
import { offerAgain, offerIntro } from './offer-text.js';
import type { Slot, SlotWish } from './slots.js';
import { registerNamedInAnswer } from './named-in-answer.js';
import { correctWish, openFor, todayIn, withDayOfMonth } from './wish-correction.js';
import { describeWish, wishFrom } from './wish.js';
import { chooseSlot, isObject, newWish, offered } from './slot-choice.js';

/** Before the offered slots and the prompt, which the engine says again (the step logic's reminder). */
const NOT_OFFERED: DialogText = {
  de: 'Das ist keiner der angebotenen Termine.',
  en: 'That is none of the slots on offer.',
  plain: 'Das ist keiner von diesen Terminen.',
};

/** The wish given before (a correction or a new wish replaces it, but keeps the days ruled out in it). */
function earlierWish(slots: Readonly<Record<string, JsonValue>>): SlotWish | undefined {
  return isObject(slots.wunsch) ? (slots.wunsch as SlotWish) : undefined;
}

/** A slot button's value: its date and time as a citizen would type them. */
function slotValue(date: string, minutes: number): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day}.${month}.${year} ${clockOf(minutes)}`;
}

function cancelledText(when: string, whenEn: string): DialogText {
  return {
    de: `Der Termin am ${when} ist schon abgesagt. Haben Sie einen anderen Code, nennen Sie ihn. Sonst schreiben Sie „abbrechen“ und buchen einen neuen Termin.`,
    en: `The appointment on ${whenEn} has already been cancelled. If you have another code, give it. Otherwise write "cancel" and book a new appointment.`,
    plain: `Der Termin am ${when} ist schon abgesagt. Haben Sie einen anderen Code? Sonst schreiben Sie: abbrechen.`,
  };
}

const PAST: DialogText = {
  de: 'Dieser Termin ist schon vorbei. Einen neuen Termin buchen Sie mit „Termin buchen“.',
  en: 'This appointment is already over. To book a new one, say "book an appointment".',
  plain: 'Dieser Termin ist schon vorbei. Sie können einen neuen Termin machen.',
};

/**
 * `guard` limits unknown codes per conversation and overall (CHAT_LOOKUP_LIMITS by default; retest18b L1);
 * `limiter` new bookings per client and overall (booking-limits.ts; tester-n 4).
 */
export function registerBuergerbueroTermin(
  registry: DialogRegistry,
  services: DialogServices,
  guard: ChatLookupGuard = createChatLookupGuard(),
  limiter: BookingLimiter = createBookingLimiter(),
): void {
  const store = (): AppointmentStore => {
    if (!services.store) throw new Error('appointments need a store (DialogServices.store)');
    return services.store;
  };

  const code: Validator = async (value, context) => {
    const found = typeof value === 'string' ? findAppointmentCode(value) : null;
    // The answer came before the name is asked: without a limit, the chat told which codes exist. Once limited,
    // a real code is refused too, or the refusal itself would tell them apart.
    const conversation = context.conversationId ?? '';
    const at = context.now.getTime();
    if (found && !guard.allowed(conversation, at)) {
      const values = context.profile.values;
      return { ok: false, sayOnPrefill: true, reason: lookupLimitedText('code', String(values.buergerbuero_phone ?? values.phone_central ?? '')) };
    }
    const appointment = found ? await activeAppointment(store(), found, context.now) : null;
    // A cancelled or past appointment is named as such: one the Bürgerbüro cancelled was "not found" before.
    const known = found && !appointment ? await store().getAppointment(found) : null;
    if (known) return { ok: false, sayOnPrefill: true, reason: known.status === 'cancelled' ? cancelledText(describeSlot(context.profile, known.startsAt, 'de'), describeSlot(context.profile, known.startsAt, 'en')) : PAST };
    if (!appointment) {
      if (found) guard.unknown(conversation, found, at);
      return {
        ok: false,
        reason: {
          de: 'Zu diesem Code finde ich keinen gebuchten Termin, der noch bevorsteht. Der Code hat 6 Zeichen, zum Beispiel AC3H46.',
          en: 'I cannot find an upcoming booked appointment with this code. The code has 6 characters, for example AC3H46.',
          plain: 'Ich finde keinen Termin mit diesem Code. Der Code hat 6 Zeichen.',
        },
      };
    }
    return { ok: true, value: appointment.code };
  };

  const bookedName: Validator = async (value, context) => {
    const found = typeof context.slots.code === 'string' ? await activeAppointment(store(), context.slots.code, context.now) : null;
    if (found && typeof value === 'string' && sameBookingName(value, found.name)) {
      const when = describeSlot(context.profile, found.startsAt, 'de');
      const whenEn = describeSlot(context.profile, found.startsAt, 'en');
      return { ok: true, value: nameFromAnswer(value), note: { de: `Ihr Termin: ${when}.`, en: `Your appointment: ${whenEn}.`, plain: `Ihr Termin ist am ${when}.` } };
    }
    return {
      ok: false,
      reason: {
        de: 'Der Name passt nicht zu diesem Termin. Bitte schreiben Sie ihn so, wie Sie ihn beim Buchen angegeben haben.',
        en: 'The name does not match this appointment. Please write it as you gave it when booking.',
        plain: 'Der Name passt nicht. Schreiben Sie den Namen wie beim Buchen.',
      },
    };
  };

  // "ich heiße Ali Yilmaz" is booked as "Ali Yilmaz": the name is the key for cancelling and moving later.
  const bookingName: Validator = (value, context) => {
    const name = typeof value === 'string' ? nameFromAnswer(value, placeNames(context.profile)) : '';
    if (name.length >= 3 && /\p{L}/u.test(name)) return { ok: true, value: name };
    return {
      ok: false,
      reason: {
        de: 'Bitte schreiben Sie Ihren Vor- und Nachnamen, zum Beispiel „Erika Mustermann“.',
        en: 'Please write your first and last name, for example "Erika Mustermann".',
        plain: 'Bitte schreiben Sie Vorname und Nachname.',
      },
    };
  };

  const wish: Validator = (value, context) => {
    const text = typeof value === 'string' ? value : (context.message?.text ?? '');
    const previous = earlierWish(context.slots);
    const entities = withDayOfMonth(context.message?.text ?? text, context.message?.entities ?? [], todayIn(context), previous);
    // "am 31.2.", "29.2." in a common year, "12/3": said what is wrong, not "keinen Tag gefunden" (tester-o B4).
    const missing = missingDate(context.message?.text ?? text, context.now, context.profile.appointments?.time_zone);
    if (missing) return { ok: false, reason: missing };
    const said = wishFrom(text, entities, context.message?.text ?? text);
    // "lieber um 10 Uhr" after "am 17.12. um 8 Uhr" keeps the day, "lieber am 18." the time (tester-p C1).
    const parsed = said && correctWish(previous, said, openFor(context));
    // The echo and the summary show the wish as understood ("Dienstag, 1.12.2026, vormittags"), in both
    // languages, never the rest of a first message ("…, ich heiße Ali Yilmaz").
    if (parsed) return { ok: true, value: { ...(parsed as JsonObject), label: { de: describeWish(parsed, 'de'), en: describeWish(parsed, 'en') } } };
    return {
      ok: false,
      reason: {
        // Not the prompt again: the prompt follows this reason, and the same sentence twice reads as a fault.
        de: 'Darin habe ich keinen Tag und keine Uhrzeit gefunden.',
        en: 'I could not find a day or a time in that.',
        plain: 'Ich finde darin keinen Tag und keine Uhrzeit.',
      },
    };
  };

  const choice: Validator = (value, context) => {
    const offers = offered(context.slots);
    const calendar = context.profile.appointments;
    // "am 31.2." at the choice: said that the day does not exist (tester-o B4), where "2" took the second slot or
    // "keiner der angebotenen Termine" was said.
    const missing = missingDate(context.message?.text ?? String(value), context.now, calendar?.time_zone);
    if (missing) return { ok: false, reason: missing };
    const chosen = typeof value === 'string' && calendar ? chooseSlot(value, offers, calendar.time_zone, context.message?.entities ?? []) : null;
    if (!chosen) return { ok: false, reason: NOT_OFFERED };
    return { ok: true, value: { start: chosen.start, label: formatDateTime(chosen.date, chosen.minutes, context.locale) } };
  };

  registry.validators.set('appointment_code', code);
  registry.validators.set('appointment_name', bookedName);
  registry.validators.set('appointment_booking_name', bookingName);
  registry.validators.set('appointment_wish', wish);
  registry.validators.set('appointment_choice', choice);
  registerNamedInAnswer(registry, code);

  registry.stepLogic.set('offer_slots', {
    async before(context) {
      // Before offering slots: a booker over the limits learns it now, not after giving a name and confirming, and
      // the booking ends there (a "1, 2 oder 3" prompt without slots only invited trying again).
      const refused = context.slots.aktion === 'buchen' ? await limiter.refusal({ client: context.client, conversationId: context.conversationId }, context.profile, store(), context.now) : null;
      if (refused) return { end: true, text: bookingRefusedText(refused, context.profile) };
      const w = (isObject(context.slots.wunsch) ? context.slots.wunsch : {}) as SlotWish;
      const offer = await findFreeSlots(store(), context.profile, w, context.now);
      const slots: Slot[] = offer.slots;
      const list = { de: describeOffer(slots, 'de'), en: describeOffer(slots, 'en') };
      const angebot: JsonValue = slots.map((s) => ({ start: s.start, date: s.date, minutes: s.minutes }));
      if (slots.length === 0) {
        const phone = String(context.profile.values.buergerbuero_phone ?? context.profile.values.phone_central ?? '');
        return {
          slots: { angebot },
          text: {
            de: `Im Moment sind online keine Termine frei. Bitte rufen Sie das Bürgerbüro an: ${phone}.`,
            en: `There are no free slots online at the moment. Please call the citizens' office: ${phone}.`,
            plain: `Gerade ist kein Termin frei. Bitte rufen Sie an: ${phone}.`,
          },
        };
      }
      const lead = offerIntro(offer, w);
      return { slots: { angebot }, text: { de: `${lead.de}\n${list.de}`, en: `${lead.en}\n${list.en}`, plain: `${lead.plain}\n${list.de}` } };
    },
    // The offered slots as buttons. Each sends its date and time ("3.12.2026 14:00"), which the choice validator
    // reads like typed text: a button of an earlier offer then names a slot not on offer and is refused, where
    // "1", "2", "3" picked whatever stood at that place now (re-test of tester-k C2).
    suggestions: (context) =>
      offered(context.slots).map((o) => ({ title: { de: formatDateTime(o.date, o.minutes, 'de'), en: formatDateTime(o.date, o.minutes, 'en') }, value: slotValue(o.date, o.minutes) })),
    reminder: (context) => offerAgain(offered(context.slots)),
    // "lieber Donnerstag nachmittag", "am 25.12.", "Samstag, 12.12." at "Welcher Termin passt?": a day or a time
    // that picks none of the offers is a new wish, with a new offer; it was refused as "keiner der angebotenen
    // Termine", and three such tries handed over to a person (tester-m C1).
    intercept: (context, command) => {
      const message = context.message;
      const calendar = context.profile.appointments;
      // A day that does not exist is no new wish: the choice says what is wrong with it.
      if (command !== null || !message || !calendar || missingDate(message.text, context.now, calendar.time_zone)) return undefined;
      const previous = earlierWish(context.slots);
      const entities = withDayOfMonth(message.text, message.entities, todayIn(context), previous);
      const said = newWish(message.text, entities, offered(context.slots), calendar.time_zone);
      if (!said) return undefined;
      const wish = correctWish(previous, said, openFor(context));
      const label = { de: describeWish(wish, 'de'), en: describeWish(wish, 'en') };
      return {
        slots: { wunsch: { ...(wish as JsonObject), label } },
        clear: ['termin', 'angebot'],
        text: { de: `Korrigiert: Wunschzeit: ${label.de}.`, en: `Corrected: Preferred time: ${label.en}.`, plain: `Geändert: Wunschzeit: ${label.de}.` },
      };
    },
  });

  registry.completions.set('buergerbuero_termin', appointmentCompletion(store, limiter));
}
