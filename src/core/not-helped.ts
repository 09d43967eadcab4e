/**
 * Right after an answer, "Ich verstehe das nicht" and "Das hilft mir nicht" are about that answer. The
 * classifier read them as a topic of their own or repeated the same answer word for word ("Das hilft mir
 * nicht" was offered Grundsicherung). Not understood: the same answer in Einfache Sprache, and whom to call.
 * No help: an apology and the way to a person.
 */
import { fold } from './fold.js';
import { answerText } from './answer.js';
import { lastTopic } from './follow-up.js';
import type { TurnHandler, TurnOutcome } from './turn-handler.js';
import type { Locale, Suggestion } from './types.js';


const NOT_UNDERSTOOD =
  /^((das |es )?(verstehe|versteh) ich (leider )?nicht|(ich )?(verstehe|versteh) (das|es|sie|die antwort) (leider )?nicht|ich (das |es )?nicht verstehen|(das ist |zu )?(zu )?kompliziert|zu schwer|bitte einfacher|(kannst du|koennen sie) (das )?(einfacher|leichter) (sagen|erklaeren)|(i )?(dont|do not|don t) understand( that| this| it)?|too complicated|(can you )?(say|explain) (it|that) (more )?simply|simpler please)$/;
const NOT_HELPED =
  /^((das |es )?hilft (mir )?(leider )?(nicht|nichts|gar nicht|ueberhaupt nicht)( weiter)?|das (bringt|nuetzt) mir nichts|(sie helfen|du hilfst) mir nicht( weiter)?|(that|this|it) (doesnt|does not|doesn t|did not|didnt|didn t) help( me)?|(you are|youre|you re) not helping|not helpful)$/;

/** The button to a person, under every reply that owns up to not having helped. */
export function personSuggestion(locale: Locale): Suggestion {
  return locale === 'en' ? { title: 'Talk to a person', value: 'intent:mensch' } : { title: 'Mit einem Menschen sprechen', value: 'intent:mensch' };
}

export function createNotHelpedHandler(): TurnHandler {
  return {
    name: 'not-helped',
    handle(ctx): TurnOutcome | null {
      const topic = lastTopic(ctx.conversation.state);
      const intent = topic ? ctx.content.intentsById.get(topic) : undefined;
      const text = fold(ctx.turn.text);
      const { locale } = ctx.turn;
      const values = ctx.content.profile.values;
      const phone = String(values.phone_central ?? '');
      const website = String(values.website ?? '');
      const person = personSuggestion(locale);
      // Without an answer before it, "Das hilft mir nicht" still wants a person (it was offered Grundsicherung).
      if (!intent?.answer) {
        if (!NOT_HELPED.test(text)) return null;
        const sorry = locale === 'en' ? `I am sorry. The city can help you in person: ${phone}, ${website}.` : `Das tut mir leid. Persönlich hilft Ihnen die Stadt: Telefon ${phone}, oder auf ${website}.`;
        return { replies: [{ text: sorry, suggestions: [person] }], intent: { id: 'mensch', confidence: 1 } };
      }
      if (NOT_UNDERSTOOD.test(text)) {
        const plain = answerText(intent, locale, true);
        const simpler = plain && !ctx.turn.plainLanguage && plain !== answerText(intent, locale, false);
        const again = simpler ? `${locale === 'en' ? 'Put more simply:' : 'Ich sage es einfacher:'}\n${plain}\n` : '';
        const call = locale === 'en' ? `Sorry. You can also ask the city in person: ${phone}, ${website}.` : `Sie können auch die Stadt fragen. Telefon: ${phone}. Oder auf ${website}.`;
        return { replies: [{ text: `${again}${call}`, suggestions: [person] }], intent: { id: topic ?? intent.id, confidence: 1 } };
      }
      if (NOT_HELPED.test(text)) {
        const sorry = locale === 'en' ? `I am sorry. The city can help you in person: ${phone}, ${website}.` : `Das tut mir leid. Persönlich hilft Ihnen die Stadt: Telefon ${phone}, oder auf ${website}.`;
        return { replies: [{ text: sorry, suggestions: [person] }], intent: { id: 'mensch', confidence: 1 } };
      }
      return null;
    },
  };
}
