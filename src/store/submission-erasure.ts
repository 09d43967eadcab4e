/**
 * Erasure of a submission's personal data on the citizen's request (GDPR Art. 17). The row stays with
 * its reference, type, day of receipt and delivery state (not personal, and the office may need to know
 * that a reference existed); the payload, the conversation link and the summary key are dropped.
 */
import type { SqlDb } from './sql-db.js';

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

/** Erases the personal data of submission `id` in one atomic batch; false when no such row exists. */
export async function eraseSubmissionData(db: SqlDb, id: string, at: string): Promise<boolean> {
  const [result] = await db.batch([
    {
      // The idempotency key embeds the conversation id, so it is replaced by one derived from the row id.
      sql: "UPDATE submissions SET payload = ?, conversation_id = NULL, summary_token_hash = '', idempotency_key = 'erased:' || id WHERE id = ?",
      params: [erasedPayload(at), id],
    },
  ]);
  return (result?.changes ?? 0) > 0;
}
