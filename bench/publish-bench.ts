/**
 * `npm run bench:publish`: publish-to-live time of the staff workspace on the Düren content: retrain the NLU
 * on the full draft, store the version, swap it live (LiveContent.swap). Target: < 1 s. The check before a
 * publish (the publish page) trains the draft and cross-validates it; the publish then puts that model live
 * without training again, so the target's "retrain + store + swap" is the check's training plus the
 * publish's store and swap, and the publish call itself is reported too. SQLite in memory; the draft gets one
 * new example per round. While each check runs, a simulated citizen sends chat turns through the app in the same
 * process, and a timer notes the longest event-loop stall: the check must not hold up (or time out) the chat.
 */
import { LiveContent } from '../src/core/live-content.js';
import { createApp } from '../src/http/create-app.js';
import { silentLogger } from '../src/http/logger.js';
import { createDialogValidator } from '../src/dialogs/validate-content.js';
import { createDefaultRegistry } from '../src/dialogs/applications.js';
import { trainNlu } from '../src/nlu/index.js';
import { openSqliteStore, PROJECT_ROOT } from '../src/runtime/node/open-store.js';
import { loadStaffContent } from '../src/runtime/node/staff-content.js';
import { createContentService } from '../src/staff/content-service.js';
import { createContentRepository } from '../src/staff/store/content-repository.js';
import { withStallProbe } from './stall-probe.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET_MS = 1000;

const store = await openSqliteStore(':memory:');
const loaded = await loadStaffContent(PROJECT_ROOT, process.env.CITY_PROFILE ?? 'dueren', store, createDialogValidator(createDefaultRegistry()));
const live = new LiveContent(loaded.content, trainNlu(loaded.content));
const repo = createContentRepository(store.db);
const service = createContentService({ repo, live, assemble: loaded.options.assemble, maxLossPoints: async () => 100, now: () => new Date() });
const actor = { id: 'bench', username: 'bench' };
const chatApp = createApp({ store, nlu: live.nlu, content: live.content, live, logger: silentLogger });
const questions = ['Wie beantrage ich einen Reisepass?', 'Wann kommt der Sperrmüll?', 'Hund anmelden', 'how do I register my address'];

/** Chat turns that did not get a 200, with their status and the start of the body. */
const failed: string[] = [];

/** One citizen after another sends chat turns while `work` runs; the time each answered turn took, in ms. */
async function withChatTurns<T>(work: () => Promise<T>): Promise<{ result: T; turns: number[] }> {
  const turns: number[] = [];
  let running = true;
  const citizen = (async () => {
    for (let i = 0; running; i++) {
      const started = performance.now();
      const res = await chatApp.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: questions[i % questions.length] }) });
      const body = await res.text();
      if (res.status === 200) turns.push(performance.now() - started);
      else failed.push(`${res.status} ${body.slice(0, 160)}`);
    }
  })();
  const result = await work();
  running = false;
  await citizen;
  return { result, turns };
}

const live_ms: number[] = [];
const stall_ms: number[] = [];
const turn_ms: number[] = [];
const train_ms: number[] = [];
const swap_ms: number[] = [];
const call_ms: number[] = [];
const check_ms: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const draft = await service.draftIntents();
  const target = draft.find((intent) => intent.id === 'personalausweis') ?? draft[0];
  if (!target) throw new Error('no intents');
  const changed = { ...target, examples: { ...target.examples, de: [...target.examples.de, `ausweis frage ${round} ${Date.now()}`] } };
  const at = new Date().toISOString();
  await repo.saveDraftIntent(changed, at, 'bench', { at, userId: null, username: 'bench', action: 'intent.update' });
  const checkStarted = performance.now();
  const { result: { stallMs }, turns } = await withChatTurns(() => withStallProbe(() => service.check()));
  turn_ms.push(...turns);
  check_ms.push(performance.now() - checkStarted);
  stall_ms.push(stallMs);
  const result = await service.publish(actor, { confirmed: true, note: `bench ${round}` });
  if (result.status !== 'published') throw new Error('publish was blocked');
  if (result.retrained) throw new Error('the publish trained again although the check had trained the same draft');
  train_ms.push(result.trainMs);
  swap_ms.push(result.swapMs);
  live_ms.push(result.trainMs + result.swapMs);
  call_ms.push(result.liveMs);
}
await store.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const max = (values: number[]) => Math.max(...values);
const examples = loaded.content.intents.reduce((n, i) => n + i.examples.de.length + i.examples.en.length, 0);
console.log(`Publish-to-live on ${loaded.content.intents.length} intents / ${examples} examples, ${ROUNDS} rounds:`);
console.log(`  retrain + store + swap: median ${median(live_ms).toFixed(0)} ms, max ${max(live_ms).toFixed(0)} ms (retrain alone: median ${median(train_ms).toFixed(0)} ms, store + swap: median ${median(swap_ms).toFixed(1)} ms)`);
console.log(`  the publish call after the check (the model the check trained goes live): median ${median(call_ms).toFixed(1)} ms, max ${max(call_ms).toFixed(1)} ms`);
console.log(`  check before publishing (draft training + 5-fold CV, cached for the published version): median ${median(check_ms).toFixed(0)} ms`);
console.log(`  longest event-loop stall during the check (no citizen's turn can run): median ${median(stall_ms).toFixed(0)} ms, max ${max(stall_ms).toFixed(0)} ms`);
const over = (ms: number) => turn_ms.filter((t) => t > ms).length;
console.log(`  chat turns answered during the checks, one citizen after another: ${turn_ms.length}, median ${median(turn_ms).toFixed(1)} ms, max ${max(turn_ms).toFixed(0)} ms; over 100 ms: ${over(100)}, over 1 s: ${over(1000)}; failed: ${failed.length}${failed[0] ? ` (first: ${failed[0]})` : ''}`);
console.log(`  target < ${TARGET_MS} ms: ${median(live_ms) < TARGET_MS ? 'met' : 'NOT met'}`);
if (median(live_ms) >= TARGET_MS) process.exitCode = 1;
