/** Conversations and transcripts on any SqlDb. */
import type { ConversationRecord, ConversationStore, ConversationVersion, TranscriptEntry } from '../core/ports.js';
import type { JsonObject, Locale } from '../core/types.js';
import { isUniqueViolation, type SqlDb, type SqlStatement } from './sql-db.js';
import { forgetConversationStatements } from './submission-erasure.js';

interface ConversationRow {
  id: string;
  locale: string;
  plain_language: number;
  channel: string;
  created_at: string;
  updated_at: string;
  last_seq: number;
  state: string;
}

interface TranscriptRow {
  conversation_id: string;
  seq: number;
  role: string;
  text: string;
  intent: string | null;
  confidence: number | null;
  locale: string | null;
  at: string;
}

function toRecord(row: ConversationRow): ConversationRecord {
  return {
    id: row.id,
    locale: (row.locale === 'en' ? 'en' : 'de') satisfies Locale,
    plainLanguage: row.plain_language === 1,
    channel: row.channel,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastSeq: row.last_seq,
    state: JSON.parse(row.state) as JsonObject,
  };
}

function toEntry(row: TranscriptRow): TranscriptEntry {
  return {
    conversationId: row.conversation_id,
    seq: row.seq,
    role: row.role === 'bot' ? 'bot' : 'user',
    text: row.text,
    intent: row.intent,
    confidence: row.confidence,
    ...(row.locale === 'de' || row.locale === 'en' ? { locale: row.locale } : {}),
    at: row.at,
  };
}

const CONVERSATION_COLUMNS = 'id, locale, plain_language, channel, created_at, updated_at, last_seq, state';

function conversationParams(c: ConversationRecord) {
  return [c.id, c.locale, c.plainLanguage ? 1 : 0, c.channel, c.createdAt, c.updatedAt, c.lastSeq, JSON.stringify(c.state)];
}

export function upsertConversationStatement(c: ConversationRecord): SqlStatement {
  return {
    sql: `INSERT INTO conversations (${CONVERSATION_COLUMNS})
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (id) DO UPDATE SET locale = excluded.locale, plain_language = excluded.plain_language,
            channel = excluded.channel, updated_at = excluded.updated_at, last_seq = excluded.last_seq, state = excluded.state`,
    params: conversationParams(c),
  };
}

const TRANSCRIPT_INSERT = 'INSERT INTO transcript (conversation_id, seq, role, text, intent, confidence, locale, at)';
const transcriptRows = (entries: TranscriptEntry[]) => entries.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
const transcriptParams = (entries: TranscriptEntry[]) => entries.flatMap((e) => [e.conversationId, e.seq, e.role, e.text, e.intent ?? null, e.confidence ?? null, e.locale ?? null, e.at]);

export function insertTranscriptStatement(entries: TranscriptEntry[]): SqlStatement | null {
  if (entries.length === 0) return null;
  return { sql: `${TRANSCRIPT_INSERT} VALUES ${transcriptRows(entries)}`, params: transcriptParams(entries) };
}

/**
 * The conversation row written only when it is still as the turn loaded it: an update of that version, or
 * the insert of a new one. A conversation erased while the turn ran has no row left to update, so its
 * personal data is not written back (tester-k A1).
 */
function conditionalConversationStatement(c: ConversationRecord, expected: ConversationVersion | null): SqlStatement {
  if (expected === null) {
    return { sql: `INSERT INTO conversations (${CONVERSATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`, params: conversationParams(c) };
  }
  return {
    sql: `UPDATE conversations SET locale = ?, plain_language = ?, channel = ?, updated_at = ?, last_seq = ?, state = ?
          WHERE id = ? AND last_seq = ? AND updated_at = ?`,
    params: [c.locale, c.plainLanguage ? 1 : 0, c.channel, c.updatedAt, c.lastSeq, JSON.stringify(c.state), c.id, expected.lastSeq, expected.updatedAt],
  };
}

/** The transcript entries, appended only when the conversation row now holds this turn (same batch). */
function conditionalTranscriptStatement(c: ConversationRecord, entries: TranscriptEntry[]): SqlStatement | null {
  if (entries.length === 0) return null;
  return {
    sql: `${TRANSCRIPT_INSERT}
          SELECT * FROM (VALUES ${transcriptRows(entries)})
          WHERE EXISTS (SELECT 1 FROM conversations WHERE id = ? AND last_seq = ? AND updated_at = ?)`,
    params: [...transcriptParams(entries), c.id, c.lastSeq, c.updatedAt],
  };
}

export function createConversationRepository(db: SqlDb): ConversationStore {
  return {
    async getConversation(id) {
      const row = await db.first<ConversationRow>('SELECT * FROM conversations WHERE id = ?', [id]);
      return row ? toRecord(row) : null;
    },
    async saveTurn(conversation, entries, expected) {
      if (expected === undefined) {
        const transcript = insertTranscriptStatement(entries);
        await db.batch(transcript ? [upsertConversationStatement(conversation), transcript] : [upsertConversationStatement(conversation)]);
        return true;
      }
      const transcript = conditionalTranscriptStatement(conversation, entries);
      const row = conditionalConversationStatement(conversation, expected);
      try {
        const [written] = await db.batch(transcript ? [row, transcript] : [row]);
        return (written?.changes ?? 0) > 0;
      } catch (error) {
        // Two turns of one version saved in the same millisecond: the second's sequence numbers are taken.
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async getTranscript(id) {
      const rows = await db.all<TranscriptRow>('SELECT * FROM transcript WHERE conversation_id = ? ORDER BY seq', [id]);
      return rows.map(toEntry);
    },
    async deleteConversation(id) {
      // Resume codes go in the same batch (docs/PRIVACY.md: at once), not at the next orphan purge.
      const [, , deleted] = await db.batch([
        { sql: 'DELETE FROM resume_codes WHERE conversation_id = ?', params: [id] },
        { sql: 'DELETE FROM transcript WHERE conversation_id = ?', params: [id] },
        { sql: 'DELETE FROM conversations WHERE id = ?', params: [id] },
        // Feedback, submissions and appointments lose the link at once too (tester-j 13).
        ...forgetConversationStatements(id),
      ]);
      return (deleted?.changes ?? 0) > 0;
    },
  };
}
