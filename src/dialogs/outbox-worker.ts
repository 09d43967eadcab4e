/**
 * Delivers stored submissions to the city's webhook: at least once, HMAC-SHA256-signed, with an
 * Idempotency-Key, retried with exponential backoff. Runtime-agnostic: fetch and Web Crypto; clock and
 * timers are injected (the Node runtime starts it on an interval; Workers can call runOnce from a cron).
 */
import type { OutboxItem, OutboxStore } from '../store/outbox-repository.js';
import { hmacSha256Hex, sha256Hex } from './secrets.js';

export const SIGNATURE_HEADER = 'X-Stadtlotse-Signature';

export interface OutboxWorkerOptions {
  store: OutboxStore;
  url: string;
  secret: string;
  fetch?: typeof fetch;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  batchSize?: number;
  /** First retry after this delay, doubling each attempt up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  onError?: (error: string, item: OutboxItem) => void;
  /** After a successful delivery (the Node runtime logs it, so monitoring sees deliveries, not only failures). */
  onDelivered?: (item: OutboxItem) => void;
}

export interface OutboxWorker {
  /** Delivers everything that is due now; never throws for a failed delivery. */
  runOnce(): Promise<{ delivered: number; failed: number }>;
  start(intervalMs: number): void;
  stop(): void;
}

/**
 * The Idempotency-Key the city's system sees: a SHA-256 of the stored key, the same on every attempt. The stored
 * key starts with the conversation id, the only key to the citizen's transcript (read, continue, erase), and the
 * case system must not hold it (report j-6); the reference identifies the case. An erasure marker has its own key.
 */
export function deliveryKey(item: OutboxItem): Promise<string> {
  return sha256Hex(`stadtlotse-delivery:${item.idempotencyKey}`);
}

export function webhookBody(item: OutboxItem, key: string): string {
  return JSON.stringify({ reference: item.reference, type: item.type, dialog: item.dialogId, createdAt: item.createdAt, idempotencyKey: key, submission: item.payload });
}

export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempts, 30));
}

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? (() => new Date());
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const base = options.baseDelayMs ?? 30_000;
  const max = options.maxDelayMs ?? 3_600_000;
  let running: Promise<{ delivered: number; failed: number }> | null = null;
  let timer: unknown = null;
  let stopped = true;

  async function deliver(item: OutboxItem): Promise<string | null> {
    const key = await deliveryKey(item);
    const body = webhookBody(item, key);
    const signature = await hmacSha256Hex(options.secret, body);
    try {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: `sha256=${signature}`, 'Idempotency-Key': key, 'X-Stadtlotse-Reference': item.reference },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      return response.ok ? null : `HTTP ${response.status}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  async function runBatch(): Promise<{ delivered: number; failed: number }> {
    const due = await options.store.dueOutbox(now().toISOString(), options.batchSize ?? 20);
    let delivered = 0;
    let failed = 0;
    for (const item of due) {
      const error = await deliver(item);
      const at = now();
      if (error === null) {
        await options.store.markDelivered(item.submissionId, at.toISOString());
        options.onDelivered?.(item);
        delivered += 1;
      } else {
        await options.store.markAttemptFailed(item.submissionId, new Date(at.getTime() + backoffMs(item.attempts, base, max)).toISOString(), error);
        options.onError?.(error, item);
        failed += 1;
      }
    }
    return { delivered, failed };
  }

  const worker: OutboxWorker = {
    runOnce() {
      // One run at a time: an interval tick during a slow delivery joins the running one.
      running ??= runBatch().finally(() => {
        running = null;
      });
      return running;
    },
    start(intervalMs) {
      stopped = false;
      const tick = () => {
        worker
          .runOnce()
          .catch((error: unknown) => options.onError?.(error instanceof Error ? error.message : String(error), { submissionId: '', reference: '', type: '', dialogId: '', idempotencyKey: '', payload: {}, createdAt: '', attempts: 0 }))
          .finally(() => {
            if (!stopped) timer = setTimer(tick, intervalMs);
          });
      };
      timer = setTimer(tick, 0);
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
  return worker;
}
