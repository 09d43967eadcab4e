/**
 * "Was ist mit meiner Meldung DN-2026-000123?": answers the status of a submission in chat. A number of
 * another office, a number with digits missing, or a status question without a number gets what this
 * city's numbers look like, instead of the start of a new application. Asked before the dialog manager,
 * but never while a dialog question is open (a reference there is an answer).
 */
import type { IntentScore } from '../../../core/types.js';
import type { TurnContext, TurnHandler } from '../../../core/turn-handler.js';
import type { OutboxStore } from '../../../store/outbox-repository.js';
import type { SqlDb } from '../../../store/sql-db.js';
import type { SubmissionStore } from '../../../store/submission-repository.js';
import { createChatLookupGuard, lookupLimitedText, type ChatLookupGuard } from '../../chat-lookup-limits.js';
import { readRun } from '../../state.js';
import { referencePrefix } from '../../submit.js';
import { formatDate } from '../../text.js';
import { dialogsOf } from '../../turn.js';
import { asksForStatus, isMostlyNumber, readReference, submissionStatus, type AppointmentState, type SubmissionStatus } from './status.js';

type Variant = 'de' | 'en' | 'plain';

/** The clerk's case status in the citizen's words, for requests the office simply deals with (a report, a pickup). */
const PROGRESS_TEXT: Record<Variant, Record<'new' | 'in_progress' | 'done', string>> = {
  de: { new: 'Bearbeitet wird er noch nicht.', in_progress: 'Er wird gerade bearbeitet.', done: 'Er ist erledigt.' },
  en: { new: 'Work on it has not started yet.', in_progress: 'It is being worked on.', done: 'It has been dealt with.' },
  plain: { new: 'Die Stadt hat noch nicht angefangen.', in_progress: 'Die Stadt arbeitet daran.', done: 'Die Stadt ist fertig.' },
};

/**
 * Requests that end in an administrative act (Verwaltungsakt): the office decides by a written notice with its
 * reasons and the legal remedy, and only that notice counts. So the chat says that work is finished and the notice
 * comes by post, the same for "erledigt" and "abgelehnt": a chat line "abgelehnt" read like the decision itself,
 * and anyone who knows a reference may ask (docs/STAFF-GUIDE.md, docs/PRIVACY.md § 4).
 */
export const DECIDED_BY_NOTICE: Record<string, { de: string; en: string }> = {
  wohngeld: { de: 'die Wohngeldstelle', en: 'the Wohngeld office' },
  hundesteuer: { de: 'das Steueramt', en: 'the tax office' },
};

/** The responsible office's phone (`<type>_phone` in the profile, e.g. wohngeld_phone), the central number otherwise. */
function contactOf(ctx: TurnContext, type: string, variant: Variant): string {
  const values = ctx.content.profile.values;
  const central = String(values.phone_central ?? values.federal_service_number ?? '');
  const own = values[`${type}_phone`];
  if (own === undefined || String(own) === central) return central;
  const hours = values[`${type}_phone_hours_${variant === 'en' ? 'en' : 'de'}`];
  const direct = `${String(own)}${hours !== undefined && variant !== 'plain' ? ` (${String(hours)})` : ''}`;
  // A number the city has not confirmed yet (profile `confirm`) comes with the switchboard, which always answers.
  if (!ctx.content.profile.confirm.includes(`${type}_phone`) || !central) return direct;
  return variant === 'en' ? `${direct} or the city's switchboard ${central}` : `${direct} oder die Zentrale ${central}`;
}

