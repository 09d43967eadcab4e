/** Answers the recognised intent from content; "unknown" and unanswerable intents get the fallback. */
import { intentReply } from './answer.js';
import type { TurnContext, TurnHandler, TurnOutcome } from './turn-handler.js';

export const UNKNOWN_INTENT = 'unknown';

export function fallbackOutcome(context: TurnContext): TurnOutcome {
  const { turn, content, nlu } = context;
  const unknown = content.intentsById.get(UNKNOWN_INTENT);
  const reply = unknown ? intentReply(unknown, turn.locale, turn.plainLanguage) : null;
  const top = nlu.intents[0];
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

export const faqHandler: TurnHandler = {
  name: 'faq',
  handle(context) {
    const top = context.nlu.intents[0];
    if (!top || top.id === UNKNOWN_INTENT) return null;
    const intent = context.content.intentsById.get(top.id);
    if (!intent) return null;
    const reply = intentReply(intent, context.turn.locale, context.turn.plainLanguage);
    if (!reply) return null;
    return { replies: [reply], intent: top };
  },
};
