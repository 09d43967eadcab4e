/**
 * Content drafts and published versions in the database. The draft is the full intent set staff edit;
 * each published version keeps its full intent set as JSON, so any version can be diffed and restored.
 */
import type { IntentDefinition } from '../../content/schema.js';
import { createContentVersionTable, insertContentVersionStatements, type ContentVersionRow } from '../../store/content-parts.js';
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

function toVersion(row: ContentVersionRow): ContentVersion {
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
  // The intents JSON is stored in parts below D1's statement limit (src/store/content-parts.ts).
  const versions = createContentVersionTable(db);
  return {
    async latestVersion(): Promise<ContentVersion | null> {
      const row = await versions.latest();
      return row ? toVersion(row) : null;
    },
    async getVersion(version: number): Promise<ContentVersion | null> {
      const row = await versions.get(version);
      return row ? toVersion(row) : null;
    },
    async listVersions(limit = 50): Promise<VersionSummary[]> {
      const rows = await versions.list(limit);
      return rows.map((row) => ({ version: row.version, source: row.source, note: row.note, publishedAt: row.published_at, publishedBy: row.published_by, intentCount: row.intent_count }));
    },
    /**
     * Stores a new published version (number = previous + 1, decided inside the batch) and, when asked,
     * resets the draft to it, together with the audit row. Returns the new version number.
     */
    async publish(intents: IntentDefinition[], meta: { source: VersionSource; note: string | null; at: string; by: string; resetDraft: boolean }, audit: AuditInput | null): Promise<number> {
      const statements: SqlStatement[] = [
        ...insertContentVersionStatements(JSON.stringify(intents), intents.length, meta),
        ...(meta.resetDraft ? draftStatements(intents, meta.at, meta.by) : []),
        ...(audit ? [auditStatement(audit)] : []),
      ];
      await db.batch(statements);
      return versions.latestNumber();
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
