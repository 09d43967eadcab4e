/**
 * What outlives a conversation must not keep pointing at it: feedback keeps its rating and topic for the
 * statistics but loses the conversation id once the conversation was purged or deleted by the citizen,
 * and resume codes of a deleted conversation go at once instead of at their expiry. Inbox decisions hold only
 * a hash of the question since 2026; a decision an older version stored with the question's words goes (the
 * question, if still within its retention, shows up in the inbox once more).
 */
import type { PurgeTarget } from './retention.js';

export const orphanPurge: PurgeTarget = {
  name: 'orphans',
  statements() {
    // The reported count is the last statement's (the feedback links), so the decisions go first.
    return [
      { sql: "DELETE FROM staff_inbox_decisions WHERE length(text_key) <> 64 OR text_key GLOB '*[^0-9a-f]*'" },
      { sql: 'DELETE FROM resume_codes WHERE conversation_id NOT IN (SELECT id FROM conversations)' },
      { sql: 'UPDATE feedback SET conversation_id = NULL, seq = NULL WHERE conversation_id IS NOT NULL AND conversation_id NOT IN (SELECT id FROM conversations)' },
    ];
  },
};
