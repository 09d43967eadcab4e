/**
 * Status of a submission by its reference ("DN-2026-000123"), for the citizen in chat and over HTTP.
 * Says only what kind of request it is, when it arrived, whether it was passed on and whether the citizen
 * erased it: never the content, because anyone who knows (or guesses) a reference may ask.
 * Also reads references as citizens write them, and tells a status question from a new request.
 */
import { officeDay } from '../../../core/office-day.js';
import { appointmentCases, appointmentCodeOf } from '../../../store/appointment-cases.js';
import type { OutboxStore } from '../../../store/outbox-repository.js';
import type { SqlDb } from '../../../store/sql-db.js';
import type { SubmissionStore } from '../../../store/submission-repository.js';
import { fold, hasPhrase } from '../../text.js';
import { writtenReference } from './spoken-reference.js';

export interface SubmissionStatus {
  reference: string;
  type: string;
  /** The dialog it came from: its title names the kind of request, its trigger is the topic in analytics. */
  dialogId: string;
  /** "YYYY-MM-DD": the day of receipt in the city (Europe/Berlin), as the summary page and staff list show it. */
  receivedOn: string;
  /** received: stored, not yet delivered to the office; forwarded: the office's system has it. */
  state: 'received' | 'forwarded';
  /** What the clerk set in the staff workspace: new, in_progress, done or rejected. */
  progress: CaseProgress;
  /** "YYYY-MM-DD" (Europe/Berlin) when the citizen erased the personal data (DELETE /api/submissions/<ref>), else null. */
  erasedOn: string | null;
  /**
   * A Bürgerbüro booking, move or cancellation: what became of the appointment (no time, no name).
   * `cancelled_by_office` when a clerk cancelled it in the day view: the citizen learns it here (tester-m B2),
   * also under the reference of a move; null for every other request.
   */
  appointment: AppointmentState | null;
}

export type AppointmentState = 'booked' | 'moved' | 'cancelled_by_citizen' | 'cancelled_by_office';

export type CaseProgress = 'new' | 'in_progress' | 'done' | 'rejected';

function toProgress(value: string | null): CaseProgress {
  return value === 'in_progress' || value === 'done' || value === 'rejected' ? value : 'new';
}

/** What the citizen wrote that looks like a reference, read against this city's prefix. */
export type ReferenceMention =
  /** This city's prefix, year and at least six digits: look it up. */
  | { kind: 'reference'; reference: string }
  /** Another prefix ("AC-2026-000001"): some other office's number. */
  | { kind: 'foreign'; written: string }
  /** Digits or the prefix missing ("DN-2026-00001", "2026-000001"); `ours` when our prefix was written. */
  | { kind: 'incomplete'; written: string; ours: boolean };

// Phones turn "-" into en or em dashes; keyboards offer minus signs and full-width hyphens.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SEP = '[\\s./-]*';
// Letters, year, number, with hyphens, slashes, spaces or nothing between ("DN 2026/000123", "DN2026000123").
// The year keeps phone numbers out ("meine Nummer ist 0176 1234567" is no reference).
const CANDIDATE = new RegExp(`(?<![\\p{L}\\d])(?:([a-z]{1,6})(${SEP}))?(20\\d{2})(?:(${SEP})(\\d+))?(?![\\p{L}\\d])`, 'giu');
const DIGITS = 6;

/** The first reference-like number of the message, also as spoken ("D N zwei null zwei sechs …"), or null. */
export function readReference(text: string, prefix: string): ReferenceMention | null {
  for (const match of writtenReference(text.replace(DASHES, '-'), prefix).matchAll(CANDIDATE)) {
    const [whole, letters = '', lettersSep = '', year = '', digitsSep = '', digits = ''] = match;
    const written = whole.trim().replace(/\s+/g, ' ');
    if (letters.toUpperCase() === prefix) {
      if (digits.length >= DIGITS) return { kind: 'reference', reference: `${prefix}-${year}-${digits}` };
      return { kind: 'incomplete', written, ours: true };
    }
    // Letters count as a prefix when written as one (capitals) or joined to the number ("ac-2026-…");
    // otherwise they are a word before it ("Stand 2026-000123").
    const isPrefix = letters !== '' && (letters === letters.toUpperCase() || !/\s/.test(lettersSep));
    if (isPrefix && digits.length >= 4) return { kind: 'foreign', written };
    // Without a prefix only "2026-000123" or "2026/000123" is a number: "2026 15 Uhr" or a date is not.
    if (!isPrefix && digits.length >= 3 && /[-/]/.test(digitsSep)) return { kind: 'incomplete', written: written.slice(written.indexOf(year)), ours: false };
  }
  return null;
}

/** True when a message is little more than the number ("Meldung AC-2026-000001"): it can mean nothing else. */
export function isMostlyNumber(text: string, prefix = ''): boolean {
  const rest = fold(writtenReference(text.replace(DASHES, '-'), prefix).replace(CANDIDATE, ' '));
  return rest === '' || rest.split(' ').length <= 3;
}

