/**
 * Published content versions, stored in parts. One version's intent set is about 320 KB of JSON, and
 * Cloudflare D1 refuses any SQL statement over 100 KB: a `wrangler d1 export` holding it in one row could not
 * be restored (SQLITE_TOOBIG). So the JSON is kept in `content_version_parts` rows of at most
 * CONTENT_PART_CHARS UTF-16 code units (at most 60 KB of UTF-8; a dump doubles only quotes, which are one byte),
 * and `content_versions` keeps the metadata (migrations/0007_content_parts.sql). Same SQL on SQLite and D1.
 */
import type { SqlDb, SqlStatement, SqlValue } from './sql-db.js';

export const CONTENT_PART_CHARS = 20_000;

export type ContentSource = 'yaml' | 'publish' | 'rollback' | 'import';

export interface ContentVersionRow {
  version: number;
  /** The intent set as JSON, reassembled from its parts. */
  intents: string;
  source: ContentSource;
  note: string | null;
  published_at: string;
  published_by: string;
}

export type ContentVersionSummaryRow = Omit<ContentVersionRow, 'intents'> & { intent_count: number };

/** Splits text into parts of at most `size` code units, never between the two halves of a surrogate pair. */
export function splitContent(text: string, size = CONTENT_PART_CHARS): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length > 0 ? parts : [''];
}

/**
 * The statements that store a new version, numbered previous + 1 inside the batch (so two publishes cannot
 * take the same number); run them in one batch with whatever else belongs to the publish.
 */
export function insertContentVersionStatements(intentsJson: string, intentCount: number, meta: { source: ContentSource; note: string | null; at: string; by: string }): SqlStatement[] {
  const head: SqlStatement = {
    sql: `INSERT INTO content_versions (version, source, note, published_at, published_by, intent_count)
          SELECT COALESCE(MAX(version), 0) + 1, ?, ?, ?, ?, ? FROM content_versions`,
    params: [meta.source, meta.note, meta.at, meta.by, intentCount],
  };
  const parts = splitContent(intentsJson).map((data, part): SqlStatement => ({
    sql: 'INSERT INTO content_version_parts (version, part, data) SELECT MAX(version), ?, ? FROM content_versions',
    params: [part, data],
  }));
  return [head, ...parts];
}

const META = 'SELECT version, source, note, published_at, published_by FROM content_versions';

async function withIntents(db: SqlDb, row: Omit<ContentVersionRow, 'intents'> | null): Promise<ContentVersionRow | null> {
  if (!row) return null;
  const parts = await db.all<{ data: string }>('SELECT data FROM content_version_parts WHERE version = ? ORDER BY part', [row.version]);
  return { ...row, intents: parts.map((part) => part.data).join('') };
}

export function createContentVersionTable(db: SqlDb) {
  const one = (sql: string, params: SqlValue[] = []) => db.first<Omit<ContentVersionRow, 'intents'>>(sql, params).then((row) => withIntents(db, row));
  return {
    latest: () => one(`${META} ORDER BY version DESC LIMIT 1`),
    get: (version: number) => one(`${META} WHERE version = ?`, [version]),
    list: (limit: number) => db.all<ContentVersionSummaryRow>(`${META.replace(' FROM', ', intent_count FROM')} ORDER BY version DESC LIMIT ?`, [limit]),
    async latestNumber(): Promise<number> {
      return (await db.first<{ version: number | null }>('SELECT MAX(version) AS version FROM content_versions'))?.version ?? 0;
    },
  };
}
