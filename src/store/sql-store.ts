/** The Store port on any SqlDb: one implementation, shared by sqlite3 (Node) and D1 (Workers). */
import type { Store } from '../core/ports.js';
import { createConversationRepository } from './conversation-repository.js';
import { createFeedbackRepository, type FeedbackStore } from './feedback-repository.js';
import type { SqlDb } from './sql-db.js';

export type SqlStore = Store & FeedbackStore & { readonly db: SqlDb };

export function createSqlStore(db: SqlDb): SqlStore {
  return {
    db,
    ...createConversationRepository(db),
    ...createFeedbackRepository(db),
    async ping() {
      await db.first('SELECT 1 AS ok');
    },
    async close() {
      await db.close();
    },
  };
}
