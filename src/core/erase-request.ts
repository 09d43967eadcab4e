/**
 * "Lösch meine Daten" in the chat, on every channel: the widget has a button for it, a messenger or a phone
 * call has only words (Art. 17 GDPR must not depend on the channel). Asked once for confirmation, then the
 * conversation, its transcript and its resume codes are deleted (the turn engine does it instead of saving);
 * a submission already sent is not: it has its own key, which the confirmation names (on the phone, where no
 * summary link was given, only the reference number).
 */
import { writtenYesNeeded } from './emoji-agreement.js';
import { fold } from './fold.js';
import type { Locale } from './types.js';
import type { TurnHandler, TurnOutcome } from './turn-handler.js';

const AWAITING = 'awaitingErase';


const ERASE =
  /^(bitte )?((loesch|loesche|loeschen|entfernen?) (sie |du )?(bitte )?(meine|alle meine|alle|unsere) (daten|angaben)( bitte| jetzt| sofort)?|(meine|alle) (daten|angaben) (bitte |jetzt |sofort )?(loeschen|entfernen)( bitte)?|(gespraech|chat|verlauf|unterhaltung) (bitte |jetzt )?loeschen|(please )?(delete|erase|remove) (all )?(my|our) (data|details|conversation|chat)( please| now)?|(delete|erase) (this|the) (conversation|chat)( please| now)?)$/;
// "ja", "ja bitte alles löschen", "yes delete everything now"; never with a "nicht"/"not" in it.
const YES = /^(ja|jawohl|jo|yes|yep|ok|okay|loeschen|delete|erase)\b(?!.*\b(nicht|not|no|nein|doch nicht)\b)/;

const TEXT = {
  confirm: {
    de: 'Soll ich dieses Gespräch mit allem, was dazu gespeichert ist, jetzt endgültig löschen? Ein schon gesendeter Antrag bleibt: Ihn löschen Sie mit dem Link zur Zusammenfassung oder bei der Stadt mit der Vorgangsnummer.',
    en: 'Shall I delete this conversation and everything stored with it for good now? An application already sent stays: you delete it with the link to its summary, or at the city with its reference number.',
    plain: 'Soll ich dieses Gespräch jetzt ganz löschen? Ein Antrag, den Sie schon geschickt haben, bleibt. Den löschen Sie über den Link oder bei der Stadt.',
  },
  // A caller never got the summary link (report j-12): only the reference number leads to the application.
  confirmVoice: {
    de: 'Soll ich dieses Gespräch mit allem, was dazu gespeichert ist, jetzt endgültig löschen? Ein schon gesendeter Antrag bleibt: Ihn löscht die Stadt, wenn Sie ihr die Vorgangsnummer nennen.',
    en: 'Shall I delete this conversation and everything stored with it for good now? An application already sent stays: the city deletes it when you give it the reference number.',
    plain: 'Soll ich dieses Gespräch jetzt ganz löschen? Ein Antrag, den Sie schon geschickt haben, bleibt. Den löscht die Stadt. Sagen Sie ihr dazu Ihre Nummer.',
  },
  erased: {
    de: 'Erledigt: Dieses Gespräch und alles, was dazu gespeichert war, ist gelöscht.',
    en: 'Done: this conversation and everything stored with it has been deleted.',
    plain: 'Fertig. Das Gespräch ist gelöscht.',
  },
  kept: { de: 'Gut, ich lösche nichts.', en: 'All right, I will not delete anything.', plain: 'Gut. Ich lösche nichts.' },
};

function say(key: keyof typeof TEXT, locale: Locale, plain: boolean): string {
  return locale === 'en' ? TEXT[key].en : plain ? TEXT[key].plain : TEXT[key].de;
}

function choices(locale: Locale): Array<{ title: string; value: string }> {
  const yes = locale === 'en' ? { title: 'Yes, delete', value: 'yes' } : { title: 'Ja, löschen', value: 'ja' };
  const no = locale === 'en' ? { title: 'No', value: 'no' } : { title: 'Nein', value: 'nein' };
  return [yes, no];
}

export function createEraseHandler(): TurnHandler {
  return {
    name: 'erase-request',
    handle(ctx): TurnOutcome | null {
      const { locale, plainLanguage, channel } = ctx.turn;
      const text = fold(ctx.turn.text);
      const intent = { id: 'datenschutz', confidence: 1 };
      if (ctx.conversation.state[AWAITING] === true) {
        // A 👍 is read as "ja" elsewhere; an erasure that cannot be undone waits for the word (retest 19 2.6).
        if (ctx.turn.byEmoji) return { replies: [{ text: `${writtenYesNeeded('erase', locale, plainLanguage)} ${say(channel === 'voice' ? 'confirmVoice' : 'confirm', locale, plainLanguage)}`, suggestions: choices(locale) }], intent, expectingInput: true };
        const { [AWAITING]: _, ...rest } = ctx.conversation.state;
        ctx.conversation.state = rest;
        if (YES.test(text)) return { replies: [{ text: say('erased', locale, plainLanguage) }], intent, erase: true };
        if (/^(nein|no|nee|lieber nicht|abbrechen|cancel)$/.test(text)) return { replies: [{ text: say('kept', locale, plainLanguage) }], intent };
        return null;
      }
      if (!ERASE.test(text)) return null;
      ctx.conversation.state = { ...ctx.conversation.state, [AWAITING]: true };
      return { replies: [{ text: say(channel === 'voice' ? 'confirmVoice' : 'confirm', locale, plainLanguage), suggestions: choices(locale) }], intent, expectingInput: true };
    },
  };
}
