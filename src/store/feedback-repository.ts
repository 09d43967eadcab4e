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
  addFeedback(feedback: FeedbackInput): Promise<void>;
  feedbackCounts(): Promise<Array<{ intent: string | null; up: number; down: number }>>;
}

export function createFeedbackRepository(db: SqlDb): FeedbackStore {
  return {
    async addFeedback(f) {
      await db.batch([
        {
          sql: 'INSERT INTO feedback (conversation_id, seq, intent, rating, comment, at) VALUES (?, ?, ?, ?, ?, ?)',
          params: [f.conversationId, f.seq, f.intent, f.rating, f.comment, f.at],
        },
      ]);
    },
    async feedbackCounts() {
      return db.all<{ intent: string | null; up: number; down: number }>(
        `SELECT intent, SUM(rating = 'up') AS up, SUM(rating = 'down') AS down FROM feedback GROUP BY intent ORDER BY intent`,
      );
    },
  };
}
