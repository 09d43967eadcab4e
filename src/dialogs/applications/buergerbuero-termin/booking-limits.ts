/**
 * Against booking the Bürgerbüro calendar out (tester-n 4, retest18b M1): a booking needs no contact data, so
 * one client could take every free slot with invented names. Two limits, in memory:
 * - per client: no new booking while 3 upcoming appointments booked by the same client in the last 24 hours
 *   are still booked (a cancelled or past one no longer counts; moves and cancellations are never limited);
 * - overall: no more than `max_bookings_per_hour` (profile, default 60) bookings in the last hour.
 *
 * The client is the opaque key the HTTP layer passes into the turn (the web chat: the address, IPv6 by /64).
 * Messenger and phone turns arrive from Microsoft's or the telephony provider's servers: they carry no client,
 * and count per conversation. Keys are kept only as keyed hashes (a key that lives in this process's memory,
 * as for the staff login throttle), never stored. A restart (on Workers, a new isolate) starts counting again.
 */
import type { ProfileDefinition } from '../../../content/schema.js';
import type { AppointmentStore } from '../../../store/appointment-repository.js';
import type { DialogText } from '../../schema.js';
import { processKeyedHash } from '../../secrets.js';
import { activeAppointment } from './booking.js';

export const BOOKING_LIMITS = {
  perClient: 3,
  clientWindowMs: 24 * 60 * 60_000,
  overallWindowMs: 60 * 60_000,
  /** A planned booking not yet in the store counts this long (its commit runs, or it lost its slot). */
  pendingMs: 60_000,
  /** Clients kept at most; the least recently booking are dropped first. */
  maxClients: 10_000,
  /** Bookings remembered per client (cancelled ones included); the oldest are dropped first. */
  maxPerClient: 20,
};

export const DEFAULT_MAX_BOOKINGS_PER_HOUR = 60;

export type BookingRefusal = 'client' | 'overall';

/** Who books: the client key from the HTTP layer, else the conversation. */
export interface Booker {
  client?: string | undefined;
  conversationId?: string | undefined;
}

export interface BookingLimiter {
  /** Why a new booking by this booker is refused now, or null when it may book. */
  refusal(booker: Booker, profile: ProfileDefinition, store: AppointmentStore, now: Date): Promise<BookingRefusal | null>;
  /** Counts a planned booking (its confirmation code) from now on. */
  record(booker: Booker, code: string, now: Date): Promise<void>;
}

function bookerKey(booker: Booker): Promise<string> | null {
  if (booker.client) return processKeyedHash(`client\n${booker.client}`);
  return booker.conversationId ? processKeyedHash(`conversation\n${booker.conversationId}`) : null;
}

export function maxBookingsPerHour(profile: ProfileDefinition): number {
  return profile.appointments?.max_bookings_per_hour ?? DEFAULT_MAX_BOOKINGS_PER_HOUR;
}

export function createBookingLimiter(limits = BOOKING_LIMITS): BookingLimiter {
  const byClient = new Map<string, Array<{ code: string; at: number }>>();
  const overall: number[] = [];

  const recentOverall = (now: number) => {
    while (overall.length > 0 && (overall[0] ?? 0) <= now - limits.overallWindowMs) overall.shift();
    return overall.length;
  };

  return {
    async refusal(booker, profile, store, now) {
      const at = now.getTime();
      if (recentOverall(at) >= maxBookingsPerHour(profile)) return 'overall';
      const key = await bookerKey(booker);
      const entries = key ? (byClient.get(key) ?? []).filter((e) => e.at > at - limits.clientWindowMs) : [];
      let held = 0;
      for (const entry of entries) {
        if (await activeAppointment(store, entry.code, now)) held++;
        else if (entry.at > at - limits.pendingMs && !(await store.getAppointment(entry.code))) held++;
      }
      return held >= limits.perClient ? 'client' : null;
    },
    async record(booker, code, now) {
      const at = now.getTime();
      recentOverall(at);
      overall.push(at);
      const key = await bookerKey(booker);
      if (!key) return;
      const entries = (byClient.get(key) ?? []).filter((e) => e.at > at - limits.clientWindowMs);
      entries.push({ code, at });
      byClient.delete(key);
      byClient.set(key, entries.slice(-limits.maxPerClient));
      if (byClient.size > limits.maxClients) {
        const oldest = byClient.keys().next().value;
        if (oldest !== undefined) byClient.delete(oldest);
      }
    },
  };
}

/** The refusal, pointing to the Bürgerbüro's phone (left out when the profile has none). Moves and cancellations still work. */
export function bookingRefusedText(refusal: BookingRefusal, profile: ProfileDefinition): DialogText {
  const phone = String(profile.values.buergerbuero_phone ?? profile.values.phone_central ?? '');
  if (refusal === 'overall') {
    return {
      de: `Gerade werden ungewöhnlich viele Termine online gebucht. Zum Schutz vor Missbrauch nehme ich deshalb im Moment keine weiteren Buchungen an. Bitte versuchen Sie es in einer Stunde noch einmal${phone ? ` oder rufen Sie das Bürgerbüro an: ${phone}` : ''}.`,
      en: `An unusual number of appointments are being booked online right now. To prevent misuse, I am not taking further bookings at the moment. Please try again in an hour${phone ? ` or call the citizens' office: ${phone}` : ''}.`,
      plain: `Gerade buchen sehr viele Menschen Termine. Darum geht online gerade keine Buchung. Bitte versuchen Sie es in einer Stunde noch einmal.${phone ? ` Oder rufen Sie das Bürgerbüro an: ${phone}.` : ''}`,
    };
  }
  return {
    de: `Von hier aus wurden in den letzten 24 Stunden schon ${BOOKING_LIMITS.perClient} Termine gebucht, die noch bevorstehen. Mehr Termine buche ich online nicht.${phone ? ` Brauchen Sie noch einen Termin, rufen Sie bitte das Bürgerbüro an: ${phone}.` : ''} Einen gebuchten Termin absagen oder verschieben können Sie weiterhin hier.`,
    en: `${BOOKING_LIMITS.perClient} upcoming appointments have already been booked from here in the last 24 hours. I do not book more online.${phone ? ` If you need another appointment, please call the citizens' office: ${phone}.` : ''} You can still cancel or move a booked appointment here.`,
    plain: `Von hier wurden schon ${BOOKING_LIMITS.perClient} Termine gebucht. Mehr geht online nicht.${phone ? ` Für noch einen Termin rufen Sie das Bürgerbüro an: ${phone}.` : ''} Absagen oder verschieben geht weiter hier.`,
  };
}
