/**
 * Content drafts and published versions in the database. The draft is the full intent set staff edit;
 * each published version keeps its full intent set as JSON, so any version can be diffed and restored.
 */
import type { IntentDefinition } from '../../content/schema.js';
import type { SqlDb, SqlStatement } from '../../store/sql-db.js';
import { auditStatement, type AuditInput } from './staff-repository.js';

export type VersionSource = 'yaml' | 'publish' | 'rollback' | 'import';

export interface ContentVersion {
  version: number;
  intents: IntentDefinition[];
  source: VersionSource;
  note: string | null;
  publishedAt: string;
  publishedBy: string;
}

export type VersionSummary = Omit<ContentVersion, 'intents'> & { intentCount: number };

export interface DraftIntent {
  intent: IntentDefinition;
  updatedAt: string;
  updatedBy: string;
}

interface VersionRow {
  version: number;
  intents: string;
  source: VersionSource;
  note: string | null;
  published_at: string;
  published_by: string;
}

function toVersion(row: VersionRow): ContentVersion {
  return {
    version: row.version,
    intents: JSON.parse(row.intents) as IntentDefinition[],
    source: row.source,
    note: row.note,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  };
}

function draftStatements(intents: IntentDefinition[], at: string, by: string): SqlStatement[] {
  return [
    { sql: 'DELETE FROM content_drafts' },
    ...intents.map((intent) => ({
      sql: 'INSERT INTO content_drafts (intent_id, definition, updated_at, updated_by) VALUES (?, ?, ?, ?)',
      params: [intent.id, JSON.stringify(intent), at, by],
    })),
  ];
}

export function createContentRepository(db: SqlDb) {
  return {
    async latestVersion(): Promise<ContentVersion | null> {
      const row = await db.first<VersionRow>('SELECT * FROM content_versions ORDER BY version DESC LIMIT 1');
      return row ? toVersion(row) : null;
    },
    async getVersion(version: number): Promise<ContentVersion | null> {
      const row = await db.first<VersionRow>('SELECT * FROM content_versions WHERE version = ?', [version]);
      return row ? toVersion(row) : null;
    },
    async listVersions(limit = 50): Promise<VersionSummary[]> {
      const rows = await db.all<Omit<VersionRow, 'intents'> & { intent_count: number }>(
        'SELECT version, source, note, published_at, published_by, json_array_length(intents) AS intent_count FROM content_versions ORDER BY version DESC LIMIT ?',
        [limit],
      );
      return rows.map((row) => ({ version: row.version, source: row.source, note: row.note, publishedAt: row.published_at, publishedBy: row.published_by, intentCount: row.intent_count }));
    },
    /**
     * Stores a new published version (number = previous + 1, decided inside the batch) and, when asked,
     * resets the draft to it, together with the audit row. Returns the new version number.
     */
    async publish(intents: IntentDefinition[], meta: { source: VersionSource; note: string | null; at: string; by: string; resetDraft: boolean }, audit: AuditInput | null): Promise<number> {
      const statements: SqlStatement[] = [
        {
          sql: `INSERT INTO content_versions (version, intents, source, note, published_at, published_by)
                SELECT COALESCE(MAX(version), 0) + 1, ?, ?, ?, ?, ? FROM content_versions`,
          params: [JSON.stringify(intents), meta.source, meta.note, meta.at, meta.by],
        },
        ...(meta.resetDraft ? draftStatements(intents, meta.at, meta.by) : []),
        ...(audit ? [auditStatement(audit)] : []),
      ];
      await db.batch(statements);
      const latest = await db.first<{ version: number }>('SELECT MAX(version) AS version FROM content_versions');
      return latest?.version ?? 0;
    },
    async draft(): Promise<DraftIntent[]> {
      const rows = await db.all<{ definition: string; updated_at: string; updated_by: string }>('SELECT definition, updated_at, updated_by FROM content_drafts ORDER BY intent_id');
      return rows.map((row) => ({ intent: JSON.parse(row.definition) as IntentDefinition, updatedAt: row.updated_at, updatedBy: row.updated_by }));
    },
    async draftIntent(id: string): Promise<DraftIntent | null> {
      const row = await db.first<{ definition: string; updated_at: string; updated_by: string }>('SELECT definition, updated_at, updated_by FROM content_drafts WHERE intent_id = ?', [id]);
      return row ? { intent: JSON.parse(row.definition) as IntentDefinition, updatedAt: row.updated_at, updatedBy: row.updated_by } : null;
    },
    /** Saves one intent of the draft with its audit row (before/after). */
    async saveDraftIntent(intent: IntentDefinition, at: string, by: string, audit: AuditInput, extra: SqlStatement[] = []): Promise<void> {
      await db.batch([
        {
          sql: `INSERT INTO content_drafts (intent_id, definition, updated_at, updated_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (intent_id) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          params: [intent.id, JSON.stringify(intent), at, by],
        },
        ...extra,
        auditStatement(audit),
      ]);
    },
    /** Replaces the whole draft (import from YAML, discard changes). */
    async replaceDraft(intents: IntentDefinition[], at: string, by: string, audit: AuditInput): Promise<void> {
      await db.batch([...draftStatements(intents, at, by), auditStatement(audit)]);
    },
  };
}

export type ContentRepository = ReturnType<typeof createContentRepository>;
