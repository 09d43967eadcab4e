/**
 * A follow-up on the topic just answered ("Ich brauche einen neuen Reisepass." ... "Was kostet das?", "Brauche
 * ich dafür einen Termin?"). On its own such a message names no topic, so the out-of-scope gate rejects it and
 * the citizen hears "not understood" about the question they just asked. When a rejected message follows a
 * topic answer, points back and uses only words the city's topics use, it is read once more together with
 * that topic's title; a topic found then is the answer (mostly the same one, sometimes a neighbour).
 *
 * Chosen on the dev halves (docs/benchmarks.md, revision 11), weighing a follow-up answered against a message
 * misread after a topic answer (a wrong answer is worse than "not understood", which invites a rephrase).
 */
import type { ContentBundle } from '../content/model.js';
import { offerableTopics } from './did-you-mean.js';
import { UNKNOWN_INTENT } from './faq-handler.js';
import type { Nlu, NluParseOptions, NluResult } from './ports.js';
import type { JsonObject, Locale } from './types.js';

/**
 * Below this confidence a pointing-back message read as another topic is tried as a follow-up; chosen on the
 * dev halves like the rest (docs/benchmarks.md, revision 14): 0.7-0.95 tried, 0.9 and 0.95 tied, the lower kept.
 */
export const FOLLOW_UP_UNSURE = 0.9;
const FOLLOW_UP_WORDS = 8;

/** conversation.state key: the topic the last turn answered (an intent id), for the next turn only. */
export const LAST_TOPIC = 'lastTopic';
/**
 * A follow-up points back ("Was kostet das?", "Brauche ich dafür einen Termin?", "How long does it take?"); a
 * new matter names itself ("Was ist 17 mal 23?", "Welcher Hund passt zu mir?"). Not "die", "der", "den" and
 * "dem": they point back too ("Kostet die was?"), but mostly they are articles.
 */
const POINTS_BACK = /(?<![\p{L}\p{N}])(?:das|dies|diese|dieser|dieses|es|sie|er|ihn|ihm|da|dafür|dafuer|dazu|dabei|damit|darum|dagegen|davon|darauf|daran|dort|dorthin|sowas|solche|that|it|its|this|there|them|they|those|these)(?![\p{L}\p{N}])/iu;

/**
 * Thanks, a goodbye or a complaint that points back at the answer without asking anything ("Dankeschön, genau
 * das wollte ich wissen", "I waited 3 hours, this is unacceptable"): not a follow-up. "Danke. Und was kostet
 * das?" asks, so it still is one.
 */
function closingRemark(intentId: string, text: string): boolean {
  return (intentId === 'danke' || intentId === 'verabschiedung' || intentId === 'beschwerde') && !text.includes('?');
}

/** The topic a follow-up may refer to, read from conversation state. */
export function lastTopic(state: JsonObject): string | undefined {
  const value = state[LAST_TOPIC];
  return typeof value === 'string' ? value : undefined;
}

/**
 * `parsed`, or for a follow-up on `topic` (see above) the reading of the message together with that topic's
 * title. Entities and language stay those of the message as written.
 */
export function followUpReading(model: Nlu, parsed: NluResult, text: string, topic: string | undefined, content: ContentBundle, options: NluParseOptions & { locale: Locale }): NluResult {
  const first = parsed.intents[0];
  // A short message that points back and got another topic without much confidence ("bis wann muss ich das
  // machen?" after the move-out read as the waste calendar): it is that topic's follow-up when the reading
  // with the topic's title names the topic itself.
  if (topic !== undefined && first && first.id !== UNKNOWN_INTENT && first.id !== topic && first.confidence < FOLLOW_UP_UNSURE && !parsed.otherLanguage && POINTS_BACK.test(text) && text.split(/\s+/).length <= FOLLOW_UP_WORDS && !closingRemark(first.id, text)) {
    const intent = content.intentsById.get(topic);
    if (!intent) return parsed;
    const withTopic = model.parse(`${text} (${intent.title[parsed.language]})`, options);
    if (withTopic.intents[0]?.id !== topic) return parsed;
    const { asked: _, ...rest } = parsed;
    return { ...rest, intents: withTopic.intents };
  }
  if (topic === undefined || parsed.intents[0]?.id !== UNKNOWN_INTENT || parsed.otherLanguage || !POINTS_BACK.test(text)) return parsed;
  // A word of its own that no city matter uses makes it a new matter, though the title would carry it:
  // "Und wie wird das Wetter?", "Was kostet eine Pizza?", "Is it sunny in Barcelona?".
  if ((model.offTopicWords?.(text) ?? 1) > 0) return parsed;
  const intent = content.intentsById.get(topic);
  if (!intent) return parsed;
  const withTopic = model.parse(`${text} (${intent.title[parsed.language]})`, options);
  const top = withTopic.intents[0];
  if (!top || !offerableTopics(content).has(top.id)) return parsed;
  const { asked: _, ...rest } = parsed;
  return { ...rest, intents: withTopic.intents };
}

/** The state after a turn: remembers a topic that was answered, forgets one after anything else. */
export function rememberTopic(state: JsonObject, answered: string | undefined, content: ContentBundle): JsonObject {
  const { [LAST_TOPIC]: _, ...rest } = state;
  return answered !== undefined && offerableTopics(content).has(answered) ? { ...rest, [LAST_TOPIC]: answered } : rest;
}
