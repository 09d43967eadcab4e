/**
 * Migration 0007 moves the intents JSON of versions published before it into parts (SQLite here; the same file
 * runs on D1 in test/workers/d1-backup.test.ts), and the parts split text without breaking a character.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteDb } from '../../src/runtime/node/sqlite-db.js';
import { readMigrations } from '../../src/runtime/node/migrations-fs.js';
import { createContentRepository } from '../../src/staff/store/content-repository.js';
import { CONTENT_PART_CHARS, splitContent } from '../../src/store/content-parts.js';
import { applyMigrations } from '../../src/store/migrate.js';
import { bigIntents, largestRow, MAX_ROW_BYTES } from './content-versions-conformance.js';

const MIGRATIONS = join(import.meta.dirname, '../../migrations');

describe('content parts', () => {
  it('moves versions published before migration 0007 into parts, each row below 90 KB, with the same intents', async () => {
    const all = await readMigrations(MIGRATIONS);
    const db = await openSqliteDb({ path: ':memory:' });
    try {
      await applyMigrations(db, all.filter((m) => m.name < '0007'));
      const intents = [bigIntents(330), bigIntents(20)];
      for (const [index, set] of intents.entries()) {
        await db.batch([{ sql: "INSERT INTO content_versions (version, intents, source, note, published_at, published_by) VALUES (?, ?, 'yaml', NULL, '2026-11-01T00:00:00.000Z', 'system')", params: [index + 1, JSON.stringify(set)] }]);
      }
      const before = await largestRow(db);
      expect(before.bytes).toBeGreaterThan(300_000);
      await applyMigrations(db, all);
      const after = await largestRow(db);
      console.log(`content parts migration: largest row ${before.bytes} bytes (${before.table}) before, ${after.bytes} bytes (${after.table}) after`);
      expect(after.bytes).toBeLessThan(MAX_ROW_BYTES);
      const repo = createContentRepository(db);
      expect((await repo.getVersion(1))?.intents).toEqual(intents[0]);
      expect((await repo.latestVersion())?.intents).toEqual(intents[1]);
      expect((await repo.listVersions()).map((v) => v.intentCount)).toEqual([intents[1]?.length, intents[0]?.length]);
      expect(await repo.publish(intents[1] ?? [], { source: 'publish', note: null, at: '2026-11-29T10:00:00.000Z', by: 'redaktion', resetDraft: false }, null)).toBe(3);
    } finally {
      await db.close();
    }
  });

  it('never splits an emoji between two parts and keeps every part within the limit', () => {
    const text = `a${'🇩🇪'.repeat(CONTENT_PART_CHARS)}`;
    const parts = splitContent(text);
    expect(parts.join('')).toBe(text);
    expect(parts.every((part) => part.length <= CONTENT_PART_CHARS && !/^[\udc00-\udfff]/.test(part))).toBe(true);
    expect(splitContent('')).toEqual(['']);
  });
});
