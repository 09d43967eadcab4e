/**
 * Anonymous survey answers and their aggregation for the staff workspace. Nothing here can be linked to a
 * conversation or a person: random ids, the day only, free text redacted by the caller.
 */
import type { PurgeTarget } from './retention.js';
import type { SqlDb, SqlStatement } from './sql-db.js';
import { officeDay } from '../core/office-day.js';

/** Free-text comments may hold what a citizen volunteers (an illness, a name redaction missed); the counts stay. */
export const SURVEY_COMMENT_DAYS = 90;

/** Clears comments older than SURVEY_COMMENT_DAYS (report j-5); the multiple-choice answers are anonymous and stay. */
export function surveyCommentPurge(days = SURVEY_COMMENT_DAYS): PurgeTarget {
  return {
    name: 'survey_comments',
    statements(now) {
      const cutoff = officeDay(new Date(now.getTime() - days * 86_400_000));
      return [{ sql: 'UPDATE survey_responses SET comment = NULL WHERE comment IS NOT NULL AND submitted_on < ?', params: [cutoff] }];
    },
  };
}

export interface SurveyResponseInput {
  survey: string;
  /** "YYYY-MM-DD" */
  submittedOn: string;
  /** Question id -> chosen values (one or several). */
  answers: Record<string, string[]>;
  /** Already passed through PII redaction. */
  comment: string | null;
}

export interface SurveyResults {
  survey: string;
  responses: number;
  /** Per question, each value with how many responses chose it, most chosen first. */
  questions: Record<string, Array<{ value: string; count: number }>>;
  comments: string[];
}

export interface SurveyFilter {
  /** Inclusive "YYYY-MM-DD" bounds. */
  from?: string;
  to?: string;
}

export interface SurveyStore {
  addSurveyResponse(response: SurveyResponseInput): Promise<void>;
  surveyResults(survey: string, filter?: SurveyFilter): Promise<SurveyResults>;
}

export function createSurveyRepository(db: SqlDb, randomId: () => string = () => crypto.randomUUID()): SurveyStore {
  return {
    async addSurveyResponse(response) {
      const id = randomId();
      const statements: SqlStatement[] = [
        { sql: 'INSERT INTO survey_responses (id, survey, submitted_on, comment) VALUES (?, ?, ?, ?)', params: [id, response.survey, response.submittedOn, response.comment] },
      ];
      for (const [question, values] of Object.entries(response.answers)) {
        for (const value of new Set(values)) {
          statements.push({ sql: 'INSERT INTO survey_answers (response_id, question, value) VALUES (?, ?, ?)', params: [id, question, value] });
        }
      }
      await db.batch(statements);
    },
    async surveyResults(survey, filter = {}) {
      const where = 'r.survey = ? AND r.submitted_on >= ? AND r.submitted_on <= ?';
      const params = [survey, filter.from ?? '0000-00-00', filter.to ?? '9999-99-99'];
      const [total, counts, comments] = await Promise.all([
        db.first<{ n: number }>(`SELECT COUNT(*) AS n FROM survey_responses r WHERE ${where}`, params),
        db.all<{ question: string; value: string; count: number }>(
          `SELECT a.question, a.value, COUNT(*) AS count FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
           WHERE ${where} GROUP BY a.question, a.value ORDER BY a.question, count DESC, a.value`,
          params,
        ),
        db.all<{ comment: string }>(`SELECT comment FROM survey_responses r WHERE ${where} AND comment IS NOT NULL ORDER BY submitted_on, comment`, params),
      ]);
      const questions: SurveyResults['questions'] = {};
      for (const row of counts) (questions[row.question] ??= []).push({ value: row.value, count: row.count });
      return { survey, responses: total?.n ?? 0, questions, comments: comments.map((row) => row.comment) };
    },
  };
}
