/**
 * `npx tsx bench/inbox-bench.ts`: the staff inbox under the worst case the data allows (tester-n finding 2).
 * Anonymous citizens can fill the inbox with up to 5,000 unrecognised questions of 1,000 characters of random
 * words; opening /staff/inbox must not hold up the single event loop (every citizen's turn and /health) for
 * long. For 500, 1,000 and 5,000 such questions (BENCH_SIZES=500,1000 to choose) it reports the time of
 * groupMessages alone, the time of the whole GET /staff/inbox, and the longest event-loop block during that
 * request (a 1 ms timer's largest gap, bench/stall-probe.ts). Düren content, SQLite in
 * memory. BENCH_WORDS=2 (default) or 8: the length of the random words (2-letter words are the slowest).
 */
import { LiveContent } from '../src/core/live-content.js';
import { createAppWithContext } from '../src/http/create-app.js';
import { silentLogger } from '../src/http/logger.js';
import { createDialogValidator } from '../src/dialogs/validate-content.js';
import { createDefaultRegistry } from '../src/dialogs/applications.js';
import { trainNlu } from '../src/nlu/index.js';
import { openSqliteStore, PROJECT_ROOT } from '../src/runtime/node/open-store.js';
import { loadStaffContent } from '../src/runtime/node/staff-content.js';
import { hashPassword } from '../src/staff/crypto.js';
import { groupMessages } from '../src/staff/inbox.js';
import { staffPlugin } from '../src/staff/index.js';
import { createInboxRepository } from '../src/staff/store/inbox-repository.js';
import { createStaffRepository } from '../src/staff/store/staff-repository.js';
import { withStallProbe } from './stall-probe.js';

const SIZES = (process.env.BENCH_SIZES ?? '500,1000,5000').split(',').map(Number);
const WORD = Number(process.env.BENCH_WORDS ?? 2);
const PASSWORD = 'bench-passwort-lang-genug-42';

const letters = 'abcdefghijklmnopqrstuvwxyz';
const word = () => Array.from({ length: WORD }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
/** 1,000 characters of random words, the longest text the chat accepts. */
const junk = () => Array.from({ length: Math.ceil(1000 / (WORD + 1)) }, word).join(' ').slice(0, 1000);

async function fixture(size: number) {
  const store = await openSqliteStore(':memory:');
  const loaded = await loadStaffContent(PROJECT_ROOT, process.env.CITY_PROFILE ?? 'dueren', store, createDialogValidator(createDefaultRegistry()));
  const live = new LiveContent(loaded.content, trainNlu(loaded.content));
  const { app } = createAppWithContext({ store, nlu: live.nlu, content: live.content, live, logger: silentLogger, plugins: [staffPlugin({ ...loaded.options, clientKey: () => 'bench' })] });
  const at = new Date().toISOString();
  await createStaffRepository(store.db).createUser(
    { id: 'bench', username: 'bench', roles: ['editor'], passwordHash: await hashPassword(PASSWORD), active: true, createdAt: at, updatedAt: at },
    { at, userId: null, username: 'bench', action: 'user.create' },
  );
  // One conversation per question, as anonymous citizens would leave them (the question, then the fallback).
  const statements = [];
  for (let i = 0; i < size; i++) {
    const id = crypto.randomUUID();
    const when = new Date(Date.now() - i * 1000).toISOString();
    statements.push({ sql: `INSERT INTO conversations (id, locale, channel, created_at, updated_at, last_seq) VALUES (?, 'de', 'web', ?, ?, 2)`, params: [id, when, when] });
    statements.push({ sql: `INSERT INTO transcript (conversation_id, seq, role, text, intent, confidence, at) VALUES (?, 1, 'user', ?, 'unknown', 0.1, ?)`, params: [id, junk(), when] });
    statements.push({ sql: `INSERT INTO transcript (conversation_id, seq, role, text, intent, confidence, at) VALUES (?, 2, 'bot', 'Das habe ich nicht verstanden.', NULL, NULL, ?)`, params: [id, when] });
  }
  await store.db.batch(statements);
  return { app, store };
}

async function login(app: Awaited<ReturnType<typeof fixture>>['app']): Promise<string> {
  const page = await app.request('http://localhost/staff/login');
  const cookies = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const res = await app.request('http://localhost/staff/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
    body: new URLSearchParams({ _csrf: csrf, username: 'bench', password: PASSWORD }),
  });
  if (res.status !== 303) throw new Error(`login answered ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

console.log(`Staff inbox with N unrecognised questions of 1,000 characters of random ${WORD}-letter words:`);
for (const size of SIZES) {
  const { app, store } = await fixture(size);
  const cookie = await login(app);
  const messages = await createInboxRepository(store.db).messages('1970-01-01T00:00:00.000Z');
  const groupStarted = performance.now();
  // Without pauses: the CPU time the grouping needs in all.
  const { groups, comparisons, ungrouped } = await groupMessages(messages, { pause: async () => undefined });
  const groupMs = performance.now() - groupStarted;
  const started = performance.now();
  const { result: res, stallMs } = await withStallProbe(async () => {
    const response = await app.request('http://localhost/staff/inbox', { headers: { cookie } });
    await response.text();
    return response;
  });
  const pageMs = performance.now() - started;
  if (res.status !== 200) throw new Error(`GET /staff/inbox answered ${res.status}`);
  console.log(
    `  ${String(size).padStart(5)} questions: groupMessages ${groupMs.toFixed(0)} ms (${groups.length} groups, ${comparisons} comparisons, ${ungrouped} left ungrouped); GET /staff/inbox ${pageMs.toFixed(0)} ms; longest event-loop block ${stallMs.toFixed(0)} ms`,
  );
  await store.close();
}
