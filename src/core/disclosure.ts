/** EU AI Act Art. 50: the first reply of every conversation says that an automated system answers. */
import type { Locale } from './types.js';

export function disclosureText(locale: Locale, cityName: string): string {
  return locale === 'de'
    ? `Hinweis: Ich bin der digitale Assistent der ${cityName}, ein automatisches Programm und kein Mensch.`
    : `Please note: I am the digital assistant of ${cityName}, an automated program, not a person.`;
}
