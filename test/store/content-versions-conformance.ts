/**
 * Published content versions on every store implementation (sqlite3 and D1): a content larger than 300 KB is
 * read back exactly, and no row of any table holds more than 90 KB, because D1 refuses SQL statements over
 * 100 KB and a `wrangler d1 export` writes every row as one INSERT statement (docs/DEPLOY.md, backup and restore).
 */
import { describe, expect, it } from 'vitest';
import type { IntentDefinition } from '../../src/content/schema.js';
import { createContentRepository } from '../../src/staff/store/content-repository.js';
import type { SqlDb } from '../../src/store/sql-db.js';
import type { StoreFactory } from './store-conformance.js';

/** Below D1's 100 KB statement limit with room for the INSERT around the values. */
export const MAX_ROW_BYTES = 90_000;

const utf8 = new TextEncoder();

/** Intents whose JSON is about `kb` kilobytes, with umlauts, quotes, emoji (surrogate pairs) and line breaks. */
export function bigIntents(kb: number): IntentDefinition[] {
  const text = "Größe 'Ausweis' – \"Pass\" 🇩🇪 Straße\n".repeat(12);
  const intents: IntentDefinition[] = [];
  for (let i = 0, bytes = 2; bytes < kb * 1000; i++) {
    const intent = { id: `thema-${i}`, kind: 'faq', title: { de: `Thema ${i}`, en: `Topic ${i}` }, answer: { de: `${i}: ${text}`, en: text, plain: text } };
    bytes += utf8.encode(JSON.stringify(intent)).length + 1;
    intents.push(intent as unknown as IntentDefinition);
  }
  return intents;
}

/** The largest row of any table, in UTF-8 bytes of its values (what an export writes per INSERT). */
export async function largestRow(db: SqlDb): Promise<{ table: string; bytes: number }> {
  const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'");
  let largest = { table: '', bytes: 0 };
  for (const { name } of tables) {
    for (const row of await db.all<Record<string, unknown>>(`SELECT * FROM "${name}"`)) {
      const bytes = Object.values(row).reduce<number>((sum, value) => sum + (typeof value === 'string' ? utf8.encode(value).length : 8), 0);
      if (bytes > largest.bytes) largest = { table: name, bytes };
    }
  }
  return largest;
}

const meta = (note: string) => ({ source: 'publish' as const, note, at: '2026-11-29T10:00:00.000Z', by: 'redaktion', resetDraft: false });

export function describeContentVersionConformance(name: string, factory: StoreFactory): void {
  describe(`content versions: ${name}`, () => {
    it('reads back a published content larger than 300 KB exactly, and keeps every row below 90 KB', async () => {
      const store = await factory.open();
      try {
        const repo = createContentRepository(store.db);
        const intents = bigIntents(320);
        const version = await repo.publish(intents, meta('groß'), null);
        expect((await repo.latestVersion())?.intents).toEqual(intents);
        expect((await repo.getVersion(version))?.intents).toEqual(intents);
        expect((await repo.listVersions(1))[0]).toMatchObject({ version, intentCount: intents.length, note: 'groß' });
        const largest = await largestRow(store.db);
        console.log(`content versions (${name}): ${(utf8.encode(JSON.stringify(intents)).length / 1000).toFixed(0)} KB of intents, largest row ${largest.bytes} bytes (${largest.table})`);
        expect(largest.bytes).toBeLessThan(MAX_ROW_BYTES);
      } finally {
        await store.close();
      }
    });

    it('numbers versions one after the other and keeps each version its own parts', async () => {
      const store = await factory.open();
      try {
        const repo = createContentRepository(store.db);
        const first = bigIntents(1000);
        const second = bigIntents(50);
        const a = await repo.publish(first, meta('eins'), null);
        const b = await repo.publish(second, meta('zwei'), null);
        expect(b).toBe(a + 1);
        expect((await repo.getVersion(a))?.intents).toEqual(first);
        expect((await repo.getVersion(b))?.intents).toEqual(second);
        expect((await repo.listVersions(2)).map((v) => [v.version, v.intentCount])).toEqual([
          [b, second.length],
          [a, first.length],
        ]);
        expect(await repo.getVersion(b + 1)).toBeNull();
      } finally {
        await store.close();
      }
    });
  });
}
