/**
 * Status of a submission by its reference ("DN-2026-000123"), for the citizen in chat and over HTTP.
 * Says only what kind of request it is, when it arrived and whether it was passed on: never the content,
 * because anyone who knows (or guesses) a reference may ask.
 */
import type { OutboxStore } from '../../../store/outbox-repository.js';
import type { SubmissionStore } from '../../../store/submission-repository.js';

export interface SubmissionStatus {
  reference: string;
  type: string;
  /** "YYYY-MM-DD" (UTC day of receipt). */
  receivedOn: string;
  /** received: stored, not yet delivered to the office; forwarded: the office's system has it. */
  state: 'received' | 'forwarded';
  /** What the clerk set in the staff workspace: new, in_progress, done or rejected. */
  progress: CaseProgress;
}

export type CaseProgress = 'new' | 'in_progress' | 'done' | 'rejected';

function toProgress(value: string | null): CaseProgress {
  return value === 'in_progress' || value === 'done' || value === 'rejected' ? value : 'new';
}

/** "DN-2026-000123", case-insensitive, also with spaces instead of hyphens. */
// The year keeps phone numbers out ("meine Nummer ist 0176 1234567" is no reference "IST-0176-1234567").
const REFERENCE = /\b([a-z]{1,6})[-\s](20\d{2})[-\s](\d{6,9})\b/i;

export function findReference(text: string): string | null {
  const match = REFERENCE.exec(text);
  return match ? `${(match[1] ?? '').toUpperCase()}-${match[2] ?? ''}-${match[3] ?? ''}` : null;
}

export function isReference(value: string): boolean {
  return /^[A-Z]{1,5}-\d{4}-\d{6,9}$/.test(value);
}

export async function submissionStatus(store: SubmissionStore & OutboxStore, reference: string): Promise<SubmissionStatus | null> {
  const record = await store.getSubmissionByReference(reference);
  if (!record) return null;
  const [outbox, progress] = await Promise.all([store.outboxState(record.id), store.getSubmissionProgress(record.id)]);
  return {
    reference: record.reference,
    type: record.type,
    receivedOn: record.createdAt.slice(0, 10),
    // A submission whose outbox row was purged after delivery has been forwarded as well.
    state: !outbox || outbox.deliveredAt ? 'forwarded' : 'received',
    progress: toProgress(progress),
  };
}
