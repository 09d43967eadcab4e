/**
 * Erasure of a submission's personal data on the citizen's request (GDPR Art. 17). The row stays with
 * its reference, type, day of receipt and delivery state (not personal, and the office may need to know
 * that a reference existed); the payload, the conversation link and the summary key are dropped.
 */
import type { SqlDb, SqlStatement } from './sql-db.js';

export interface ErasedSubmission {
  reference: string;
  type: string;
  receivedOn: string;
  erasedAt: string;
}

/** The payload an erased submission keeps: a marker the outbox may still deliver so the office learns of the erasure. */
export function erasedPayload(at: string): string {
  return JSON.stringify({ erased: true, erasedAt: at });
}

/**
 * The appointment an appointment submission booked, moved or cancelled (its code is in the payload) loses
 * the name it was booked under; one still ahead is cancelled and its slot freed, since the Bürgerbüro cannot
 * serve an appointment without a name. One already past keeps its status for the day's record. Runs before
 * the payload is replaced, which removes the code.
 */
function releaseAppointment(id: string, at: string): SqlStatement {
  return {
    sql: `UPDATE appointments SET name = '', conversation_id = NULL, updated_at = ?,
            status = CASE WHEN status = 'booked' AND starts_at > ? THEN 'cancelled' ELSE status END
          WHERE code = (SELECT json_extract(payload, '$.data.code') FROM submissions WHERE id = ? AND dialog_id = 'buergerbuero_termin')`,
    params: [at, at, id],
  };
}

export interface ErasureResult {
  /** An upcoming appointment of this submission was cancelled (the citizen is told so). */
  appointmentCancelled: boolean;
}

/** Erases the personal data of submission `id` in one atomic batch; false when no such row exists. */
export async function eraseSubmissionData(db: SqlDb, id: string, at: string): Promise<ErasureResult | false> {
  const booked = await db.first<{ n: number }>(
    `SELECT COUNT(*) AS n FROM appointments WHERE status = 'booked' AND starts_at > ?
       AND code = (SELECT json_extract(payload, '$.data.code') FROM submissions WHERE id = ? AND dialog_id = 'buergerbuero_termin')`,
    [at, id],
  );
  const [released, result] = await db.batch([
    releaseAppointment(id, at),
    {
      // The idempotency key embeds the conversation id, so it is replaced by one derived from the row id.
      sql: "UPDATE submissions SET payload = ?, conversation_id = NULL, summary_token_hash = '', idempotency_key = 'erased:' || id WHERE id = ?",
      params: [erasedPayload(at), id],
    },
  ]);
  if ((result?.changes ?? 0) === 0) return false;
  return { appointmentCancelled: (booked?.n ?? 0) > 0 && (released?.changes ?? 0) > 0 };
}

/**
 * A conversation deleted by the citizen ("Meine Daten löschen") or purged: what outlives it (feedback,
 * submissions, appointments) stops pointing at it in the same batch, not at the next hourly orphan purge.
 */
export function forgetConversationStatements(conversationId: string): SqlStatement[] {
  return [
    { sql: 'UPDATE feedback SET conversation_id = NULL, seq = NULL WHERE conversation_id = ?', params: [conversationId] },
    { sql: 'UPDATE submissions SET conversation_id = NULL WHERE conversation_id = ?', params: [conversationId] },
    { sql: 'UPDATE appointments SET conversation_id = NULL WHERE conversation_id = ?', params: [conversationId] },
  ];
}
