/**
 * Storage limitation (GDPR Art. 5(1)(e)): conversations and their transcripts expire after a
 * configurable period without activity. Other tables register their own purge statements.
 */
import type { SqlDb, SqlStatement } from './sql-db.js';

export interface RetentionPolicy {
  /** Days after the last message before a conversation (state + transcript) is deleted. Default 30. */
  conversationDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { conversationDays: 30 };

export interface PurgeTarget {
  name: string;
  /** Statements deleting expired rows; `now` is an ISO timestamp. */
  statements(now: Date, policy: RetentionPolicy): SqlStatement[];
}

const DAY_MS = 86_400_000;

export const conversationPurge: PurgeTarget = {
  name: 'conversations',
  statements(now, policy) {
    const cutoff = new Date(now.getTime() - policy.conversationDays * DAY_MS).toISOString();
    return [
      { sql: 'DELETE FROM transcript WHERE conversation_id IN (SELECT id FROM conversations WHERE updated_at < ?)', params: [cutoff] },
      { sql: 'DELETE FROM conversations WHERE updated_at < ?', params: [cutoff] },
    ];
  },
};

export interface PurgeResult {
  [target: string]: number;
}

/** Deletes everything past its retention period; returns deleted row counts per target. */
export async function purgeExpired(db: SqlDb, now: Date, policy: RetentionPolicy = DEFAULT_RETENTION, targets: PurgeTarget[] = [conversationPurge]): Promise<PurgeResult> {
  const result: PurgeResult = {};
  for (const target of targets) {
    const runs = await db.batch(target.statements(now, policy));
    result[target.name] = runs.at(-1)?.changes ?? 0;
  }
  return result;
}
