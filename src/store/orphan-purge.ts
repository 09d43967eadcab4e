/**
 * What outlives a conversation must not keep pointing at it: feedback keeps its rating and topic for the
 * statistics but loses the conversation id once the conversation was purged or deleted by the citizen,
 * and resume codes of a deleted conversation go at once instead of at their expiry.
 */
import type { PurgeTarget } from './retention.js';

export const orphanPurge: PurgeTarget = {
  name: 'orphans',
  statements() {
    return [
      { sql: 'DELETE FROM resume_codes WHERE conversation_id NOT IN (SELECT id FROM conversations)' },
      { sql: 'UPDATE feedback SET conversation_id = NULL, seq = NULL WHERE conversation_id IS NOT NULL AND conversation_id NOT IN (SELECT id FROM conversations)' },
    ];
  },
};
