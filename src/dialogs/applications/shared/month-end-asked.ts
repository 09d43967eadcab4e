/**
 * "Ende des Monats" said on the 29th of November became 29.11.–30.11., a wish starting today, a Sunday (smoke19 A4):
 * with at most two days of the month left, the citizen more likely means the end of next month, so the assistant
 * asks "Meinen Sie Ende Dezember?"; a yes takes 21.–31.12., a no asks for another period. The NLU is left alone,
 * since an appointment "Ende des Monats" on the 29th may well mean tomorrow.
 */
import type { ValidatorResult } from '../../registry.js';
import { formatDate } from '../../text.js';

const MONTH_END = /(?<!\p{L})(?:ende\s+(?:des|dieses)\s+monats|(?:the\s+)?end\s+of\s+(?:the|this)\s+month)(?!\p{L})/iu;
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Today and tomorrow: too little for a wish the DSB can still plan. */
const DAYS_LEFT = 2;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The ask-back, or null when the words are not "Ende des Monats" or enough of the month is left. */
export function monthEndAsked(words: string, period: { from: string; to: string }, now: string): ValidatorResult | null {
  if (!MONTH_END.test(words) || period.to.slice(0, 7) !== now.slice(0, 7)) return null;
  const today = new Date(`${now}T00:00:00Z`);
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0));
  if ((last.getTime() - today.getTime()) / 86_400_000 >= DAYS_LEFT) return null;
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 21));
  const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 2, 0));
  const month = from.getUTCMonth();
  const span = (locale: 'de' | 'en') => `${formatDate(iso(from), locale)} – ${formatDate(iso(to), locale)}`;
  return {
    ok: false,
    reason: {
      de: `Dieser Monat ist fast vorbei. Meinen Sie Ende ${MONTHS_DE[month] ?? ''} (${span('de')})?`,
      en: `This month is almost over. Do you mean the end of ${MONTHS_EN[month] ?? ''} (${span('en')})?`,
      plain: `Dieser Monat ist fast vorbei. Meinen Sie Ende ${MONTHS_DE[month] ?? ''}?`,
    },
    ask: {
      yes: { from: iso(from), to: iso(to) },
      no: { de: 'Bitte nennen Sie einen anderen Zeitraum, zum Beispiel „nächste Woche“.', en: 'Please give another period, for example "next week".', plain: 'Bitte nennen Sie eine andere Zeit. Zum Beispiel: nächste Woche.' },
    },
  };
}
