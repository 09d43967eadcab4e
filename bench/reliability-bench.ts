/**
 * `npm run bench:reliability`: the server in a child process on loopback, SQLite file database.
 *   load   200 connections, 60 s of mixed traffic (new conversations, FAQ, dialog turns), then a bare Hono
 *          route with the same connections: errors, req/s, p50/p99 and the ratio /api/chat : bare.
 *   crash  5 rounds of kill -9 during a stream of problem reports (Mängelmelder submissions): every
 *          reference acknowledged to a client must be in the database afterwards, and PRAGMA integrity_check ok.
 *   --soak 10 minutes of steady load, RSS sampled every 10 s: start, end and trend.
 * Flags: --load, --crash, --soak (default: --load --crash). Env: RELIABILITY_DURATION (s, load), SOAK_DURATION (s),
 * CRASH_ROUNDS, BARE_DURATION (s).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openSqliteDb } from '../src/runtime/node/sqlite-db.js';
import { startChildServer, type ChildServer } from './child-server.js';
import { submitReport } from './reliability-traffic.js';

const args = new Set(process.argv.slice(2));
const runAll = !args.has('--load') && !args.has('--crash') && !args.has('--soak');
const LOAD_S = Number(process.env.RELIABILITY_DURATION ?? 60);
const BARE_S = Number(process.env.BARE_DURATION ?? 20);
const SOAK_S = Number(process.env.SOAK_DURATION ?? 600);
const CRASH_ROUNDS = Number(process.env.CRASH_ROUNDS ?? 5);
const CONNECTIONS = 200;
const SERVER_ENV = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', CHAT_RATE_LIMIT_PER_MINUTE: '10000000' };

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-reliability-'));
const startServer = (name: string) => startChildServer('src/runtime/node/main.ts', { ...SERVER_ENV, DATABASE_PATH: join(dir, `${name}.sqlite`) });

const FAQ = ['Was kostet ein Personalausweis?', 'Öffnungszeiten Bürgerbüro', 'Wo melde ich meinen Wohnsitz an?', 'How do I register a dog?', 'Wann wird der Sperrmüll abgeholt?', 'Danke'];

interface ConnectionContext {
  conversationId?: string;
  n?: number;
}

/** One citizen per connection, repeated: a new conversation, an FAQ question, a problem report started and answered twice, a digression. */
function mixedRequests(): autocannon.Request[] {
  const json = (body: Record<string, unknown>) => JSON.stringify(body);
  const inConversation = (make: (n: number) => Record<string, unknown>): autocannon.Request => ({
    method: 'POST',
    path: '/api/chat',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req, context: ConnectionContext) => ({ ...req, body: json({ conversationId: context.conversationId, ...make(context.n ?? 0) }) }),
  });
  return [
    {
      method: 'POST',
      path: '/api/chat',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req, context: ConnectionContext) => {
        context.n = (context.n ?? 0) + 1;
        return { ...req, body: json({ text: context.n % 3 === 0 ? FAQ[context.n % FAQ.length] : 'Hallo' }) };
      },
      onResponse: (status, body, context: ConnectionContext) => {
        if (status === 200) context.conversationId = (JSON.parse(body) as { conversationId: string }).conversationId;
      },
    },
    inConversation((n) => ({ text: FAQ[(n + 1) % FAQ.length] })),
    inConversation(() => ({ action: 'intent:maengelmelder' })),
    inConversation((n) => ({ text: n % 2 ? 'Schlagloch' : 'die Straßenlaterne ist kaputt' })),
    inConversation(() => ({ text: 'Kölnstraße 12' })),
    inConversation((n) => ({ text: FAQ[(n + 2) % FAQ.length] })),
  ];
}

interface Measured {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

function measured(name: string, r: autocannon.Result): Measured {
  return { name, requests: r.requests.total, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx };
}

function table(rows: Measured[]): void {
  console.log('| run | requests | req/s | p50 ms | p99 ms | errors | timeouts | non-2xx |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.timeouts} | ${r.non2xx} |`);
}

async function load(): Promise<void> {
  const chat = await startServer('load');
  const bare = await startChildServer('bench/bare-server.ts', { PORT: '0' });
  try {
    await autocannon({ url: chat.url, connections: 20, duration: 5, requests: mixedRequests() });
    const mixed = measured(`mixed /api/chat, ${CONNECTIONS} connections, ${LOAD_S} s`, await autocannon({ url: chat.url, connections: CONNECTIONS, duration: LOAD_S, timeout: 30, requests: mixedRequests() }));
    const bodies = FAQ.map((text) => JSON.stringify({ text }));
    let i = 0;
    const bareRun = measured(
      `bare Hono route, ${CONNECTIONS} connections, ${BARE_S} s`,
      await autocannon({ url: `${bare.url}/bare`, connections: CONNECTIONS, duration: BARE_S, method: 'POST', headers: { 'content-type': 'application/json' }, requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }] }),
    );
    console.log(`\n## Load (Node ${process.version}, loopback, server in a child process)\n`);
    table([mixed, bareRun]);
    console.log(`\nratio /api/chat : bare route = ${(mixed.rps / bareRun.rps).toFixed(3)}; errors + timeouts + non-2xx under load = ${mixed.errors + mixed.timeouts + mixed.non2xx}`);
  } finally {
    await chat.stop();
    await bare.stop();
  }
}

