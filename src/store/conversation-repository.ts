/** Conversations and transcripts on any SqlDb. */
import type { ConversationRecord, ConversationStore, TranscriptEntry } from '../core/ports.js';
import type { JsonObject, Locale } from '../core/types.js';
import type { SqlDb, SqlStatement } from './sql-db.js';

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

export function upsertConversationStatement(c: ConversationRecord): SqlStatement {
  return {
    sql: `INSERT INTO conversations (id, locale, plain_language, channel, created_at, updated_at, last_seq, state)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (id) DO UPDATE SET locale = excluded.locale, plain_language = excluded.plain_language,
            channel = excluded.channel, updated_at = excluded.updated_at, last_seq = excluded.last_seq, state = excluded.state`,
    params: [c.id, c.locale, c.plainLanguage ? 1 : 0, c.channel, c.createdAt, c.updatedAt, c.lastSeq, JSON.stringify(c.state)],
  };
}

export function insertTranscriptStatement(entries: TranscriptEntry[]): SqlStatement | null {
  if (entries.length === 0) return null;
  return {
    sql: `INSERT INTO transcript (conversation_id, seq, role, text, intent, confidence, locale, at) VALUES ${entries.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    params: entries.flatMap((e) => [e.conversationId, e.seq, e.role, e.text, e.intent ?? null, e.confidence ?? null, e.locale ?? null, e.at]),
  };
}

export function createConversationRepository(db: SqlDb): ConversationStore {
  return {
    async getConversation(id) {
      const row = await db.first<ConversationRow>('SELECT * FROM conversations WHERE id = ?', [id]);
      return row ? toRecord(row) : null;
    },
    async saveTurn(conversation, entries) {
      const transcript = insertTranscriptStatement(entries);
      await db.batch(transcript ? [upsertConversationStatement(conversation), transcript] : [upsertConversationStatement(conversation)]);
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
      ]);
      return (deleted?.changes ?? 0) > 0;
    },
  };
}
