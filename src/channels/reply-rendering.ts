/**
 * What a messenger needs besides the core's reply: links the channel can open, buttons it can show, and the
 * citizen's own language tag. The core writes links to this site as paths ("/zusammenfassung#…",
 * "/api/appointments/….ics"), which the web widget resolves against its own script; a messenger has no base
 * URL, and Web Chat on www.dueren.de would open them on the city's host. SMS and e-mail show no buttons at all.
 */
import type { Context } from 'hono';
import { requestOrigin } from '../http/public-origin.js';
import type { Link, Locale, Reply, Suggestion } from '../core/types.js';

export interface ReplyRendering {
  /** The assistant's public origin ("https://assistent.dueren.de"): paths in links are made absolute with it. */
  origin?: string;
  /** The activity's channelId ("msteams", "telegram", "sms"): decides whether buttons can be shown. */
  channelId?: string;
  /** The activity's locale ("en-US"): replies keep this variety when they are in its language. */
  localeTag?: string;
}

/** Channels that show text only: choices and links are written into the message. */
const TEXT_ONLY_CHANNELS: ReadonlySet<string> = new Set(['sms', 'email']);

export function isTextOnlyChannel(channelId: string | undefined): boolean {
  return channelId !== undefined && TEXT_ONLY_CHANNELS.has(channelId.toLowerCase());
}

/**
 * The assistant's origin as the channel reached it (X-Forwarded-Proto/-Host only with TRUST_PROXY, as for Direct
 * Line's streamUrl). For /api/messages that is the messaging endpoint registered in Azure, this server's own name.
 */
export function channelOrigin(c: Context): string {
  const origin = requestOrigin(c);
  return `${origin.protocol}//${origin.host}`;
}

/** A path of this site ("/zusammenfassung#…") made absolute; other URLs unchanged. */
export function absoluteUrl(url: string, origin: string | undefined): string {
  if (!origin || !url.startsWith('/') || url.startsWith('//')) return url;
  return `${origin}${url}`;
}

export function absoluteLinks(links: readonly Link[] | undefined, origin: string | undefined): Link[] {
  return (links ?? []).map((link) => ({ title: link.title, url: absoluteUrl(link.url, origin) }));
}

/**
 * Two or more choices are numbered, and the number is accepted as the answer (numbered-choices.ts). A single
 * choice (the "Überspringen" of an optional question that asks for a number) is not: "1" there is the answer.
 */
export function numbersChoices(suggestions: readonly Suggestion[] | undefined): boolean {
  return (suggestions?.length ?? 0) >= 2;
}

const WORDS = {
  de: {
    pick: (n: number) => (n === 2 ? 'Antworten Sie mit 1 oder 2:' : `Antworten Sie mit einer Zahl von 1 bis ${n}:`),
    alone: (title: string) => `Sie können auch „${title}“ antworten.`,
  },
  en: {
    pick: (n: number) => (n === 2 ? 'Reply with 1 or 2:' : `Reply with a number from 1 to ${n}:`),
    alone: (title: string) => `You can also reply "${title}".`,
  },
} satisfies Record<Locale, { pick: (n: number) => string; alone: (title: string) => string }>;

/** True when a text lists these choices with their numbers already ("1) Donnerstag, 3.12.2026, 14:00 Uhr", the slots). */
function listedAlready(text: string, suggestions: readonly Suggestion[]): boolean {
  return suggestions.every((s, i) => text.includes(`${i + 1}) ${s.title}`));
}

/**
 * A reply's text for a channel without buttons: its choices numbered below it, then its links as "title: URL".
 * `before` is what this turn's earlier replies said: choices they listed with numbers are not listed again
 * (the appointment slots came twice in one SMS exchange, re-test 19 2.9); the numbers still answer.
 */
export function textOnlyText(reply: Pick<Reply, 'text' | 'suggestions'>, links: readonly Link[], locale: Locale, before = ''): string {
  const parts = [reply.text];
  const suggestions = reply.suggestions ?? [];
  if (numbersChoices(suggestions)) {
    // Listed already: the question says how to answer ("Antworten Sie mit seiner Nummer").
    if (!listedAlready(`${before}\n${reply.text}`, suggestions)) parts.push([WORDS[locale].pick(suggestions.length), ...suggestions.map((s, i) => `${i + 1} ${s.title}`)].join('\n'));
  } else if (suggestions[0]) {
    parts.push(WORDS[locale].alone(suggestions[0].title));
  }
  if (links.length > 0) parts.push(links.map((link) => `${link.title}: ${link.url}`).join('\n'));
  return parts.join('\n\n');
}
