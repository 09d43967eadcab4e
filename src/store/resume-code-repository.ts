/** Resume codes: only the SHA-256 of a code is stored, with the conversation it continues and an expiry. */
import type { PurgeTarget } from './retention.js';
import type { SqlDb } from './sql-db.js';

export interface ResumeCodeStore {
  /** Stores the conversation's code, replacing an earlier one: true when there was one (one code per run). */
  saveResumeCode(codeHash: string, conversationId: string, createdAt: string, expiresAt: string): Promise<boolean>;
  /** The conversation id for an unexpired code, or null. */
  findResumeCode(codeHash: string, now: string): Promise<string | null>;
  deleteResumeCode(codeHash: string): Promise<void>;
}

export function createResumeCodeRepository(db: SqlDb): ResumeCodeStore {
  return {
    async saveResumeCode(codeHash, conversationId, createdAt, expiresAt) {
      // "Code bitte" twice gave two codes, and two devices each took the run over with one (tester-k A3).
      const [replaced] = await db.batch([
        { sql: 'DELETE FROM resume_codes WHERE conversation_id = ?', params: [conversationId] },
        { sql: 'INSERT INTO resume_codes (code_hash, conversation_id, created_at, expires_at) VALUES (?, ?, ?, ?)', params: [codeHash, conversationId, createdAt, expiresAt] },
      ]);
      return (replaced?.changes ?? 0) > 0;
    },
    async findResumeCode(codeHash, now) {
      const row = await db.first<{ conversation_id: string }>('SELECT conversation_id FROM resume_codes WHERE code_hash = ? AND expires_at > ?', [codeHash, now]);
      return row?.conversation_id ?? null;
    },
    async deleteResumeCode(codeHash) {
      await db.batch([{ sql: 'DELETE FROM resume_codes WHERE code_hash = ?', params: [codeHash] }]);
    },
  };
}

export const resumeCodePurge: PurgeTarget = {
  name: 'resume_codes',
  statements(now) {
    return [{ sql: 'DELETE FROM resume_codes WHERE expires_at <= ?', params: [now.toISOString()] }];
  },
};
