/**
 * The D1 backup and restore of docs/DEPLOY.md, for real with the pinned wrangler on a local D1 in a scratch
 * folder: a database from before migration 0007 with a published content of more than 300 KB is migrated,
 * exported with `wrangler d1 export`, and restored with `wrangler d1 execute --file` into an empty database.
 * D1 refuses statements over 100 KB (SQLITE_TOOBIG), so no statement of the export may be that long.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runWrangler, withoutCustomBuild } from './wrangler-support.js';

const D1_STATEMENT_LIMIT = 100_000;
const temp = mkdtempSync(join(tmpdir(), 'stadtlotse-d1-backup-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A scratch project: wrangler keeps its local D1 in .wrangler/state beside the config, so never in the repository. */
function project(name: string, migrations: string[]): string {
  const dir = join(temp, name);
  mkdirSync(join(dir, 'migrations'), { recursive: true });
  for (const file of migrations) cpSync(join(ROOT, 'migrations', file), join(dir, 'migrations', file));
  writeFileSync(join(dir, 'wrangler.toml'), withoutCustomBuild(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')).replace(/^main = .*$/m, `main = ${JSON.stringify(join(ROOT, 'src/runtime/workers/index.ts'))}`));
  return dir;
}

async function wrangler(dir: string, args: string[]): Promise<string> {
  const run = await runWrangler([...args, '--local', '--config', join(dir, 'wrangler.toml')], 120_000, dir);
  if (run.code !== 0) throw new Error(`wrangler ${args.join(' ')} failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

async function query<T>(dir: string, sql: string): Promise<T[]> {
  const out = await wrangler(dir, ['d1', 'execute', 'DB', '--json', '--command', sql]);
  return (JSON.parse(out) as Array<{ results: T[] }>)[0]?.results ?? [];
}

/** One statement per line in wrangler's export, except CREATE TABLE, which spans lines: split on ";\n". */
function longestStatement(sql: string): number {
  return Math.max(...sql.split(/;\n/).map((statement) => Buffer.byteLength(statement)));
}

describe('the D1 backup', () => {
  it('restores an export of a database with more than 300 KB of published content into an empty database', async () => {
    const all = readdirSync(join(ROOT, 'migrations')).filter((name) => name.endsWith('.sql')).sort();
    const source = project('source', all.filter((name) => name < '0007'));
    await wrangler(source, ['d1', 'migrations', 'apply', 'DB']);
    // A short statement that makes a long value: 2,000 intents of about 170 bytes each, umlauts and quotes included.
    const item = `{"id":"thema","answer":"Größe ''Pass'' und Ausweis: ${'x'.repeat(120)}"}`;
    await wrangler(source, ['d1', 'execute', 'DB', '--command', `INSERT INTO content_versions (version, intents, source, note, published_at, published_by) VALUES (1, '[' || substr(replace(hex(zeroblob(2000)), '00', ',${item}'), 2) || ']', 'yaml', NULL, '2026-11-01T00:00:00.000Z', 'system')`]);
    const [old] = await query<{ bytes: number }>(source, 'SELECT length(CAST(intents AS BLOB)) AS bytes FROM content_versions');
    expect(old?.bytes).toBeGreaterThan(300_000);

    for (const file of all) cpSync(join(ROOT, 'migrations', file), join(source, 'migrations', file));
    await wrangler(source, ['d1', 'migrations', 'apply', 'DB']);
    const dump = join(temp, 'export.sql');
    await wrangler(source, ['d1', 'export', 'DB', '--output', dump]);
    const longest = longestStatement(readFileSync(dump, 'utf8'));
    console.log(`d1 backup: ${old?.bytes} bytes of intents in one row before migration 0007; longest statement of the export ${longest} bytes`);
    expect(longest).toBeLessThan(D1_STATEMENT_LIMIT);

    const target = project('target', all);
    await wrangler(target, ['d1', 'execute', 'DB', '--file', dump]);
    const parts = await query<{ data: string }>(target, 'SELECT data FROM content_version_parts WHERE version = 1 ORDER BY part');
    const intents = JSON.parse(parts.map((part) => part.data).join('')) as Array<{ answer: string }>;
    expect(intents).toHaveLength(2000);
    expect(intents[1999]?.answer).toMatch(/^Größe 'Pass' und Ausweis/);
    expect(await query<{ intent_count: number }>(target, 'SELECT intent_count FROM content_versions')).toEqual([{ intent_count: 2000 }]);
    // The migrations table came along, so `wrangler d1 migrations apply` after a restore applies only newer ones.
    expect((await query<{ name: string }>(target, 'SELECT name FROM d1_migrations ORDER BY id')).map((row) => row.name)).toEqual(all);
  }, 300_000);
});
