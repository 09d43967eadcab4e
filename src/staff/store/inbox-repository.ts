/**
 * The unrecognised-questions inbox: read-only queries on the transcript and feedback (texts are redacted
 * before they are stored), plus staff decisions about a question so it leaves the inbox. A decision holds
 * only the hash of the question (src/staff/inbox.ts, decisionKey), never its text.
 */
import { redactPii } from '../../privacy/redact.js';
import type { SqlDb, SqlStatement } from '../../store/sql-db.js';
import { isDecisionKey, slicer, type InboxMessage } from '../inbox.js';

export const LOW_CONFIDENCE = 0.5;
/** How the transcript stores a pressed topic button (the action, since such a turn has no text). */
const CHOSEN_PREFIX = 'intent:';

export type InboxDecision = 'assigned' | 'ignored' | 'out_of_scope';

/** `keys` are decision keys (hashes); anything else is dropped, so no caller can store a citizen's words here. */
export function decisionStatements(keys: string[], decision: InboxDecision, intentId: string | null, at: string, by: string): SqlStatement[] {
  return keys.filter(isDecisionKey).map((key) => ({
    sql: `INSERT INTO staff_inbox_decisions (text_key, decision, intent_id, decided_at, decided_by) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (text_key) DO UPDATE SET decision = excluded.decision, intent_id = excluded.intent_id, decided_at = excluded.decided_at, decided_by = excluded.decided_by`,
    params: [key, decision, intentId, at, by],
  }));
}

export function createInboxRepository(db: SqlDb) {
  return {
    /** User messages that ended as unknown or below the confidence line, and questions whose answer got a thumbs-down. */
    async messages(since: string, limit = 5000, pause?: () => Promise<void>): Promise<InboxMessage[]> {
      // The citizen's next message, when it is a button press ("intent:meldebescheinigung"), says what an
      // unrecognised question meant: the fallback offers likely topics as buttons (src/core/did-you-mean.ts).
      const unrecognised = await db.all<{ text: string; intent: string | null; confidence: number | null; at: string; next: string | null }>(
        `SELECT t.text, t.intent, t.confidence, t.at,
           (SELECT n.text FROM transcript n WHERE n.conversation_id = t.conversation_id AND n.role = 'user' AND n.seq > t.seq ORDER BY n.seq LIMIT 1) AS next
         FROM transcript t
         WHERE t.role = 'user' AND t.at >= ? AND (t.intent = 'unknown' OR (t.confidence IS NOT NULL AND t.confidence < ?))
         ORDER BY t.at DESC LIMIT ?`,
        [since, LOW_CONFIDENCE, limit],
      );
      const disliked = await db.all<{ text: string; intent: string | null; confidence: number | null; at: string }>(
        `SELECT t.text, t.intent, t.confidence, f.at FROM feedback f
         JOIN transcript t ON t.conversation_id = f.conversation_id AND t.role = 'user'
          AND t.seq = (SELECT MAX(u.seq) FROM transcript u WHERE u.conversation_id = f.conversation_id AND u.role = 'user' AND u.seq <= COALESCE(f.seq, 1000000000))
         WHERE f.rating = 'down' AND f.at >= ? ORDER BY f.at DESC LIMIT ?`,
        [since, limit],
      );
      // Redacted again on reading: rows stored before the redaction learnt a rule (health data, titles) are
      // shown as today's rules would have stored them. Each distinct text once: the inbox repeats questions.
      // Thousands of long texts take seconds to redact, so the work comes in slices that let citizens' turns run.
      const tick = slicer(pause);
      const redacted = new Map<string, string>();
      const clean = async (text: string) => {
        let out = redacted.get(text);
        if (out === undefined) {
          out = redactPii(text).text;
          redacted.set(text, out);
          await tick();
        }
        return out;
      };
      const messages: InboxMessage[] = [];
      for (const { next, ...row } of unrecognised) {
        const reason = row.intent === 'unknown' ? ('unknown' as const) : ('low_confidence' as const);
        messages.push({ ...row, text: await clean(row.text), reason, chosen: next?.startsWith(CHOSEN_PREFIX) ? next.slice(CHOSEN_PREFIX.length) : null });
      }
      for (const row of disliked) messages.push({ ...row, text: await clean(row.text), reason: 'thumbs_down' as const, chosen: null });
      return messages;
    },
    async decidedKeys(): Promise<Set<string>> {
      const rows = await db.all<{ text_key: string }>('SELECT text_key FROM staff_inbox_decisions');
      return new Set(rows.map((row) => row.text_key));
    },
    async decisionCounts(): Promise<Record<string, number>> {
      const rows = await db.all<{ decision: string; n: number }>('SELECT decision, COUNT(*) AS n FROM staff_inbox_decisions GROUP BY decision');
      return Object.fromEntries(rows.map((row) => [row.decision, row.n]));
    },
  };
}

export type InboxRepository = ReturnType<typeof createInboxRepository>;
