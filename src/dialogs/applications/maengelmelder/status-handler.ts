/**
 * "Was ist mit meiner Meldung DN-2026-000123?": answers the status of a submission in chat. Asked before
 * the dialog manager, but never while a dialog question is open (a reference there is an answer).
 */
import type { TurnHandler } from '../../../core/turn-handler.js';
import type { OutboxStore } from '../../../store/outbox-repository.js';
import type { SubmissionStore } from '../../../store/submission-repository.js';
import { readRun } from '../../state.js';
import { referencePrefix } from '../../submit.js';
import { formatDate } from '../../text.js';
import { findReference, submissionStatus, type CaseProgress } from './status.js';

/** The clerk's case status in the citizen's words. */
const PROGRESS_TEXT: Record<'de' | 'en' | 'plain', Record<CaseProgress, string>> = {
  de: { new: 'Bearbeitet wird er noch nicht.', in_progress: 'Er wird gerade bearbeitet.', done: 'Er ist erledigt.', rejected: 'Er wurde abgelehnt. Bei Fragen hilft die Stadt weiter.' },
  en: { new: 'Work on it has not started yet.', in_progress: 'It is being worked on.', done: 'It has been dealt with.', rejected: 'It was rejected. The city can tell you more.' },
  plain: { new: 'Die Stadt hat noch nicht angefangen.', in_progress: 'Die Stadt arbeitet daran.', done: 'Die Stadt ist fertig.', rejected: 'Die Stadt hat nein gesagt. Fragen Sie die Stadt.' },
};

export function createSubmissionStatusHandler(store: SubmissionStore & OutboxStore): TurnHandler {
  return {
    name: 'submission-status',
    async handle(ctx) {
      const reference = findReference(ctx.turn.text);
      // Only this city's references: anything else in that shape is some other number the citizen wrote.
      if (!reference?.startsWith(`${referencePrefix(ctx.content.profile)}-`)) return null;
      const run = readRun(ctx.conversation.state);
      if (run && run.phase !== 'done' && run.phase !== 'paused') return null;
      const status = await submissionStatus(store, reference);
      const en = ctx.turn.locale === 'en';
      const plain = ctx.turn.plainLanguage && !en;
      let text: string;
      if (!status) {
        text = en
          ? `I cannot find a request with the number ${reference}. Please check the number.`
          : plain
            ? `Ich finde keine Nummer ${reference}. Bitte prüfen Sie die Nummer.`
            : `Zur Nummer ${reference} finde ich keinen Vorgang. Bitte prüfen Sie die Nummer.`;
      } else {
        const day = formatDate(status.receivedOn, en ? 'en' : 'de');
        text = en
          ? `Your request ${reference} arrived on ${day}. ${status.state === 'forwarded' ? 'It has been passed on to the responsible office.' : 'It will be passed on to the responsible office.'} ${PROGRESS_TEXT.en[status.progress]}`
          : plain
            ? `Ihre Meldung ${reference} ist am ${day} angekommen. ${status.state === 'forwarded' ? 'Die Stadt hat sie bekommen.' : 'Sie geht bald an die Stadt.'} ${PROGRESS_TEXT.plain[status.progress]}`
            : `Ihr Vorgang ${reference} ist am ${day} eingegangen. ${status.state === 'forwarded' ? 'Er wurde an die zuständige Stelle weitergeleitet.' : 'Er wird an die zuständige Stelle weitergeleitet.'} ${PROGRESS_TEXT.de[status.progress]}`;
      }
      return { replies: [{ text }], intent: { id: 'maengelmelder', confidence: 1 } };
    },
  };
}
