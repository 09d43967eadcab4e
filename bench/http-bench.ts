/**
 * `npm run bench`: POST /api/chat against a bare Hono route in the same run, 64 connections each,
 * server in a child process (so the load generator does not share its core), SQLite file database.
 * Prints req/s, p50/p99 latency and the ratio chat / bare. Target: ratio >= 0.5.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startChildServer } from './child-server.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = 64;
const QUESTIONS = [
  'Was kostet ein Personalausweis?',
  'Wo melde ich meinen Wohnsitz an?',
  'Öffnungszeiten Bürgerbüro',
  'Hallo',
  'Wie erreiche ich das Rathaus?',
  'Brauche ich einen Termin für den Reisepass?',
  'Danke',
  'Wie wird das Wetter morgen?',
];

interface Measured {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function run(name: string, url: string, bodies: string[]): Promise<Measured> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
  });
  return { name, requests: result.requests.total, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-bench-'));
const chat = await startChildServer('src/runtime/node/main.ts', { PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'bench.sqlite'), LOG_LEVEL: 'warn', CHAT_RATE_LIMIT_PER_MINUTE: '10000000' });
const bare = await startChildServer('bench/bare-server.ts', { PORT: '0' });
try {
  const conversations: string[] = [];
  for (let n = 0; n < 8; n++) {
    const res = await fetch(`${chat.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Hallo' }) });
    conversations.push(((await res.json()) as { conversationId: string }).conversationId);
  }
  const chatBodies = QUESTIONS.flatMap((text, q) => conversations.map((conversationId, c) => JSON.stringify({ conversationId, text: (q + c) % 2 ? text : text.toLowerCase() })));
  const bareBodies = QUESTIONS.map((text) => JSON.stringify({ text }));
  // Warm-up so the JIT has seen both paths before measuring.
  await run('warm-up', `${chat.url}/api/chat`, chatBodies.slice(0, 8)).catch(() => undefined);
  const bareResult = await run('bare Hono route', `${bare.url}/bare`, bareBodies);
  const chatResult = await run('POST /api/chat', `${chat.url}/api/chat`, chatBodies);
  console.log(`\nHTTP benchmark: ${CONNECTIONS} connections, ${DURATION_S} s each, Node ${process.version}, loopback\n`);
  console.log('| route | requests | req/s | p50 ms | p99 ms | errors | non-2xx |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of [bareResult, chatResult]) console.log(`| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`);
  const ratio = chatResult.rps / bareResult.rps;
  console.log(`\nratio /api/chat : bare route = ${ratio.toFixed(2)} (target >= 0.50) ${ratio >= 0.5 ? 'MET' : 'NOT MET'}`);
} finally {
  await chat.stop();
  await bare.stop();
  rmSync(dir, { recursive: true, force: true });
}