// Words that ask how far something already sent has got; whole words, after fold().
const STATUS_WORDS = [
  'stand', 'status', 'sachstand', 'bearbeitungsstand', 'zwischenstand', 'was ist mit', 'was ist aus', 'was wurde aus',
  'was passiert mit', 'was ist damit', 'geworden', 'wie weit', 'wie steht es', 'bearbeitet', 'in bearbeitung', 'angekommen', 'eingegangen',
  'erledigt', 'weitergeleitet', 'nichts gehoert', 'nichts mehr gehoert', 'keine rueckmeldung',
  'what happened to', 'what about', 'how far', 'progress', 'update on', 'processed', 'arrived', 'received', 'dealt with',
  'heard nothing', 'not heard', 'any news',
];
// "meine Meldung", "meines Wohngeldantrags", "my bulky waste request": the citizen's own request ...
const OWN_REQUEST =
  /\b(?:mein|meine|meiner|meines|meinem|meinen|unser|unsere|unserer|unseres|unserem|unseren|my|our)(?: \S+){0,2}? \S*(?:antrag|antrags|antrages|meldung|anfrage|anmeldung|vorgang|vorgangs|vorgangsnummer|termin|termins|report|request|application|submission|case|booking|appointment)\b/;
// ... or something the citizen says was sent already ("das Schlagloch, das ich gemeldet habe"). Not
// "angemeldet": a residence or a car is registered elsewhere, without a number of ours.
const SENT_WORDS = ['gemeldet', 'beantragt', 'angefragt', 'eingereicht', 'abgeschickt', 'reported', 'submitted', 'applied', 'sent'];

/**
 * A question about the state of something already sent ("Wie ist der Stand meines Antrags?", "status of my
 * report"). A status word alone is not enough ("Wie ist der Stand der Bauarbeiten?"), nor is the request
 * alone: "Meldung machen: Laterne kaputt" and "Ich möchte einen Schaden melden" start a new report.
 */
export function asksForStatus(text: string): boolean {
  if (!hasPhrase(text, STATUS_WORDS)) return false;
  return OWN_REQUEST.test(fold(text)) || hasPhrase(text, SENT_WORDS);
}

/** A reference as stored: prefix (1 to 6 capitals, see referencePrefix), year, six or more digits. */
export function isReference(value: string): boolean {
  return /^[A-Z]{1,6}-\d{4}-\d{6,12}$/.test(value);
}

function erasedOn(payload: Record<string, unknown>): string | null {
  // The marker erasedPayload() (src/store/submission-erasure.ts) leaves in place of the data.
  return payload.erased === true && typeof payload.erasedAt === 'string' ? officeDay(payload.erasedAt) : null;
}

/**
 * The state of the appointment a booking, move or cancel case concerns, read from the appointment and the
 * citizen's own cancel or move cases. After a move the citizen holds the move case's reference, so that one
 * reports an office cancellation or a later move as well (re-test 18, B2).
 */
async function appointmentState(db: SqlDb | undefined, dialogId: string, reference: string, payload: Record<string, unknown>): Promise<AppointmentState | null> {
  const code = appointmentCodeOf(dialogId, payload);
  const action = (payload.data as Record<string, unknown> | undefined)?.action;
  if (!db || !code || (action !== 'book' && action !== 'move' && action !== 'cancel')) return null;
  const found = (await appointmentCases(db, code)).get(code);
  if (!found?.appointment) return null;
  if (found.appointment.status === 'cancelled') return found.cancelledBy === 'citizen' ? 'cancelled_by_citizen' : 'cancelled_by_office';
  // The slot this case booked or moved to: still the appointment's time, or moved (again) since.
  const own = action === 'book' ? found.booking : found.changes.find((c) => c.reference === reference);
  return own?.start && own.start !== found.appointment.startsAt ? 'moved' : 'booked';
}

/** `db` (the SQL store has it) lets a Bürgerbüro booking say what became of its appointment. */
export async function submissionStatus(store: SubmissionStore & OutboxStore & { readonly db?: SqlDb }, reference: string): Promise<SubmissionStatus | null> {
  const record = await store.getSubmissionByReference(reference);
  if (!record) return null;
  const [outbox, progress, appointment] = await Promise.all([store.outboxState(record.id), store.getSubmissionProgress(record.id), appointmentState(store.db, record.dialogId, record.reference, record.payload)]);
  return {
    reference: record.reference,
    type: record.type,
    dialogId: record.dialogId,
    receivedOn: officeDay(record.createdAt),
    // A submission whose outbox row was purged after delivery has been forwarded as well.
    state: !outbox || outbox.deliveredAt ? 'forwarded' : 'received',
    progress: toProgress(progress),
    erasedOn: erasedOn(record.payload),
    appointment,
  };
}
