/**
 * The longest time the event loop could not run anything else (a citizen's turn) while `work` ran: a 1 ms
 * interval timer notes the largest gap between its runs. (perf_hooks' monitorEventLoopDelay under-reported
 * long blocks badly: 0.6 s for a 10.5 s block of the staff inbox.)
 */
export async function withStallProbe<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  const result = await work();
  clearInterval(timer);
  return { result, stallMs: Math.max(worst, performance.now() - last) };
}
