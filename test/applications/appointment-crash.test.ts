/**
 * Appointment bookings interrupted or late (tester-k B1, D1): the booking and its submission are one write,
 * a repeated "ja" after a crash gets the citizen's own booking back, and a slot that has passed is named so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { upsertConversationStatement } from '../../src/store/conversation-repository.js';
import type { SqlDb } from '../../src/store/sql-db.js';
import { createSqlStore } from '../../src/store/sql-store.js';
import { harness, NOW, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

const THURSDAY = ['2026-12-03T00:00:00.000Z', '2026-12-04T00:00:00.000Z'] as const;

async function toSummary(h: Awaited<ReturnType<typeof harness>>) {
  await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
  await h.send('Donnerstag nach 14 Uhr');
  await h.send('1');
  expect(await h.send('Erika Mustermann')).toMatch(/Donnerstag, 3\.12\.2026, 14:00 Uhr[\s\S]*Ist alles richtig/);
}

describe('appointment booking interrupted (kill -9) or confirmed late', () => {
  it('gives a citizen who repeats "ja" after a crash their own booking back, with the same code and reference', async () => {
    const h = await harness();
    await toSummary(h);
    const atSummary = await h.store.getConversation(h.conversationId ?? '');
    const first = await h.send('ja');
    const code = /Bestätigungscode: ([A-Z0-9]{6})/.exec(first)?.[1];
    const reference = h.last.dialog?.reference;
    expect(code).toBeDefined();
    // The crash: booking and submission committed, the turn (state and transcript, one batch) not saved.
    if (!atSummary) throw new Error('no conversation');
    await h.store.db.batch([upsertConversationStatement(atSummary), { sql: 'DELETE FROM transcript WHERE conversation_id = ? AND seq > ?', params: [atSummary.id, atSummary.lastSeq] }]);
    const again = await h.send('ja');
    expect(again).not.toMatch(/jemand anderem/);
    expect(again).toContain(`Bestätigungscode: ${code}`);
    expect(again).toMatch(/Ihre Terminanfrage für Donnerstag, 3\.12\.2026, 14:00 Uhr, [^\n]* ist eingetragen/);
    expect(h.last.dialog?.reference).toBe(reference);
    expect(await h.store.bookedSlotStarts(...THURSDAY)).toEqual(['2026-12-03T13:00:00.000Z']);
    const rows = await h.store.db.all<{ n: number }>("SELECT COUNT(*) AS n FROM submissions WHERE dialog_id = 'buergerbuero_termin'");
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('keeps no booking when the submission could not be stored, so the slot is not blocked', async () => {
    const inner = await openSqliteStore(':memory:');
    let crash = true;
    // The process dies while the submission is written: that write never commits.
    const db: SqlDb = {
      all: (sql, params) => inner.db.all(sql, params),
      first: (sql, params) => inner.db.first(sql, params),
      execScript: (sql) => inner.db.execScript(sql),
      close: () => inner.db.close(),
      batch: async (statements) => {
        if (crash && statements.some((s) => s.sql.includes('INSERT INTO submissions'))) throw new Error('simulated crash while writing the submission');
        return inner.db.batch(statements);
      },
    };
    const h = await harness({ store: createSqlStore(db) });
    await toSummary(h);
    await expect(h.send('ja')).rejects.toThrow(/chat 5\d\d/);
    expect(await inner.bookedSlotStarts(...THURSDAY)).toEqual([]);
    crash = false;
    const again = await h.send('ja');
    expect(again).not.toMatch(/jemand anderem/);
    expect(again).toMatch(/Ihre Terminanfrage für Donnerstag, 3\.12\.2026, 14:00 Uhr, [^\n]* ist eingetragen/);
    expect(await inner.bookedSlotStarts(...THURSDAY)).toEqual(['2026-12-03T13:00:00.000Z']);
  });

  it('says a slot that has passed while the summary was open is over, not that someone else booked it', async () => {
    let now = NOW;
    const h = await harness({ now: () => now });
    await toSummary(h);
    now = new Date('2026-12-03T13:30:00.000Z');
    const reply = await h.send('ja');
    expect(reply).toMatch(/^Dieser Termin ist inzwischen vorbei und nicht mehr buchbar/);
    expect(reply).not.toMatch(/jemand anderem/);
    expect(await h.store.bookedSlotStarts(...THURSDAY)).toEqual([]);
  });

  it('says a slot now inside the notice period is too soon, not that someone else booked it', async () => {
    let now = NOW;
    const h = await harness({ now: () => now });
    await toSummary(h);
    now = new Date('2026-12-03T12:30:00.000Z');
    const reply = await h.send('ja');
    expect(reply).toMatch(/^Dieser Termin ist inzwischen zu kurzfristig/);
    expect(reply).not.toMatch(/jemand anderem/);
  });
});
