/**
 * Unknown references ("Stand DN-2026-…") and appointment codes ("Termin absagen AC3H46") tried in the chat
 * (retest18b M2, L1): each answer told whether a number exists, so the chat was an oracle at its rate limit.
 * Same pattern as chat resume codes (CHAT_CODE_LIMITS, docs/DIALOGS.md): the engine knows no client, only the
 * conversation, so a small limit per conversation and a high overall cap. Only unknown values count; once the
 * limit is reached every lookup of that kind is refused, known or not, or the refusal itself would be the oracle.
 */
import { createAttemptLimiter } from './attempt-limiter.js';
import type { DialogText } from './schema.js';

/** 5 unknown values per conversation and 2,000 overall in 15 minutes; resume codes in the chat take the same (CHAT_CODE_LIMITS). */
export const CHAT_LOOKUP_LIMITS = { perKey: 5, overall: 2000, windowMs: 15 * 60_000 };

export interface ChatLookupGuard {
  /** False when this conversation (or the chat as a whole) looked up too many unknown values recently. */
  allowed(conversationId: string, now: number): boolean;
  /** Counts an unknown value; the same value again in the same conversation within the window counts once. */
  unknown(conversationId: string, value: string, now: number): void;
}

export function createChatLookupGuard(options: { perKey: number; overall: number; windowMs: number } = CHAT_LOOKUP_LIMITS): ChatLookupGuard {
  const limiter = createAttemptLimiter(options);
  // A typo typed again, or one message checked at two steps of the same turn, tells the guesser nothing new.
  const seen = new Map<string, number>();
  const maxSeen = 20_000;
  return {
    allowed: (conversationId, now) => limiter.allowed(`conversation:${conversationId}`, now),
    unknown(conversationId, value, now) {
      const key = `${conversationId}\n${value}`;
      const last = seen.get(key);
      if (last !== undefined && last > now - options.windowMs) return;
      seen.delete(key);
      seen.set(key, now);
      if (seen.size > maxSeen) {
        const oldest = seen.keys().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
      limiter.recordFailure(`conversation:${conversationId}`, now);
    },
  };
}

/** The refusal once the limit is reached; `phone` from the profile, left out when the profile has none. */
export function lookupLimitedText(kind: 'reference' | 'code', phone: string): DialogText {
  const call = (de: string, en: string, plain: string) => (phone ? { de: ` ${de} ${phone}.`, en: ` ${en} ${phone}.`, plain: ` ${plain} ${phone}.` } : { de: '', en: '', plain: '' });
  if (kind === 'reference') {
    const tail = call('Den Stand Ihres Vorgangs erfahren Sie auch am Telefon:', 'You can also ask about your request by phone:', 'Oder rufen Sie an:');
    return {
      de: `Gerade wurden zu viele Nummern abgefragt, die ich nicht finde. Deshalb sehe ich im Moment keine Vorgangsnummern nach. Bitte versuchen Sie es in 15 Minuten noch einmal.${tail.de}`,
      en: `Too many numbers that I cannot find were asked about just now, so I am not looking up reference numbers at the moment. Please try again in 15 minutes.${tail.en}`,
      plain: `Es wurden zu viele falsche Nummern geschickt. Darum suche ich gerade keine Nummern. Bitte versuchen Sie es in 15 Minuten noch einmal.${tail.plain}`,
    };
  }
  const tail = call('Absagen oder verschieben können Sie Ihren Termin auch beim Bürgerbüro am Telefon:', 'You can also cancel or move your appointment by phoning the citizens\' office:', 'Oder rufen Sie das Bürgerbüro an:');
  return {
    de: `Gerade wurden zu viele Codes eingegeben, zu denen ich keinen Termin finde. Deshalb prüfe ich im Moment keine Bestätigungscodes. Bitte versuchen Sie es in 15 Minuten noch einmal.${tail.de}`,
    en: `Too many codes for which I cannot find an appointment were entered just now, so I am not checking confirmation codes at the moment. Please try again in 15 minutes.${tail.en}`,
    plain: `Es wurden zu viele falsche Codes geschickt. Darum prüfe ich gerade keine Codes. Bitte versuchen Sie es in 15 Minuten noch einmal.${tail.plain}`,
  };
}
