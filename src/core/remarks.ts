/**
 * Remarks that ask nothing, outside any application: anger at the assistant, and a bare "ok" or "ja" that no
 * question is waiting for. Both got "Das habe ich leider nicht verstanden, oder dafür ist die Stadt Düren nicht
 * zuständig" (or, for "blöder Bot", the privacy answer), which tells an angry citizen they said something wrong
 * and one who agreed that they were not understood. A pending question (an application's step, "Wirklich
 * löschen?") is answered before this handler runs, so its "ja" never reaches here.
 */
import { fold } from './fold.js';
import { isFrustration } from './frustration.js';
import { localizedSuggestions } from './answer.js';
import { lastTopic } from './follow-up.js';
import { personSuggestion } from './not-helped.js';
import type { TurnHandler, TurnOutcome } from './turn-handler.js';
import type { Locale, Suggestion } from './types.js';

// Not "super" (praise, which the complaint-or-praise answer takes) and not "fine" (a fine to pay).
const AGREEING =
  /^(ja|jaa|jawohl|jo|jep|joa|ja bitte|ja gerne|ja gern|gerne|gern|ok|okay|oki|okey|k|alles klar|klar|gut|ok gut|okay gut|verstanden|ok verstanden|aha|achso|ach so|passt|prima|cool|yes|yeah|yep|yes please|sure|ok sure|got it|alright|all right|great|i see|understood)$/;

export function createRemarksHandler(): TurnHandler {
  return {
    name: 'remarks',
    handle(ctx): TurnOutcome | null {
      if (ctx.turn.action?.startsWith('intent:')) return null;
      const { locale } = ctx.turn;
      const values = ctx.content.profile.values;
      const phone = String(values.phone_central ?? '');
      const website = String(values.website ?? '');
      if (isFrustration(ctx.turn.text)) {
        const contact = contactLine(locale, phone, website);
        const text =
          locale === 'en'
            ? `I am sorry that this did not work. I am a program and do not understand everything. Please tell me in a few words what you need, for example "bulky waste". ${contact}`
            : `Entschuldigung, das ist ärgerlich. Ich bin ein Programm und verstehe nicht alles. Schreiben Sie bitte in wenigen Worten, worum es geht, zum Beispiel „Sperrmüll anmelden“. ${contact}`;
        const suggestions: Suggestion[] =
          locale === 'en'
            ? [personSuggestion(locale), { title: 'What can you do?', value: 'intent:hilfe' }, { title: 'Complaint or praise', value: 'intent:beschwerde' }]
            : [personSuggestion(locale), { title: 'Was kannst du?', value: 'intent:hilfe' }, { title: 'Beschwerde oder Lob', value: 'intent:beschwerde' }];
        // Criticism of a city service, which the assistant is: the complaint intent, answered with an apology.
        return { replies: [{ text, suggestions }], intent: { id: 'beschwerde', confidence: 1 } };
      }
      if (!AGREEING.test(fold(ctx.turn.text))) return null;
      // After an answer, its buttons are what the "ja" most likely meant ("Termin buchen" under the ID card).
      const topic = lastTopic(ctx.conversation.state);
      const answered = topic ? ctx.content.intentsById.get(topic) : undefined;
      const start = ctx.content.intentsById.get('begruessung');
      const suggestions = answered?.suggestions.length ? localizedSuggestions(answered, locale) : start ? localizedSuggestions(start, locale) : [];
      const text = answered
        ? locale === 'en'
          ? 'Gladly. What would you like next? Tap a button or ask your next question.'
          : 'Gern. Was möchten Sie als Nächstes? Tippen Sie auf einen Knopf oder stellen Sie Ihre nächste Frage.'
        : locale === 'en'
          ? 'Gladly. What can I help you with? Tell me in a few words, for example "apply for an ID card".'
          : 'Gern. Wobei kann ich helfen? Schreiben Sie es in wenigen Worten, zum Beispiel „Personalausweis beantragen“.';
      return { replies: [{ text, ...(suggestions.length > 0 ? { suggestions } : {}) }], intent: { id: 'hilfe', confidence: 1 }, keepsTopic: true };
    },
  };
}

function contactLine(locale: Locale, phone: string, website: string): string {
  if (locale === 'en') return phone ? `Or talk to a person at the city: phone ${phone}.` : website ? `Or contact the city: ${website}.` : '';
  return phone ? `Oder sprechen Sie mit einem Menschen bei der Stadt: Telefon ${phone}.` : website ? `Oder wenden Sie sich an die Stadt: ${website}.` : '';
}
