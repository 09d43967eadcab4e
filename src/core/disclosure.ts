/** EU AI Act Art. 50: the first reply of every conversation says that an automated system answers. */
import type { Locale } from './types.js';

/** `cityNameEn`: the city's name in English running text ("City of Düren"), where the profile has one. */
export function disclosureText(locale: Locale, cityName: string, plainLanguage = false, cityNameEn?: string): string {
  if (locale === 'de') {
    return plainLanguage
      ? 'Hinweis: Hier antwortet ein Computer-Programm. Kein Mensch.'
      : `Hinweis: Ich bin der digitale Assistent der ${cityName}, ein automatisches Programm und kein Mensch.`;
  }
  return plainLanguage
    ? 'Please note: a computer program answers here, not a person.'
    : `Please note: I am the digital assistant of ${cityNameEn ? `the ${cityNameEn}` : cityName}, an automated program, not a person.`;
}
