/** Thumbs up/down on answers: what staff later see per topic. No personal data is stored. */
import type { SqlDb } from './sql-db.js';

export interface FeedbackInput {
  conversationId: string | null;
  seq: number | null;
  intent: string | null;
  rating: 'up' | 'down';
  comment: string | null;
  at: string;
}

export interface FeedbackStore {
  /**
   * Stores a rating; a second rating of the same answer (conversation and seq) replaces the first, so a double
   * click counts once. One batch: the check and the insert cannot interleave with another request's.
   */
  addFeedback(feedback: FeedbackInput): Promise<'stored' | 'updated'>;
  feedbackCounts(): Promise<Array<{ intent: string | null; up: number; down: number }>>;
}

export function createFeedbackRepository(db: SqlDb): FeedbackStore {
  return {
    async addFeedback(f) {
      const existing = f.conversationId !== null && f.seq !== null ? await db.first<{ id: number }>('SELECT id FROM feedback WHERE conversation_id = ? AND seq = ?', [f.conversationId, f.seq]) : null;
      await db.batch([
        { sql: 'UPDATE feedback SET rating = ?, at = ? WHERE conversation_id = ? AND seq = ?', params: [f.rating, f.at, f.conversationId, f.seq] },
        {
          sql: 'INSERT INTO feedback (conversation_id, seq, intent, rating, comment, at) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM feedback WHERE conversation_id = ? AND seq = ?)',
          params: [f.conversationId, f.seq, f.intent, f.rating, f.comment, f.at, f.conversationId, f.seq],
        },
      ]);
      return existing ? 'updated' : 'stored';
    },
    async feedbackCounts() {
      return db.all<{ intent: string | null; up: number; down: number }>(
        `SELECT intent, SUM(rating = 'up') AS up, SUM(rating = 'down') AS down FROM feedback GROUP BY intent ORDER BY intent`,
      );
    },
  };
}
