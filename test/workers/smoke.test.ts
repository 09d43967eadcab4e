/**
 * End to end: the Worker under `wrangler dev --local` (local D1, migrations applied with wrangler from the same
 * migrations/ folder) answers exactly like the Node server (SQLite file): every message of the public contract
 * sample and a complete Wohngeld dialog (household, rent, income, estimate, application) give the same intents
 * and the same replies, so also the same estimate. The Worker's own D1 then goes through the backup of
 * docs/DEPLOY.md after a chat message with control characters (tester-p A1).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkersBundle } from '../../scripts/build-workers.js';
import { silentLogger } from '../../src/http/logger.js';
import { readConfig } from '../../src/runtime/node/config.js';
import { startServer, type RunningServer } from '../../src/runtime/node/server.js';
import { ROOT, runWrangler, startWranglerDev, stopGroup, withoutCustomBuild, type WranglerDev } from './wrangler-support.js';

interface ChatAnswer {
  conversationId: string;
  intent: { id: string; confidence?: number };
  replies: Array<{ text: string }>;
  dialog?: { reference?: string };
}

const temp = mkdtempSync(join(tmpdir(), 'stadtlotse-workers-smoke-'));
let worker: WranglerDev | null = null;
let node: RunningServer | null = null;

beforeAll(async () => {
  // Both servers get one snapshot of the content (others may be editing intents/ while the suite runs), and the
  // Worker runs a bundle built once into a temp folder (--no-bundle), so a rebuild elsewhere cannot reload it.
  const contentRoot = join(temp, 'content');
  for (const dir of ['intents', 'dialogs', 'profiles']) cpSync(join(ROOT, dir), join(contentRoot, dir), { recursive: true });
  const built = await buildWorkersBundle({ contentRoot });
  const buildDir = join(temp, 'build');
  // The repository's config without [build], which would rebuild the bundle from the repository's content.
  const dryConfig = join(temp, 'wrangler-dry-run.toml');
  writeFileSync(dryConfig, withoutCustomBuild(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')).replace(/^main = .*$/m, `main = ${JSON.stringify(join(ROOT, 'src/runtime/workers/index.ts'))}`));
  const dryRun = await runWrangler(['deploy', '--dry-run', '--outdir', buildDir, '--config', dryConfig], 120_000);
  if (dryRun.code !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${dryRun.stdout}\n${dryRun.stderr}`);
  if (!readFileSync(join(buildDir, 'index.js'), 'utf8').includes(built.bundle.model.classifier.weights)) {
    throw new Error('src/runtime/workers/generated/bundle.js was rebuilt from other content while this test bundled it: run the test again');
  }
  const config = join(temp, 'wrangler.toml');
  writeFileSync(
    config,
    withoutCustomBuild(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8'))
      .replace(/^main = .*$/m, `main = ${JSON.stringify(join(buildDir, 'index.js'))}\nno_bundle = true`)
      .replace(/^migrations_dir = .*$/m, `migrations_dir = ${JSON.stringify(join(ROOT, 'migrations'))}`),
  );
  const migrate = await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--config', config, '--persist-to', temp], 120_000);
  if (migrate.code !== 0) throw new Error(`wrangler d1 migrations apply failed:\n${migrate.stdout}\n${migrate.stderr}`);
  worker = await startWranglerDev({ persistTo: temp, vars: { CHAT_RATE_LIMIT_PER_MINUTE: '1000000' }, timeoutMs: 120_000, args: ['--config', config] });
  console.log(`workers smoke: first request (isolate start + app build from the bundle) ${worker.firstRequestMs} ms`);
  node = await startServer(readConfig({ DATABASE_PATH: join(temp, 'node.sqlite'), CONTENT_ROOT: contentRoot, PORT: '0', HOST: '127.0.0.1', CHAT_RATE_LIMIT_PER_MINUTE: '1000000' }, ROOT), silentLogger);
}, 300_000);

afterAll(async () => {
  if (worker) await stopGroup(worker.child);
  await node?.close();
  rmSync(temp, { recursive: true, force: true });
}, 60_000);

async function chat(base: string, text: string, conversationId?: string): Promise<ChatAnswer> {
  const res = await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, ...(conversationId ? { conversationId } : {}) }), signal: AbortSignal.timeout(30_000) });
  if (res.status !== 200) throw new Error(`${base} answered ${res.status} to "${text}": ${await res.text()}`);
  return (await res.json()) as ChatAnswer;
}

const texts = (answer: ChatAnswer) => answer.replies.map((reply) => reply.text);

function examples(): string[] {
  return readFileSync(join(ROOT, 'test/contract/examples.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t')[0] ?? '');
}

describe('the Worker under wrangler dev', () => {
  it('answers every contract example exactly like the Node server', async () => {
    const messages = examples();
    expect(messages.length).toBeGreaterThan(50);
    const differences: string[] = [];
    for (const text of messages) {
      const [onWorker, onNode] = await Promise.all([chat(worker?.url ?? '', text), chat(node?.url ?? '', text)]);
      // The whole intent (id, confidence, ranking): the bundled model must score exactly like the one Node trains.
      if (JSON.stringify(onWorker.intent) !== JSON.stringify(onNode.intent)) differences.push(`"${text}": worker ${JSON.stringify(onWorker.intent)}, node ${JSON.stringify(onNode.intent)}`);
      else if (JSON.stringify(texts(onWorker)) !== JSON.stringify(texts(onNode))) differences.push(`"${text}": same intent ${onNode.intent.id}, different replies`);
    }
    console.log(`workers smoke: ${messages.length - differences.length} of ${messages.length} contract messages identical on Workers and Node`);
    expect(differences).toEqual([]);
  }, 180_000);

  it('runs a complete Wohngeld dialog with the same intents, estimate and reference as the Node server', async () => {
    const steps = ['Wohngeld', '1', '450 Euro', '1500 Euro', 'Lohn', 'nichts davon', 'hier', 'ja', 'Maria Schmidt', '12.03.1980', 'Markt 1, 52349 Düren', 'überspringen', 'überspringen', 'ja'];
    const run = async (base: string) => {
      let conversationId: string | undefined;
      const answers: ChatAnswer[] = [];
      for (const text of steps) {
        const answer = await chat(base, text, conversationId);
        conversationId = answer.conversationId;
        answers.push(answer);
      }
      return answers;
    };
    const [onWorker, onNode] = await Promise.all([run(worker?.url ?? ''), run(node?.url ?? '')]);
    const estimate = (answers: ChatAnswer[]) => answers.flatMap(texts).join('\n').match(/Meine Schätzung: etwa ([\d.]+) €/)?.[1];
    const reference = (answers: ChatAnswer[]) => answers.map((answer) => answer.dialog?.reference).find(Boolean);
    console.log(`workers smoke: Wohngeld dialog, ${steps.length} turns; estimate worker ${estimate(onWorker)} €, node ${estimate(onNode)} €; reference worker ${reference(onWorker)}, node ${reference(onNode)}`);
    expect(estimate(onNode)).toMatch(/^\d/);
    expect(estimate(onWorker)).toBe(estimate(onNode));
    expect(reference(onNode)).toMatch(/^DN-\d{4}-\d{6}$/);
    // The six digits are drawn at random on each runtime, so only the form is the same.
    expect(reference(onWorker)).toMatch(/^DN-\d{4}-\d{6}$/);
    expect(onWorker.map((answer) => answer.intent)).toEqual(onNode.map((answer) => answer.intent));
    const sameForm = (answers: ChatAnswer[]) => answers.map((answer) => texts(answer).map((text) => text.replace(/DN-\d{4}-\d{6}/g, 'DN-…')));
    expect(sameForm(onWorker)).toEqual(sameForm(onNode));
  }, 180_000);
});

/** The NUL check of docs/DEPLOY.md ("Backup and restore (D1)"), word for word. */
const NUL_CHECK = `SELECT 'transcript' AS in_table, conversation_id AS row_key FROM transcript WHERE instr(CAST(text AS BLOB), X'00') > 0
UNION ALL SELECT 'appointments', code FROM appointments WHERE instr(CAST(name AS BLOB), X'00') > 0
UNION ALL SELECT 'survey_responses', id FROM survey_responses WHERE instr(CAST(comment AS BLOB), X'00') > 0
UNION ALL SELECT 'survey_answers', response_id FROM survey_answers WHERE instr(CAST(value AS BLOB), X'00') > 0;`;

