/**
 * Content drafts and published versions in the database. The draft is the full intent set staff edit;
 * each published version keeps its full intent set as JSON, so any version can be diffed and restored.
 */
import type { IntentDefinition } from '../../content/schema.js';
import { createContentVersionTable, insertContentVersionStatements, type ContentVersionRow } from '../../store/content-parts.js';
import { isUniqueViolation, type SqlDb, type SqlStatement } from '../../store/sql-db.js';
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
  /** The stored JSON as it is: the editor's form carries a hash of it, so a save can tell it was loaded from an older state. */
  definition: string;
}

/**
 * Someone saved the intent after the caller read it: nothing was written. The route shows the clerk both texts
 * instead of overwriting a colleague's change.
 */
export class StaleDraftError extends Error {
  constructor(readonly intentId: string) {
    super(`draft intent ${intentId} changed since it was read`);
    this.name = 'StaleDraftError';
  }
}

/**
 * A statement that fails the whole batch (primary key of content_drafts) unless the stored definition is still
 * `expected` (null: no row yet). D1 has no interactive transactions, so the check has to be part of the batch.
 */
function expectStatement(id: string, expected: string | null): SqlStatement {
  if (expected === null) return { sql: "INSERT INTO content_drafts (intent_id, definition, updated_at, updated_by) VALUES (?, '', '', '')", params: [id] };
  return {
    sql: "INSERT INTO content_drafts (intent_id, definition, updated_at, updated_by) SELECT ?, '', '', '' WHERE EXISTS (SELECT 1 FROM content_drafts WHERE intent_id = ?) AND NOT EXISTS (SELECT 1 FROM content_drafts WHERE intent_id = ? AND definition = ?)",
    params: [id, id, id, expected],
  };
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
     * resets the draft to it (or to draftAfter), together with the audit row. Returns the new version number.
     */
    async publish(
      intents: IntentDefinition[],
      meta: { source: VersionSource; note: string | null; at: string; by: string; resetDraft: boolean; draftAfter?: IntentDefinition[] },
      audit: AuditInput | null,
    ): Promise<number> {
      const statements: SqlStatement[] = [
        ...insertContentVersionStatements(JSON.stringify(intents), intents.length, meta),
        // draftAfter: a rollback keeps the draft's unpublished changes on top of the restored version.
        ...(meta.resetDraft ? draftStatements(meta.draftAfter ?? intents, meta.at, meta.by) : []),
        ...(audit ? [auditStatement(audit)] : []),
      ];
      await db.batch(statements);
      return versions.latestNumber();
    },
    async draft(): Promise<DraftIntent[]> {
      const rows = await db.all<{ definition: string; updated_at: string; updated_by: string }>('SELECT definition, updated_at, updated_by FROM content_drafts ORDER BY intent_id');
      return rows.map((row) => ({ intent: JSON.parse(row.definition) as IntentDefinition, updatedAt: row.updated_at, updatedBy: row.updated_by, definition: row.definition }));
    },
    async draftIntent(id: string): Promise<DraftIntent | null> {
      const row = await db.first<{ definition: string; updated_at: string; updated_by: string }>('SELECT definition, updated_at, updated_by FROM content_drafts WHERE intent_id = ?', [id]);
      return row ? { intent: JSON.parse(row.definition) as IntentDefinition, updatedAt: row.updated_at, updatedBy: row.updated_by, definition: row.definition } : null;
    },
    /**
     * Saves one intent of the draft with its audit row (before/after). `expected`: the stored definition the
     * change was made on (null: the intent must not exist yet); when someone saved in between, nothing is
     * written and StaleDraftError is thrown.
     */
    async saveDraftIntent(intent: IntentDefinition, at: string, by: string, audit: AuditInput, extra: SqlStatement[] = [], expected?: { definition: string | null }): Promise<void> {
      try {
        await db.batch([
          ...(expected ? [expectStatement(intent.id, expected.definition)] : []),
          {
            sql: `INSERT INTO content_drafts (intent_id, definition, updated_at, updated_by) VALUES (?, ?, ?, ?)
                  ON CONFLICT (intent_id) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
            params: [intent.id, JSON.stringify(intent), at, by],
          },
          ...extra,
          auditStatement(audit),
        ]);
      } catch (error) {
        if (expected && isUniqueViolation(error)) throw new StaleDraftError(intent.id);
        throw error;
      }
    },
    /** Replaces the whole draft (import from YAML, discard changes). */
    async replaceDraft(intents: IntentDefinition[], at: string, by: string, audit: AuditInput): Promise<void> {
      await db.batch([...draftStatements(intents, at, by), auditStatement(audit)]);
    },
  };
}

export type ContentRepository = ReturnType<typeof createContentRepository>;
