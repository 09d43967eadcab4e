/**
 * Read-only, aggregate-only queries for the analytics page: counts per topic, day, hour and dialog. No
 * message text, no conversation id and no personal data leaves these queries.
 */
import type { SqlDb } from '../../store/sql-db.js';

export interface Range {
  /** Inclusive ISO instant. */
  from: string;
  /** Exclusive ISO instant. */
  to: string;
}

export function createAnalyticsRepository(db: SqlDb) {
  return {
    async questionsByDayAndTopic(range: Range) {
      return db.all<{ day: string; intent: string | null; n: number }>(
        `SELECT substr(at, 1, 10) AS day, intent, COUNT(*) AS n FROM transcript
         WHERE role = 'user' AND at >= ? AND at < ? GROUP BY day, intent ORDER BY day, intent`,
        [range.from, range.to],
      );
    },
    /** Answers to the second of two questions in one message: the reply, not the message, carries that topic. */
    async secondTopics(range: Range) {
      return db.all<{ intent: string; n: number }>(
        `SELECT intent, COUNT(*) AS n FROM transcript
         WHERE role = 'bot' AND intent IS NOT NULL AND at >= ? AND at < ? GROUP BY intent ORDER BY intent`,
        [range.from, range.to],
      );
    },
    /** UTC hour buckets ("2026-03-02T09"); the page converts them to local hours. */
    async questionsByHour(range: Range) {
      return db.all<{ hour: string; n: number }>(
        `SELECT substr(at, 1, 13) AS hour, COUNT(*) AS n FROM transcript WHERE role = 'user' AND at >= ? AND at < ? GROUP BY hour`,
        [range.from, range.to],
      );
    },
    async feedbackByTopic(range: Range) {
      return db.all<{ intent: string | null; up: number; down: number }>(
        `SELECT intent, SUM(rating = 'up') AS up, SUM(rating = 'down') AS down FROM feedback WHERE at >= ? AND at < ? GROUP BY intent ORDER BY intent`,
        [range.from, range.to],
      );
    },
    /** Conversations that entered a dialog: a user turn the dialog manager recorded under a trigger intent. */
    async dialogStarts(range: Range, triggers: string[]) {
      if (triggers.length === 0) return [];
      return db.all<{ intent: string; n: number }>(
        `SELECT intent, COUNT(DISTINCT conversation_id) AS n FROM transcript
         WHERE role = 'user' AND at >= ? AND at < ? AND intent IN (${triggers.map(() => '?').join(',')}) GROUP BY intent`,
        [range.from, range.to, ...triggers],
      );
    },
    /** Confirmed cancellations ("abbrechen" with confidence 1 is what the dialog manager records) after a trigger turn. */
    async dialogCancels(range: Range, triggers: string[]) {
      if (triggers.length === 0) return [];
      return db.all<{ intent: string; n: number }>(
        `SELECT s.intent AS intent, COUNT(DISTINCT c.conversation_id) AS n FROM transcript c
         JOIN transcript s ON s.conversation_id = c.conversation_id AND s.role = 'user' AND s.seq < c.seq
           AND s.intent IN (${triggers.map(() => '?').join(',')})
         WHERE c.role = 'user' AND c.intent = 'abbrechen' AND c.confidence = 1 AND c.at >= ? AND c.at < ?
           AND s.seq = (SELECT MAX(p.seq) FROM transcript p WHERE p.conversation_id = c.conversation_id AND p.role = 'user' AND p.seq < c.seq AND p.intent IN (${triggers.map(() => '?').join(',')}))
         GROUP BY s.intent`,
        [...triggers, range.from, range.to, ...triggers],
      );
    },
    /** Runs still open, by dialog, phase and the step they reached (from conversation.state.dialog). */
    async openRuns(range: Range) {
      return db.all<{ dialog: string; phase: string; step: string | null; n: number }>(
        `SELECT json_extract(state, '$.dialog.id') AS dialog, json_extract(state, '$.dialog.phase') AS phase, json_extract(state, '$.dialog.step') AS step, COUNT(*) AS n
         FROM conversations WHERE json_extract(state, '$.dialog.id') IS NOT NULL AND updated_at >= ? AND updated_at < ?
         GROUP BY dialog, phase, step ORDER BY dialog, n DESC`,
        [range.from, range.to],
      );
    },
    /**
     * Unrecognised questions whose next user turn pressed a topic button ("intent:<id>": the fallback's "did you
     * mean" topics), counted by that topic.
     */
    async topicsChosenAfterUnknown(range: Range) {
      return db.all<{ intent: string; n: number }>(
        `SELECT c.intent AS intent, COUNT(*) AS n FROM transcript u
         JOIN transcript c ON c.conversation_id = u.conversation_id AND c.role = 'user'
           AND c.seq = (SELECT MIN(m.seq) FROM transcript m WHERE m.conversation_id = u.conversation_id AND m.role = 'user' AND m.seq > u.seq)
         WHERE u.role = 'user' AND u.intent = 'unknown' AND u.at >= ? AND u.at < ? AND c.text LIKE 'intent:%'
         GROUP BY c.intent`,
        [range.from, range.to],
      );
    },
    async completedSubmissions(range: Range) {
      return db.all<{ dialog: string; n: number }>(
        'SELECT dialog_id AS dialog, COUNT(*) AS n FROM submissions WHERE created_at >= ? AND created_at < ? GROUP BY dialog_id',
        [range.from, range.to],
      );
    },
    async bookedAppointments(range: Range) {
      return (await db.first<{ n: number }>('SELECT COUNT(*) AS n FROM appointments WHERE created_at >= ? AND created_at < ?', [range.from, range.to]))?.n ?? 0;
    },
  };
}

export type AnalyticsRepository = ReturnType<typeof createAnalyticsRepository>;
