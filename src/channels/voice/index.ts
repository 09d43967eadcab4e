/**
 * POST /api/voice/turn: the plain voice path for telephony (IVR, SIP gateways) and smart speakers
 * that run their own speech recognition and synthesis. In: the transcript; out: one SSML document to
 * speak, the same content as text, and whether to listen for an answer next.
 */
import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../../core/turn-engine.js';
import { escapeXml, SSML_LANG, toSsml } from '../../core/ssml.js';
import { markSayAs } from '../../core/ssml-say-as.js';
import type { Locale, Reply } from '../../core/types.js';
import type { AppContext, AppPlugin } from '../../http/app-context.js';
import { isUuid, readJsonBody } from '../../http/json-body.js';
import { localeFromTag } from '../locale.js';
import { dayFirstDates } from '../us-dates.js';
import { phoneWording } from './phone-wording.js';

export const voiceTurnSchema = z
  .object({
    conversationId: z.string().refine(isUuid, 'must be a conversation id (UUID) returned by the server').optional(),
    transcript: z.string().trim().min(1, 'say something').max(MAX_TEXT_LENGTH, `at most ${MAX_TEXT_LENGTH} characters`),
    /** "de", "en" or a BCP 47 tag such as "de-DE" from the speech recognizer. */
    locale: z
      .string()
      .max(35)
      .refine((tag) => localeFromTag(tag) !== undefined, 'de or en (or a tag such as de-DE)')
      .optional(),
    /** Einfache Sprache, as on the other channels (a caller who needs it has no switch to press). */
    plainLanguage: z.boolean().optional(),
  })
  .strict();

/**
 * Several replies become one spoken answer: the bodies of their <speak> documents, one after another. A
 * reply in the other language (the English note after the German one) keeps its language on its paragraphs.
 */
export function joinSpeak(replies: readonly Pick<Reply, 'speak' | 'locale'>[], locale: Locale): string {
  const bodies = replies.map((reply) => {
    const body = reply.speak.replace(/^<speak[^>]*>/, '').replace(/<\/speak>$/, '');
    if (!reply.locale || reply.locale === locale) return body;
    const own = SSML_LANG[reply.locale];
    return body.includes('<p>') ? body.replaceAll('<p>', `<p xml:lang="${own}">`) : `<p xml:lang="${own}">${body}</p>`;
  });
  return `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${SSML_LANG[locale]}">${bodies.join('<break time="500ms"/>')}</speak>`;
}

/**
 * The choices of the question asked, spoken: a caller never sees the buttons ("Worum geht es bei Ihrem
 * Termin?" names no service). Not for choices the replies list already (the appointment slots, "Nummer 1:
 * Dienstag, 1.12.2026, 7:45": they were read twice, the second time as raw dates, tester-r B4), or topic
 * buttons under an answer. A yes/no question gets "Sagen Sie ja oder nein." unless it says so itself; a
 * choice such as "Nichts davon" is spoken even when its value is nein.
 */
export function choicesSpoken(replies: readonly Pick<Reply, 'suggestions' | 'text'>[], locale: Locale, expectingInput: boolean): string {
  const offered = expectingInput ? (replies.at(-1)?.suggestions ?? []) : [];
  const said = squash(replies.map((r) => r.text).join('\n'));
  if (offered.length >= 2 && offered.every((s) => YES_NO.test(s.value))) {
    if (/\b(?:ja oder nein|yes or no)\b/i.test(said)) return '';
    return `<p><s>${locale === 'de' ? 'Sagen Sie ja oder nein.' : 'Please say yes or no.'}</s></p>`;
  }
  // Only a button that says ja or nein goes unspoken: "Nichts davon" (value nein) is a choice of its own (re-test 19 2.5).
  const titles = offered.filter((s) => !s.value.startsWith('intent:') && !/^\d+$/.test(s.value) && !(YES_NO.test(s.value) && YES_NO_TITLE.test(s.title))).map((s) => s.title);
  if (titles.length < 2 || titles.every((title) => said.includes(squash(title)))) return '';
  const last = titles.pop() ?? '';
  const list = `${titles.join(', ')} ${locale === 'de' ? 'oder' : 'or'} ${last}`;
  // Dates and times in a choice are said as such, as everywhere else in the SSML.
  return `<p><s>${markSayAs(locale === 'de' ? `Sie können sagen: ${list}.` : `You can say: ${list}.`)}</s></p>`;
}

const YES_NO = /^(ja|nein|yes|no)$/i;
/** "Ja", "Nein, danke", "Yes": a button that is an answer of a yes/no pair, not a choice to name. */
const YES_NO_TITLE = /^(?:ja|nein|yes|no)\b/i;

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The sites a reply links to, spoken at the end ("siehe Link" in an answer meant nothing on the phone): the
 * site's name, never the URL, as in the rest of the SSML.
 */
export function linksSpoken(replies: readonly Pick<Reply, 'links'>[], locale: Locale): string {
  const sites = [...new Set(replies.flatMap((r) => r.links ?? []).map((l) => siteOf(l.url)).filter((site): site is string => site !== null))];
  if (sites.length === 0) return '';
  return `<p><s>${escapeXml(`${locale === 'de' ? 'Mehr dazu auf' : 'More on'} ${sites.join(locale === 'de' ? ' und ' : ' and ')}.`)}</s></p>`;
}

function siteOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** The caller's own variety ("en-US", "de-AT") for the document, when its language is the reply's: the gateway picks the voice by it. */
export function withCallerVoice(ssml: string, tag: string | undefined, locale: Locale): string {
  if (!tag || !/^[a-z]{2}-[A-Z]{2}$/.test(tag) || localeFromTag(tag) !== locale) return ssml;
  return ssml.replace(/^(<speak[^>]*xml:lang=")[^"]+"/, `$1${tag}"`);
}

/** The replies as a caller hears them: chat wordings made spoken, the text and its SSML alike (phone-wording.ts). */
export function onThePhone(replies: readonly Reply[], locale: Locale): Reply[] {
  return replies.map((reply) => {
    const own = reply.locale ?? locale;
    const text = phoneWording(reply.text, own);
    return text === reply.text ? reply : { ...reply, text, speak: toSsml(text, own) };
  });
}

export function voicePlugin(): AppPlugin {
  return (app, context: AppContext) => {
    app.post('/api/voice/turn', async (c) => {
      const body = await readJsonBody(c, voiceTurnSchema);
      const locale = localeFromTag(body.locale);
      const turn = await context.engine.handle({
        channel: 'voice',
        ...(body.conversationId ? { conversationId: body.conversationId.toLowerCase() } : {}),
        text: dayFirstDates(body.transcript, body.locale),
        ...(locale ? { locale } : {}),
        ...(body.plainLanguage !== undefined ? { plainLanguage: body.plainLanguage } : {}),
      });
      const result = { ...turn, replies: onThePhone(turn.replies, turn.locale) };
      return c.json({
        conversationId: result.conversationId,
        speak: withCallerVoice(
          joinSpeak(result.replies, result.locale).replace(/<\/speak>$/, `${linksSpoken(result.replies, result.locale)}${choicesSpoken(result.replies, result.locale, result.expectingInput)}</speak>`),
          body.locale,
          result.locale,
        ),
        text: result.replies.map((reply) => reply.text).join('\n\n'),
        expectingInput: result.expectingInput,
        locale: result.locale,
      });
    });
  };
}
