/** Answers the recognised intent from content; "unknown" and unanswerable intents get the fallback. */
import type { ContentBundle } from '../content/model.js';
import { TOPICS_MARKER, type IntentDefinition } from '../content/schema.js';
import { answerVariant, intentReply, localizedLinks, localizedSuggestions } from './answer.js';
import { alternativeTopic, didYouMeanTopics, listTopics, offerableTopics, topicSuggestions } from './did-you-mean.js';
import type { ReplyDraft, TurnContext, TurnHandler, TurnOutcome } from './turn-handler.js';
import type { Locale } from './types.js';

export const UNKNOWN_INTENT = 'unknown';

export function fallbackOutcome(context: TurnContext): TurnOutcome {
  const { turn, content, nlu } = context;
  const unknown = content.intentsById.get(UNKNOWN_INTENT);
  if (nlu.otherLanguage && unknown?.other_language) return otherLanguageOutcome(context, unknown);
  const top = nlu.intents[0];
  // Only a message the gate rejected has next guesses to offer; a topic without an answer is no guess.
  const topics = top?.id === UNKNOWN_INTENT ? didYouMeanTopics(nlu.intents, offerableTopics(content)) : [];
  const reply = unknown ? (topics.length > 0 ? didYouMeanReply(context, unknown, topics) : intentReply(unknown, turn.locale, turn.plainLanguage)) : null;
  return {
    replies: [
      reply ?? {
        text:
          turn.locale === 'de'
            ? `Das habe ich leider nicht verstanden. Bitte sagen Sie es mit anderen Worten.`
            : `Sorry, I did not understand that. Please try other words.`,
      },
    ],
    intent: { id: UNKNOWN_INTENT, confidence: top?.id === UNKNOWN_INTENT ? top.confidence : 0 },
  };
}

/** The fallback that names the likely topics and offers them first among its buttons. */
function didYouMeanReply(context: TurnContext, unknown: IntentDefinition, topics: string[]): ReplyDraft | null {
  const { turn, content } = context;
  const offered = topicSuggestions(topics, content, turn.locale);
  const text = unknown.did_you_mean
    ? answerVariant(unknown.did_you_mean, turn.locale, turn.plainLanguage).replace(TOPICS_MARKER, listTopics(offered.map((s) => s.title), turn.locale))
    : intentReply(unknown, turn.locale, turn.plainLanguage)?.text;
  if (!text) return null;
  const links = localizedLinks(unknown, turn.locale);
  return { text, suggestions: [...offered, ...localizedSuggestions(unknown, turn.locale)], ...(links.length > 0 ? { links } : {}) };
}

/**
 * The note that only German and English are understood, once in each (the turn's language first), so a
 * citizen who reads either one learns what to do. Empty when the content has no such note.
 */
export function otherLanguageNotes(content: ContentBundle, turnLocale: Locale, plainLanguage: boolean): ReplyDraft[] {
  const note = content.intentsById.get(UNKNOWN_INTENT)?.other_language;
  if (!note) return [];
  const order: Locale[] = turnLocale === 'en' ? ['en', 'de'] : ['de', 'en'];
  return order.map((locale) => ({
    text: answerVariant(note, locale, plainLanguage),
    locale,
  }));
}

/** A message in neither German nor English that names no topic: the notes, with the unknown intent's buttons. */
function otherLanguageOutcome(context: TurnContext, unknown: IntentDefinition): TurnOutcome {
  const replies = otherLanguageNotes(context.content, context.turn.locale, context.turn.plainLanguage);
  const last = replies[replies.length - 1] as ReplyDraft;
  // The buttons stay in the page's language, though they sit under the last note.
  const suggestions = localizedSuggestions(unknown, context.turn.locale);
  const links = localizedLinks(unknown, context.turn.locale);
  replies[replies.length - 1] = { ...last, ...(suggestions.length > 0 ? { suggestions } : {}), ...(links.length > 0 ? { links } : {}) };
  const top = context.nlu.intents[0];
  return { replies, intent: { id: UNKNOWN_INTENT, confidence: top?.id === UNKNOWN_INTENT ? top.confidence : 0 } };
}

export const faqHandler: TurnHandler = {
  name: 'faq',
  handle(context) {
    const top = context.nlu.intents[0];
    if (!top || top.id === UNKNOWN_INTENT) return null;
    const intent = context.content.intentsById.get(top.id);
    if (!intent) return null;
    const reply = intentReply(intent, context.turn.locale, context.turn.plainLanguage);
    if (!reply) return null;
    return { replies: [withAlternative(reply, context, top.id)], intent: top };
  },
};

/** The answer, plus the runner-up topic as a last button when the classifier was torn between the two. */
function withAlternative(reply: ReplyDraft, context: TurnContext, answered: string): ReplyDraft {
  const alternative = alternativeTopic(context.nlu.intents, answered, offerableTopics(context.content));
  if (!alternative || reply.suggestions?.some((s) => s.value === `intent:${alternative}`)) return reply;
  return { ...reply, suggestions: [...(reply.suggestions ?? []), ...topicSuggestions([alternative], context.content, context.turn.locale)] };
}
