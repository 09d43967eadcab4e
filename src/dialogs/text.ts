/** Picks the variant a citizen asked for (German, English, Einfache Sprache) and fills {name} placeholders. */
import type { Locale } from '../core/types.js';
import { fold } from '../core/fold.js';
import type { DialogLabel, DialogText } from './schema.js';

// One folding for the dialogs and the core's own word matching (language wishes, erasure, "hilft nicht").
export { fold };

export interface Voice {
  locale: Locale;
  plainLanguage: boolean;
}

export function say(text: DialogText, voice: Voice, vars: Record<string, string | number> = {}): string {
  const chosen = voice.locale === 'en' ? (voice.plainLanguage ? (text.plain_en ?? text.en) : text.en) : voice.plainLanguage ? text.plain : text.de;
  return fill(chosen, vars);
}

export function label(text: DialogLabel, voice: Voice): string {
  return voice.locale === 'de' && voice.plainLanguage && text.plain ? text.plain : text[voice.locale];
}

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{([a-z_]+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}


/** True when one of the phrases occurs in the text as whole words (or word prefixes when `prefix`). */
export function hasPhrase(text: string, phrases: readonly string[], prefix = false): boolean {
  const folded = ` ${fold(text)} `;
  return phrases.some((phrase) => {
    const p = fold(phrase);
    if (!p) return false;
    return prefix ? folded.includes(` ${p}`) : folded.includes(` ${p} `);
  });
}

const EURO = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const EURO_EN = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

const CENTS = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const CENTS_EN = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Whole euros without cents ("850 €"); otherwise always two digits of cents ("1.850,50 €", not "1.850,5 €"). */
export function formatEuro(amount: number, locale: Locale): string {
  const whole = Number.isInteger(amount);
  return locale === 'en' ? `€${(whole ? EURO_EN : CENTS_EN).format(amount)}` : `${(whole ? EURO : CENTS).format(amount)} €`;
}

export function formatNumber(value: number, locale: Locale): string {
  return (locale === 'en' ? EURO_EN : EURO).format(value);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "01.05.1990" / "1 May 1990": "01/05/1990" is 5 January to a US reader (messengers keep en-US, tester-r A10). */
export function formatDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return locale === 'en' ? `${Number(d)} ${MONTHS_EN[Number(m) - 1] ?? m} ${y}` : `${d}.${m}.${y}`;
}