function progressText(ctx: TurnContext, status: SubmissionStatus, variant: Variant): string {
  const { progress, type } = status;
  const office = DECIDED_BY_NOTICE[type];
  if (progress === 'new' || progress === 'in_progress' || (progress === 'done' && !office)) return PROGRESS_TEXT[variant][progress];
  const phone = contactOf(ctx, type, variant);
  if (office) {
    if (variant === 'en') return `Work on it is finished. ${cap(office.en)} sends you the decision in writing, as a notice (Bescheid) by post, if you do not have it already. Only that notice counts; it also says what you can do if you disagree. For questions: phone ${phone}.`;
    if (variant === 'plain') return `Die Stadt ist fertig. Sie bekommen einen Brief mit der Entscheidung. Der Brief heißt Bescheid. Vielleicht haben Sie ihn schon. Im Brief steht, was Sie tun können. Fragen? Rufen Sie an: ${phone}.`;
    return `Die Bearbeitung ist abgeschlossen. Die Entscheidung schickt Ihnen ${office.de} schriftlich mit einem Bescheid per Post, falls Sie ihn nicht schon haben. Nur der Bescheid ist verbindlich; darin steht auch, was Sie tun können, wenn Sie nicht einverstanden sind. Fragen dazu: Telefon ${phone}.`;
  }
  if (variant === 'en') return `The responsible office cannot take it further as it is. To find out why, call ${phone}.`;
  if (variant === 'plain') return `Die Stadt kann das so nicht machen. Fragen Sie die Stadt: Telefon ${phone}.`;
  return `Die zuständige Stelle kann ihn so nicht weiterbearbeiten. Warum, erfahren Sie unter Telefon ${phone}.`;
}

/**
 * A Bürgerbüro booking (or the move or cancellation of one) once its appointment was cancelled or moved: that,
 * not "Bearbeitet wird er noch nicht", is its state. A clerk's cancellation reaches the citizen only here, since
 * a booking keeps no contact details (tester-m B2, docs/STAFF-GUIDE.md).
 */
