/** The submission outbox: what still has to reach the city's webhook, with attempt counts and backoff. */
import type { JsonObject } from '../core/types.js';
import type { SqlDb } from './sql-db.js';

export interface OutboxItem {
  submissionId: string;
  reference: string;
  type: string;
  dialogId: string;
  idempotencyKey: string;
  payload: JsonObject;
  createdAt: string;
  attempts: number;
}

export interface OutboxState {
  attempts: number;
  nextAttemptAt: string;
  deliveredAt: string | null;
  lastError: string | null;
}

export interface OutboxStore {
  /** Undelivered items whose next attempt is due at `now`, oldest first. */
  dueOutbox(now: string, limit: number): Promise<OutboxItem[]>;
  markDelivered(submissionId: string, at: string): Promise<void>;
  markAttemptFailed(submissionId: string, nextAttemptAt: string, error: string): Promise<void>;
  outboxState(submissionId: string): Promise<OutboxState | null>;
  /**
   * After the citizen erased an application the office already received: queue it once more, so the office's
   * system gets the erasure marker too (Art. 19). False when it had not been delivered (the marker goes anyway).
   */
  requeueErasureNotice(submissionId: string, at: string): Promise<boolean>;
}

interface DueRow {
  submission_id: string;
  reference: string;
  type: string;
  dialog_id: string;
  idempotency_key: string;
  payload: string;
  created_at: string;
  attempts: number;
}

export function createOutboxRepository(db: SqlDb): OutboxStore {
  return {
    async dueOutbox(now, limit) {
      const rows = await db.all<DueRow>(
        `SELECT o.submission_id, s.reference, s.type, s.dialog_id, s.idempotency_key, s.payload, s.created_at, o.attempts
           FROM submission_outbox o JOIN submissions s ON s.id = o.submission_id
          WHERE o.delivered_at IS NULL AND o.next_attempt_at <= ?
          ORDER BY o.next_attempt_at, o.created_at LIMIT ?`,
        [now, limit],
      );
      return rows.map((r) => ({
        submissionId: r.submission_id,
        reference: r.reference,
        type: r.type,
        dialogId: r.dialog_id,
        idempotencyKey: r.idempotency_key,
        payload: JSON.parse(r.payload) as JsonObject,
        createdAt: r.created_at,
        attempts: r.attempts,
      }));
    },
    async markDelivered(submissionId, at) {
      await db.batch([{ sql: 'UPDATE submission_outbox SET delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE submission_id = ?', params: [at, submissionId] }]);
    },
    async markAttemptFailed(submissionId, nextAttemptAt, error) {
      await db.batch([
        { sql: 'UPDATE submission_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE submission_id = ?', params: [nextAttemptAt, error.slice(0, 500), submissionId] },
      ]);
    },
    async requeueErasureNotice(submissionId, at) {
      // created_at restarts too: /health measures how long this notice waits, not the application's age.
      const [result] = await db.batch([
        {
          sql: 'UPDATE submission_outbox SET delivered_at = NULL, attempts = 0, next_attempt_at = ?, created_at = ?, last_error = NULL WHERE submission_id = ? AND delivered_at IS NOT NULL',
          params: [at, at, submissionId],
        },
      ]);
      return (result?.changes ?? 0) > 0;
    },
    async outboxState(submissionId) {
      const row = await db.first<{ attempts: number; next_attempt_at: string; delivered_at: string | null; last_error: string | null }>(
        'SELECT attempts, next_attempt_at, delivered_at, last_error FROM submission_outbox WHERE submission_id = ?',
        [submissionId],
      );
      return row ? { attempts: row.attempts, nextAttemptAt: row.next_attempt_at, deliveredAt: row.delivered_at, lastError: row.last_error } : null;
    },
  };
}
