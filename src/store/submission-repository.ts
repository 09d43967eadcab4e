/**
 * Submissions of guided applications. A submission, its reference number and its outbox row are
 * written in ONE atomic batch, so whatever the citizen is told was received is stored and queued.
 */
import type { JsonObject } from '../core/types.js';
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

/** "DN-2026-000123": six digits while they suffice, more digits after 999,999. Plain SQL, also valid on D1. */
const REFERENCE_SQL = `scope || '-' || CASE WHEN last_value < 1000000 THEN substr('00000' || last_value, -6) ELSE CAST(last_value AS TEXT) END`;

export function createSubmissionRepository(db: SqlDb): SubmissionStore {
  const byKey = async (key: string) => {
    const row = await db.first<SubmissionRow>('SELECT * FROM submissions WHERE idempotency_key = ?', [key]);
    return row ? toRecord(row) : null;
  };
  return {
    async createSubmission(s) {
      const existing = await byKey(s.idempotencyKey);
      if (existing) return { record: existing, created: false };
      const scope = `${s.referencePrefix}-${s.createdAt.slice(0, 4)}`;
      try {
        await db.batch([
          {
            sql: 'INSERT INTO submission_sequences (scope, last_value) VALUES (?, 1) ON CONFLICT (scope) DO UPDATE SET last_value = last_value + 1',
            params: [scope],
          },
          {
            sql: `INSERT INTO submissions (id, reference, type, dialog_id, idempotency_key, conversation_id, payload, summary_token_hash, created_at, retain_until)
                  SELECT ?, ${REFERENCE_SQL}, ?, ?, ?, ?, ?, ?, ?, ? FROM submission_sequences WHERE scope = ?`,
            params: [s.id, s.type, s.dialogId, s.idempotencyKey, s.conversationId, JSON.stringify(s.payload), s.summaryTokenHash, s.createdAt, s.retainUntil, scope],
          },
          {
            sql: 'INSERT INTO submission_outbox (submission_id, attempts, next_attempt_at, created_at) VALUES (?, 0, ?, ?)',
            params: [s.id, s.createdAt, s.createdAt],
          },
        ]);
      } catch (error) {
        // A concurrent confirmation of the same run won the race: its row is the answer.
        if (isUniqueViolation(error)) {
          const winner = await byKey(s.idempotencyKey);
          if (winner) return { record: winner, created: false };
        }
        throw error;
      }
      const created = await byKey(s.idempotencyKey);
      if (!created) throw new Error('submission was committed but cannot be read back');
      return { record: created, created: true };
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
