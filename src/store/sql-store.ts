/** The Store port on any SqlDb: one implementation, shared by sqlite3 (Node) and D1 (Workers). */
import type { Store } from '../core/ports.js';
import { createAppointmentRepository, type AppointmentStore } from './appointment-repository.js';
import { createConversationRepository } from './conversation-repository.js';
import { createFeedbackRepository, type FeedbackStore } from './feedback-repository.js';
import { createOutboxRepository, type OutboxStore } from './outbox-repository.js';
import { createResumeCodeRepository, type ResumeCodeStore } from './resume-code-repository.js';
import { createSubmissionRepository, type SubmissionStore } from './submission-repository.js';
import type { SqlDb } from './sql-db.js';
import { createSurveyRepository, type SurveyStore } from './survey-repository.js';

export type SqlStore = Store &
  FeedbackStore &
  SubmissionStore &
  OutboxStore &
  ResumeCodeStore &
  AppointmentStore &
  SurveyStore & { readonly db: SqlDb };

export function createSqlStore(db: SqlDb): SqlStore {
  return {
    db,
    ...createConversationRepository(db),
    ...createFeedbackRepository(db),
    ...createAppointmentRepository(db),
    ...createSurveyRepository(db),
    ...createSubmissionRepository(db),
    ...createOutboxRepository(db),
    ...createResumeCodeRepository(db),
    async ping() {
      await db.first('SELECT 1 AS ok');
      // An empty write transaction: a database that answers reads but is write-locked cannot store turns.
      await db.batch([]);
    },
    async close() {
      await db.close();
    },
  };
}
