/**
 * A question about an application's topic that asks for information, not for the application: "Wie hoch
 * ist die Hundesteuer?", "Was ist Wohngeld?", "Wann kommt der Sperrmüll?". Starting the form would leave the
 * question unanswered ("Wie heißt die Halterin des Hundes?"), so the topic's answer comes first, with a
 * button that starts the application. A request ("Ich möchte …", "Kann ich …") or a question about doing it
 * ("Wie melde ich meinen Hund an?", "Wo beantrage ich Wohngeld?") starts the application as before.
 *
 * "Brauche ich einen Termin?" right after another topic's answer is about that topic's office: answered
 * from that topic, with the booking button only where that office is the Bürgerbüro.
 */
import { intentReply } from '../core/answer.js';
import { lastTopic } from '../core/follow-up.js';
import type { TurnContext, TurnOutcome } from '../core/turn-handler.js';
import type { Suggestion } from '../core/types.js';
import { looksLikeQuestion, looksLikeRequest } from './commands.js';
import type { DialogDefinition } from './schema.js';
import { fold, hasPhrase } from './text.js';

// Verbs of doing the thing the application does: such a question is a request in question form.
const DOING =
  /(?<![a-z])(beantrag|antrag stellen|anmeld|melde|meld ich|abmeld|buch|vereinbar|bestell|absag|verschieb|einreich|ausfuell|berechn|ausrechn|rechne|mach|ummeld|apply|register|book|report|order|cancel|reschedule|calculate|make)/;
const GENERIC_APPOINTMENT = /(?<![a-z])(termin|appointment)/;
const OWN_OFFICE = /(?<![a-z])(buergerbuero|buergeramt|buergerservice|citizens office|citizens' office)/;

// Asking about the topic with the question after it or in passing: "hundesteuer wie viel", "Wohngeld was ist
// das", "Wohngeld einfach erklärt", "Kann ich die Hundesteuer leichter bezahlen?" started the form (smoke19 B5).
const ASKS_ANYWHERE =
  /(?<![a-z])(wie ?viel|wie hoch|was kostet|was ist das|was ist|was bedeutet|was heisst|erklaert|erklaeren|erklaerung|(?:leichter|einfacher|bequemer|anders) (?:be)?zahl[a-z]*|how much|what is|explained|explain)(?![a-z])/;

/** True for a question that asks about the topic rather than for the application. */
export function asksForInformation(text: string): boolean {
  const folded = fold(text);
  if (DOING.test(folded)) return false;
  return (looksLikeQuestion(text) && !looksLikeRequest(text)) || ASKS_ANYWHERE.test(folded);
}

function startButton(dialog: DialogDefinition, intentId: string, locale: 'de' | 'en'): Suggestion {
  return { title: (dialog.start ?? dialog.title)[locale], value: `intent:${intentId}` };
}

/**
 * The answer to an information question about `dialog`'s topic `intentId`, or null when the message is
 * not one (the application starts).
 */
export function answerInsteadOfStart(ctx: TurnContext, dialog: DialogDefinition, intentId: string, unsure = false): TurnOutcome | null {
  const text = ctx.turn.text;
  // The question and request words are German and English; a message in another language that names the
  // topic ("… записаться на Termin im Bürgerbüro?") most likely wants the service. An unsure reading
  // ("Kann ich die Stadthalle mieten?" as Wohngeld, 0.51) gets the answer and the start button, never the form.
  if (!unsure && (ctx.nlu.otherLanguage || !(asksForInformation(text) || hasPhrase(text, dialog.answer_instead, true)))) return null;
  const { locale, plainLanguage } = ctx.turn;
  const folded = fold(text);
  const previous = lastTopic(ctx.conversation.state);
  const previousIntent = previous && previous !== intentId ? ctx.content.intentsById.get(previous) : undefined;
  const aboutPrevious = previousIntent && GENERIC_APPOINTMENT.test(folded) && !OWN_OFFICE.test(folded) && folded.split(/\s+/).length <= 8;
  const topic = aboutPrevious ? previousIntent : ctx.content.intentsById.get(intentId);
  const reply = topic ? intentReply(topic, locale, plainLanguage) : null;
  if (!topic || !reply) return null;
  const bookable = !aboutPrevious || /Bürgerbüro/.test(topic.office ?? '');
  const own = reply.suggestions ?? [];
  const start = bookable ? [startButton(dialog, intentId, locale)].filter((b) => !own.some((s) => s.value === b.value)) : [];
  const suggestions = [...start, ...own].slice(0, 4);
  const top = ctx.nlu.intents[0];
  return {
    replies: [{ ...reply, ...(suggestions.length > 0 ? { suggestions } : {}) }],
    intent: aboutPrevious ? { id: topic.id, confidence: top?.confidence ?? 1 } : { id: intentId, confidence: top?.confidence ?? 1 },
  };
}
