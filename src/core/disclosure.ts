/**
 * EU AI Act Art. 50: the first reply of every conversation says that an automated system answers, and (GDPR
 * Art. 13, docs/PRIVACY.md §4) where the privacy notice is: a link to /datenschutz in the widget, words on the
 * phone, where a link is neither shown nor spoken, and in messengers (report j-12).
 */
import type { ReplyDraft } from './turn-handler.js';
import type { ChannelId, Link, Locale } from './types.js';

/** The chat's privacy notice (src/web/pages/privacy.tsx). */
export const PRIVACY_PATH = '/datenschutz';

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

/** The link to the privacy notice, titled like the widget's own "Datenschutz" link. */
export function privacyLink(locale: Locale): Link {
  return { title: locale === 'en' ? 'Privacy' : 'Datenschutz', url: PRIVACY_PATH };
}

/**
 * Where a caller or messenger user finds the privacy notice: the chat on the city's website links it. Neither an
 * address of the chat server nor a phone number is said, since neither is a confirmed fact of every city.
 */
export function privacyNoticeWhere(locale: Locale, plainLanguage = false): string {
  if (locale === 'de') {
    return plainLanguage
      ? 'Mehr zum Datenschutz steht im Chat auf der Internetseite der Stadt.'
      : 'Wie ich mit Ihren Daten umgehe, steht in den Datenschutzhinweisen des Chats auf der Internetseite der Stadt, unter „Datenschutz“.';
  }
  return plainLanguage
    ? 'More about your data is in the chat on the city\'s website.'
    : 'How I handle your data is in the chat\'s privacy notice on the city\'s website, under "Privacy".';
}

/**
 * A Bot Framework channel (Teams, Telegram, Facebook, SMS, …) carries every message through the messenger's
 * provider and Microsoft's Azure Bot Service, which the citizen should know before typing personal data (tester-r
 * C1). Direct Line (Web Chat on the city's own site) and the widget talk to this server only.
 */
export function messengerProviderNote(locale: Locale, plainLanguage = false): string {
  if (locale === 'de') {
    return plainLanguage
      ? 'Ihre Nachrichten gehen auch über den Messenger und über Microsoft.'
      : 'Ihre Nachrichten laufen auch über den Anbieter Ihres Messengers und über Microsoft (Azure Bot Service); dort gelten deren Datenschutzbestimmungen.';
  }
  return plainLanguage
    ? 'Your messages also go through the messenger and through Microsoft.'
    : 'Your messages also pass through your messenger\'s provider and Microsoft (Azure Bot Service); their privacy terms apply there.';
}

export interface DisclosureTurn {
  locale: Locale;
  plainLanguage: boolean;
  channel: ChannelId;
}

/**
 * Channels whose client opens a path of this site: the widget and API clients. A phone has no screen, and a
 * messenger (Bot Framework, Direct Line) would resolve "/datenschutz" against someone else's site: both get words.
 */
const SITE_LINK_CHANNELS: ReadonlySet<ChannelId> = new Set(['web', 'api']);

/** The first reply of a conversation with the disclosure before its text and the way to the privacy notice. */
export function withDisclosure(first: ReplyDraft, turn: DisclosureTurn, cityName: string, cityNameEn?: string): ReplyDraft {
  const note = disclosureText(turn.locale, cityName, turn.plainLanguage, cityNameEn);
  if (!SITE_LINK_CHANNELS.has(turn.channel)) {
    const where = privacyNoticeWhere(turn.locale, turn.plainLanguage);
    const providers = turn.channel === 'botframework' ? ` ${messengerProviderNote(turn.locale, turn.plainLanguage)}` : '';
    return { ...first, text: `${note} ${where}${providers} ${first.text}`, ssml: undefined };
  }
  // The privacy answer links it already: once is enough.
  const links = [...(first.links ?? []).filter((l) => l.url !== PRIVACY_PATH), privacyLink(turn.locale)];
  return { ...first, text: `${note} ${first.text}`, ssml: undefined, links };
}
