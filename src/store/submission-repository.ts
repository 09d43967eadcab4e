/**
 * Submissions of guided applications. A submission, its reference number, its outbox row and an appointment
 * it books are written in ONE atomic batch, so whatever the citizen is told was received is stored and queued.
 */
import { officeYear } from '../core/office-day.js';
import type { JsonObject } from '../core/types.js';
import { AppointmentSlotTaken, appointmentViolation, appointmentWriteStatement, type AppointmentWrite } from './appointment-repository.js';
import type { PurgeTarget } from './retention.js';
import { isUniqueViolation, type SqlDb } from './sql-db.js';

export interface NewSubmission {
  id: string;
  type: string;
  dialogId: string;
  /** Conversation id + dialog run id: a repeated confirmation returns the first row. */
  idempotencyKey: string;
  conversationId: string | null;
  payload: JsonObject;
  summaryTokenHash: string;
  /** Reference prefix from the city profile ("DN"); the year comes from createdAt. */
  referencePrefix: string;
  createdAt: string;
  retainUntil: string;
  /** An appointment booked or cancelled in the same batch; a taken slot throws AppointmentSlotTaken and stores nothing. */
  appointment?: AppointmentWrite;
}

export interface SubmissionRecord {
  id: string;
  reference: string;
  type: string;
  dialogId: string;
  idempotencyKey: string;
  conversationId: string | null;
  payload: JsonObject;
  summaryTokenHash: string;
  createdAt: string;
  retainUntil: string;
}

export interface SubmissionStore {
  /** Stores the submission with the next reference of its prefix and year and queues it for delivery. */
  createSubmission(submission: NewSubmission): Promise<{ record: SubmissionRecord; created: boolean }>;
  getSubmissionByReference(reference: string): Promise<SubmissionRecord | null>;
  getSubmissionByIdempotencyKey(key: string): Promise<SubmissionRecord | null>;
  /** A repeated confirmation after a crash gets a fresh summary link: the first token was never shown. */
  replaceSummaryToken(id: string, summaryTokenHash: string): Promise<void>;
  /** The case status a clerk set in the staff workspace (new, in_progress, done, rejected), if any. */
  getSubmissionProgress(id: string): Promise<string | null>;
}

interface SubmissionRow {
  id: string;
  reference: string;
  type: string;
  dialog_id: string;
  idempotency_key: string;
  conversation_id: string | null;
  payload: string;
  summary_token_hash: string;
  created_at: string;
  retain_until: string;
}

function toRecord(row: SubmissionRow): SubmissionRecord {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    dialogId: row.dialog_id,
    idempotencyKey: row.idempotency_key,
    conversationId: row.conversation_id,
    payload: JSON.parse(row.payload) as JsonObject,
    summaryTokenHash: row.summary_token_hash,
    createdAt: row.created_at,
    retainUntil: row.retain_until,
  };
}

/**
 * "DN-2026-048213": six random digits, unique per prefix and year. Counted up, the numbers told anyone how
 * many applications of each kind the city received and let them look up every one's status in turn; at random,
 * a guess finds one with the chance (submissions this year) / 999,999.
 */
export function randomReferenceNumber(random: () => number = () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0): string {
  return String(1 + (random() % 999_999)).padStart(6, '0');
}

/** Attempts at a free number before giving up: with a million numbers, a second one is already rare. */
const REFERENCE_TRIES = 12;

export function createSubmissionRepository(db: SqlDb, random?: () => number): SubmissionStore {
  const byKey = async (key: string) => {
    const row = await db.first<SubmissionRow>('SELECT * FROM submissions WHERE idempotency_key = ?', [key]);
    return row ? toRecord(row) : null;
  };
  return {
    async createSubmission(s) {
      const existing = await byKey(s.idempotencyKey);
      if (existing) return { record: existing, created: false };
      // The year of receipt in the city: a request sent at 00:30 on 1 January is DN-2027-…, not DN-2026-… (tester-o A3).
      const scope = `${s.referencePrefix}-${officeYear(s.createdAt)}`;
      for (let attempt = 0; attempt < REFERENCE_TRIES; attempt++) {
        try {
          await db.batch([
            {
              sql: `INSERT INTO submissions (id, reference, type, dialog_id, idempotency_key, conversation_id, payload, summary_token_hash, created_at, retain_until)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
              params: [s.id, `${scope}-${randomReferenceNumber(random)}`, s.type, s.dialogId, s.idempotencyKey, s.conversationId, JSON.stringify(s.payload), s.summaryTokenHash, s.createdAt, s.retainUntil],
            },
            {
              sql: 'INSERT INTO submission_outbox (submission_id, attempts, next_attempt_at, created_at) VALUES (?, 0, ?, ?)',
              params: [s.id, s.createdAt, s.createdAt],
            },
            ...(s.appointment ? [appointmentWriteStatement(s.appointment)] : []),
          ]);
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          // A concurrent confirmation of the same run won the race: its row is the answer. Otherwise the
          // slot went to someone else (nothing stored), or the number was taken: draw another.
          const winner = await byKey(s.idempotencyKey);
          if (winner) return { record: winner, created: false };
          const appointment = appointmentViolation(error);
          if (appointment === 'slot') throw new AppointmentSlotTaken();
          // The caller checked the code was unused just before; a collision in between is not worth a retry loop.
          if (appointment === 'code') throw new Error('appointment code was taken meanwhile');
          continue;
        }
        const created = await byKey(s.idempotencyKey);
        if (!created) throw new Error('submission was committed but cannot be read back');
        return { record: created, created: true };
      }
      throw new Error(`no free reference number for ${scope} after ${REFERENCE_TRIES} attempts`);
    },
    async getSubmissionByReference(reference) {
      const row = await db.first<SubmissionRow>('SELECT * FROM submissions WHERE reference = ?', [reference]);
      return row ? toRecord(row) : null;
    },
    getSubmissionByIdempotencyKey: byKey,
    async replaceSummaryToken(id, summaryTokenHash) {
      await db.batch([{ sql: 'UPDATE submissions SET summary_token_hash = ? WHERE id = ?', params: [summaryTokenHash, id] }]);
    },
    async getSubmissionProgress(id) {
      const row = await db.first<{ status: string }>('SELECT status FROM submission_progress WHERE submission_id = ?', [id]);
      return row?.status ?? null;
    },
  };
}

/** Deletes submissions (and their outbox rows) whose retention date has passed. */
export const submissionPurge: PurgeTarget = {
  name: 'submissions',
  statements(now) {
    const at = now.toISOString();
    return [
      { sql: 'DELETE FROM submission_outbox WHERE submission_id IN (SELECT id FROM submissions WHERE retain_until < ?)', params: [at] },
      { sql: 'DELETE FROM submissions WHERE retain_until < ?', params: [at] },
    ];
  },
};