async function crash(): Promise<void> {
  const path = join(dir, 'crash.sqlite');
  const acknowledged: string[] = [];
  const rows: string[] = [];
  for (let round = 1; round <= CRASH_ROUNDS; round += 1) {
    const server = await startChildServer('src/runtime/node/main.ts', { ...SERVER_ENV, DATABASE_PATH: path });
    let stop = false;
    let failedInFlight = 0;
    let ackedThisRound = 0;
    const worker = async (w: number) => {
      for (let n = 0; !stop; n += 1) {
        try {
          acknowledged.push(await submitReport(server.url, w * 100_000 + n));
          ackedThisRound += 1;
        } catch {
          failedInFlight += 1;
          return;
        }
      }
    };
    const workers = Array.from({ length: 16 }, (_, w) => worker(w));
    // Kill at an uneven moment once submissions are flowing: after the 8th acknowledgement of the round
    // (at most 60 s), plus 0.1 to 1.6 s.
    for (const until = Date.now() + 60_000; ackedThisRound < 8 && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 100 + ((round * 7919) % 1500)));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await new Promise<void>((resolve) => (server.child.exitCode !== null || server.child.signalCode !== null ? resolve() : server.child.once('exit', () => resolve())));

    const db = await openSqliteDb({ path });
    const integrity = await db.all<{ integrity_check: string }>('PRAGMA integrity_check');
    const stored = new Set((await db.all<{ reference: string }>('SELECT reference FROM submissions')).map((r) => r.reference));
    await db.close();
    const missing = acknowledged.filter((reference) => !stored.has(reference));
    rows.push(`| ${round} | ${ackedThisRound} | ${acknowledged.length} | ${stored.size} | ${failedInFlight} | ${missing.length} | ${integrity.map((r) => r.integrity_check).join(', ')} |`);
  }
  console.log(`\n## Crash safety: ${CRASH_ROUNDS} rounds of kill -9 during a stream of problem reports (16 clients)\n`);
  console.log('| round | acknowledged this round | acknowledged total | submissions in DB | requests cut by the kill | acknowledged but missing | integrity_check |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

function rssMb(server: ChildServer): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function soak(): Promise<void> {
  const server = await startServer('soak');
  const samples: Array<{ s: number; mb: number }> = [];
  const started = performance.now();
  const sample = () => samples.push({ s: Math.round((performance.now() - started) / 1000), mb: rssMb(server) });
  sample();
  const timer = setInterval(sample, 10_000);
  try {
    const result = measured(
      `soak, 32 connections, ${SOAK_S} s`,
      await autocannon({ url: server.url, connections: 32, duration: SOAK_S, timeout: 30, requests: mixedRequests() }),
    );
    sample();
    console.log(`\n## Soak: ${SOAK_S} s of steady mixed load, RSS every 10 s\n`);
    table([result]);
    // Least-squares slope over the samples after the first minute (warm-up: JIT, caches, SQLite page cache).
    const steady = samples.filter((p) => p.s >= 60);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const mx = mean(steady.map((p) => p.s));
    const my = mean(steady.map((p) => p.mb));
    const slope = steady.reduce((a, p) => a + (p.s - mx) * (p.mb - my), 0) / Math.max(1e-9, steady.reduce((a, p) => a + (p.s - mx) ** 2, 0));
    const first = samples[0];
    const last = samples.at(-1);
    console.log(`\nRSS start ${first?.mb.toFixed(1)} MB, after 60 s ${steady[0]?.mb.toFixed(1)} MB, end ${last?.mb.toFixed(1)} MB, max ${Math.max(...samples.map((p) => p.mb)).toFixed(1)} MB; trend after warm-up ${(slope * 60).toFixed(2)} MB/min`);
    console.log(`samples (s:MB): ${samples.map((p) => `${p.s}:${p.mb.toFixed(0)}`).join(' ')}`);
  } finally {
    clearInterval(timer);
    await server.stop();
  }
}

try {
  if (runAll || args.has('--load')) await load();
  if (runAll || args.has('--crash')) await crash();
  if (args.has('--soak')) await soak();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