describe('the D1 backup of the Worker\'s own database', () => {
  async function d1(config: string, args: string[], cwd: string): Promise<string> {
    const run = await runWrangler(['d1', ...args, 'DB', '--local', '--config', config], 120_000, cwd);
    if (run.code !== 0) throw new Error(`wrangler d1 ${args.join(' ')} failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
    return run.stdout;
  }
  const rows = async <T>(config: string, cwd: string, sql: string) => (JSON.parse(await d1(config, ['execute', '--json', '--command', sql], cwd)) as Array<{ results: T[] }>)[0]?.results ?? [];

  it('restores an export taken after a chat message with control characters (a stored U+0000 made the whole restore fail)', async () => {
    const answer = await chat(worker?.url ?? '', 'Perso\u0000 verloren\u0007');
    // `wrangler d1 export` takes no --persist-to: it reads .wrangler/state beside the config (docs/DEPLOY.md).
    cpSync(join(temp, 'v3'), join(temp, '.wrangler', 'state', 'v3'), { recursive: true });
    const config = join(temp, 'wrangler.toml');
    expect(await rows(config, temp, NUL_CHECK)).toEqual([]);
    const dump = join(temp, 'backup.sql');
    await d1(config, ['export', '--output', dump], temp);
    expect(readFileSync(dump).includes(0)).toBe(false);

    const target = join(temp, 'restored');
    mkdirSync(target);
    writeFileSync(join(target, 'wrangler.toml'), readFileSync(config, 'utf8'));
    await d1(join(target, 'wrangler.toml'), ['execute', '--file', dump], target);
    const restored = await rows<{ text: string }>(join(target, 'wrangler.toml'), target, `SELECT text FROM transcript WHERE conversation_id = '${answer.conversationId}' AND role = 'user'`);
    expect(restored).toEqual([{ text: 'Perso verloren' }]);
    // The documented check finds a NUL that an older version stored.
    await d1(join(target, 'wrangler.toml'), ['execute', '--command', `INSERT INTO transcript (conversation_id, seq, role, text, at) VALUES ('${answer.conversationId}', 99, 'user', CAST(X'50004B' AS TEXT), '2026-01-01T00:00:00.000Z')`], target);
    expect(await rows(join(target, 'wrangler.toml'), target, NUL_CHECK)).toEqual([{ in_table: 'transcript', row_key: answer.conversationId }]);
  }, 300_000);
});