function appointmentText(ctx: TurnContext, state: AppointmentState, variant: Variant): string | null {
  const values = ctx.content.profile.values;
  const phone = String(values.buergerbuero_phone ?? values.phone_central ?? '');
  const texts: Record<Exclude<AppointmentState, 'booked'>, Record<Variant, string>> = {
    cancelled_by_office: {
      de: `Der Termin wurde vom Bürgerbüro abgesagt. Einen neuen Termin buchen Sie hier im Chat mit „Termin buchen“; Fragen beantwortet das Bürgerbüro unter Telefon ${phone}.`,
      en: `The appointment was cancelled by the citizens' office. You can book a new one here in the chat ("book an appointment"); for questions, call the citizens' office: ${phone}.`,
      plain: `Das Bürgerbüro hat den Termin abgesagt. Sie können hier einen neuen Termin machen. Fragen? Rufen Sie an: ${phone}.`,
    },
    cancelled_by_citizen: { de: 'Der Termin ist abgesagt: Sie haben ihn selbst abgesagt.', en: 'The appointment is cancelled: you cancelled it yourself.', plain: 'Sie haben den Termin abgesagt.' },
    moved: {
      de: 'Der Termin wurde auf Ihren Wunsch verschoben. Die neue Zeit steht in der Bestätigung der letzten Verschiebung.',
      en: 'The appointment was moved at your request. The new time is in the confirmation of the latest move.',
      plain: 'Sie haben den Termin verschoben. Die neue Zeit steht in der letzten Bestätigung.',
    },
  };
  return state === 'booked' ? null : texts[state][variant];
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What to answer when there is no number to look up; `example` is this city's format ("DN-2026-000123"). */
const FORMAT_TEXT = {
  ask: {
    de: (example: string) => `Dafür brauche ich Ihre Vorgangsnummer. Sie steht in der Bestätigung hier im Chat und sieht so aus: ${example}. Schreiben Sie zum Beispiel: „Stand ${example}“.`,
    en: (example: string) => `For that I need your reference number. It is in the confirmation you got here in the chat and looks like this: ${example}. Write for example: "Status ${example}".`,
    plain: (example: string) => `Dafür brauche ich Ihre Nummer. Die Nummer steht in der Bestätigung hier im Chat. Sie sieht so aus: ${example}. Bitte schreiben Sie mir die Nummer.`,
  },
  foreign: {
    de: (example: string, written: string, city: string) => `${written} ist keine Vorgangsnummer der ${city}. Unsere Nummern sehen so aus: ${example}.`,
    en: (example: string, written: string, city: string) => `${written} is not a reference number of ${city}. Our numbers look like this: ${example}.`,
    plain: (example: string, written: string, city: string) => `${written} ist keine Nummer von der ${city}. Unsere Nummern sehen so aus: ${example}.`,
  },
  incomplete: {
    de: (example: string, written: string) => `Die Nummer ${written} ist unvollständig. Unsere Nummern sehen so aus: ${example}: Kürzel, Jahr und sechs Ziffern. Bitte schreiben Sie die ganze Nummer.`,
    en: (example: string, written: string) => `The number ${written} is incomplete. Our numbers look like this: ${example}: letters, year and six digits. Please write the whole number.`,
    plain: (example: string, written: string) => `Die Nummer ${written} ist nicht ganz. Unsere Nummern sehen so aus: ${example}. Erst die Buchstaben, dann das Jahr, dann 6 Ziffern. Bitte schreiben Sie die ganze Nummer.`,
  },
} satisfies Record<string, Record<Variant, (example: string, written: string, city: string) => string>>;

function variantOf(ctx: TurnContext): Variant {
  if (ctx.turn.locale === 'en') return 'en';
  return ctx.turn.plainLanguage ? 'plain' : 'de';
}

/** The submission's dialog: its title names the kind of request, its trigger intent is the topic for analytics. */
function dialogOf(ctx: TurnContext, dialogId: string) {
  return dialogsOf(ctx).find((d) => d.id === dialogId);
}

function statusText(ctx: TurnContext, status: SubmissionStatus, variant: Variant): string {
  const { reference } = status;
  const locale = variant === 'en' ? 'en' : 'de';
  const title = dialogOf(ctx, status.dialogId)?.title[locale];
  const day = formatDate(status.receivedOn, locale);
  const forwarded = status.state === 'forwarded';
  // Once the office works on it (in the workspace, without a webhook), whether it was passed on no longer
  // matters: "Er wird … weitergeleitet. Er ist erledigt." contradicted itself.
  const pass = (sent: string, coming: string) => (status.progress === 'new' ? `${forwarded ? sent : coming} ` : '');
  // Once erased, the data is gone: whether it is passed on or worked on no longer concerns the citizen.
  const erased = status.erasedOn ? formatDate(status.erasedOn, locale) : null;
  const appointment = !erased && status.appointment ? appointmentText(ctx, status.appointment, variant) : null;
  if (appointment) {
    if (variant === 'en') return `Your request ${title ? `"${title}" with the number ` : ''}${reference} arrived on ${day}. ${appointment}`;
    if (variant === 'plain') return `${title ? `Ihre Nummer ${reference} gehört zu: ${title}. Das` : `Ihre Nummer ${reference}`} ist am ${day} bei uns angekommen. ${appointment}`;
    return `Ihr Vorgang ${title ? `„${title}“ mit der Nummer ` : ''}${reference} ist am ${day} eingegangen. ${appointment}`;
  }
  if (variant === 'en') {
    const head = `Your request ${title ? `"${title}" with the number ` : ''}${reference} arrived on ${day}.`;
    if (erased) return `${head} Your details for it were deleted by you on ${erased}.`;
    return `${head} ${pass('It has been passed on to the responsible office.', 'It will be passed on to the responsible office.')}${progressText(ctx, status, variant)}`;
  }
  if (variant === 'plain') {
    const head = `${title ? `Ihre Nummer ${reference} gehört zu: ${title}. Das` : `Ihre Nummer ${reference}`} ist am ${day} bei uns angekommen.`;
    if (erased) return `${head} Sie haben Ihre Angaben am ${erased} gelöscht.`;
    return `${head} ${pass('Die Stadt hat es bekommen.', 'Es geht bald an die Stadt.')}${progressText(ctx, status, variant)}`;
  }
  const head = `Ihr Vorgang ${title ? `„${title}“ mit der Nummer ` : ''}${reference} ist am ${day} eingegangen.`;
  if (erased) return `${head} Die Angaben dazu wurden am ${erased} von Ihnen gelöscht.`;
  return `${head} ${pass('Er wurde an die zuständige Stelle weitergeleitet.', 'Er wird an die zuständige Stelle weitergeleitet.')}${progressText(ctx, status, variant)}`;
}

function notFoundText(reference: string, variant: Variant): string {
  if (variant === 'en') return `I cannot find a request with the number ${reference}. Please check the number.`;
  if (variant === 'plain') return `Ich finde keine Nummer ${reference}. Bitte prüfen Sie die Nummer.`;
  return `Zur Nummer ${reference} finde ich keinen Vorgang. Bitte prüfen Sie die Nummer.`;
}

/** A topic the city answers elsewhere ("Stand meines Antrags auf Einbürgerung"): its answer helps more than our numbers. */
function otherTopic(ctx: TurnContext): boolean {
  const top = ctx.nlu.intents[0];
  return !!top && top.confidence >= 0.5 && ctx.content.intentsById.get(top.id)?.kind === 'faq';
}

/** The application the citizen asks about, when the NLU names one; else none (not "unknown": it was answered). */
function askedTopic(ctx: TurnContext): IntentScore | null {
  const top = ctx.nlu.intents[0];
  return top && ctx.content.intentsById.get(top.id)?.kind === 'dialog' ? top : null;
}

type Store = SubmissionStore & OutboxStore & { readonly db?: SqlDb };

/**
 * The answer to a number of ours, logged under the submission's own topic (a bulky-waste lookup counts as bulky
 * waste). Unknown numbers count against `guard` (retest18b M2); once it refuses, known ones are refused too.
 */
async function lookup(ctx: TurnContext, store: Store, guard: ChatLookupGuard, reference: string, variant: Variant): Promise<{ text: string; intent: IntentScore | null }> {
  const at = ctx.now.getTime();
  if (!guard.allowed(ctx.conversation.id, at)) {
    const values = ctx.content.profile.values;
    return { text: lookupLimitedText('reference', String(values.phone_central ?? values.federal_service_number ?? ''))[variant], intent: askedTopic(ctx) };
  }
  const status = await submissionStatus(store, reference);
  if (!status) {
    guard.unknown(ctx.conversation.id, reference, at);
    return { text: notFoundText(reference, variant), intent: askedTopic(ctx) };
  }
  const topic = dialogOf(ctx, status.dialogId)?.trigger[0] ?? status.dialogId;
  return { text: statusText(ctx, status, variant), intent: { id: topic, confidence: 1 } };
}

/** `guard` limits unknown references per conversation and overall (CHAT_LOOKUP_LIMITS by default). */
export function createSubmissionStatusHandler(store: Store, options: { guard?: ChatLookupGuard } = {}): TurnHandler {
  const guard = options.guard ?? createChatLookupGuard();
  return {
    name: 'submission-status',
    async handle(ctx) {
      const run = readRun(ctx.conversation.state);
      const text = ctx.turn.text;
      const prefix = referencePrefix(ctx.content.profile);
      const mention = readReference(text, prefix);
      const variant = variantOf(ctx);
      if (run && run.phase !== 'done' && run.phase !== 'paused') {
        // In the middle of an application only a complete number of ours asked about is a status question (no
        // step takes one); the application waits at its question (it used to answer with the topic's text).
        if (mention?.kind !== 'reference' || !(asksForStatus(text) || isMostlyNumber(text, prefix))) return null;
        const found = await lookup(ctx, store, guard, mention.reference, variant);
        const title = dialogOf(ctx, run.id)?.title;
        const after = title ? ` ${variant === 'en' ? `Then we go on with "${title.en}", at the last question.` : `Danach machen wir mit „${title.de}“ weiter, bei der letzten Frage.`}` : '';
        return { replies: [{ text: `${found.text}${after}` }], intent: found.intent, expectingInput: true };
      }
      if (mention?.kind === 'reference') {
        const found = await lookup(ctx, store, guard, mention.reference, variant);
        return { replies: [{ text: found.text }], intent: found.intent };
      }
      const example = `${prefix}-${ctx.now.getUTCFullYear()}-000123`;
      const city = String(ctx.content.profile.values.city_name_long ?? ctx.content.profile.name);
      // Our prefix ("DN-2026-00001") is a reference whatever the words around it; another number only in a
      // status question, or alone: "Mein Aktenzeichen beim Jobcenter ist JC-2026-123456, …" is not ours to judge.
      const aboutNumber = mention && ((mention.kind === 'incomplete' && mention.ours) || ((asksForStatus(text) || isMostlyNumber(text, prefix)) && !otherTopic(ctx)));
      if (mention && aboutNumber) {
        return { replies: [{ text: FORMAT_TEXT[mention.kind][variant](example, mention.written, city) }], intent: askedTopic(ctx) };
      }
      if (!mention && asksForStatus(text) && !otherTopic(ctx)) {
        return { replies: [{ text: FORMAT_TEXT.ask[variant](example) }], intent: askedTopic(ctx) };
      }
      return null;
    },
  };
}
