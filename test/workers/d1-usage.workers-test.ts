/**
 * D1 rows read and written per chat turn, from D1's own meta (what Cloudflare bills): the figures in docs/DEPLOY.md
 * ("Cost"). The bounds catch a change that makes a turn scan a table.
 */
import { applyD1Migrations, env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { D1DatabaseLike, D1PreparedStatementLike } from '../../src/runtime/workers/d1-db.js';
import worker from '../../src/runtime/workers/index.js';
import type { WorkersEnv } from '../../src/runtime/workers/config.js';

interface Meta {
  rows_read?: number;
  rows_written?: number;
}
type Statement = D1PreparedStatementLike & { inner: D1PreparedStatementLike };

/** The D1 binding, counting every statement's rows_read and rows_written. */
function metered(db: D1DatabaseLike) {
  const totals = { read: 0, written: 0, statements: 0 };
  const add = (meta: Meta | undefined) => {
    totals.read += meta?.rows_read ?? 0;
    totals.written += meta?.rows_written ?? 0;
    totals.statements += 1;
  };
  const wrap = (inner: D1PreparedStatementLike): Statement => ({
    inner,
    bind: (...values: unknown[]) => wrap(inner.bind(...values)),
    all: async <T>() => {
      const result = (await inner.all<T>()) as { results: T[]; meta?: Meta };
      add(result.meta);
      return result;
    },
    // first() carries no meta: read it through all(), as D1 does.
    first: async <T>() => {
      const result = (await inner.all<T>()) as { results: T[]; meta?: Meta };
      add(result.meta);
      return result.results[0] ?? null;
    },
    run: async () => {
      const result = (await inner.run()) as { meta: Meta & { changes?: number } };
      add(result.meta);
      return result;
    },
  });
  const binding: D1DatabaseLike = {
    prepare: (sql) => wrap(db.prepare(sql)),
    batch: async (statements) => {
      const results = await db.batch(statements.map((s) => (s as Statement).inner));
      for (const result of results) add(result.meta as Meta);
      return results;
    },
    exec: (sql) => db.exec(sql),
  };
  /** The totals since the last take. */
  const take = () => {
    const since = { ...totals };
    Object.assign(totals, { read: 0, written: 0, statements: 0 });
    return since;
  };
  return { binding, take };
}

async function chat(workerEnv: WorkersEnv, text: string, conversationId?: string) {
  const res = await worker.fetch(new Request('https://stadtlotse.example/api/chat', { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.9' }, body: JSON.stringify({ text, ...(conversationId ? { conversationId } : {}) }) }), workerEnv);
  expect(res.status).toBe(200);
  return (await res.json()) as { conversationId: string };
}

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

describe('D1 usage per chat turn', () => {
  it('stays within a few dozen rows read and a handful written per turn', async () => {
    const meter = metered(env.DB as unknown as D1DatabaseLike);
    const workerEnv = { ...env, DB: meter.binding } as WorkersEnv;
    await chat(workerEnv, 'Hallo');
    const start = meter.take();
    const first = await chat(workerEnv, 'Was kostet der Personalausweis?');
    const firstTurn = meter.take();
    await chat(workerEnv, 'Und der Reisepass?', first.conversationId);
    const nextTurn = meter.take();
    console.log(`d1 usage: isolate start + first turn ${start.read} read / ${start.written} written (${start.statements} statements); new conversation ${firstTurn.read} / ${firstTurn.written} (${firstTurn.statements}); next turn ${nextTurn.read} / ${nextTurn.written} (${nextTurn.statements})`);
    for (const turn of [firstTurn, nextTurn]) {
      expect(turn.read).toBeLessThan(50);
      expect(turn.written).toBeLessThan(20);
    }
  });
});
