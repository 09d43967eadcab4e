/** Serialises work per key (one conversation's turns run one after another), without blocking other keys. */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * Runs `task` when the work queued before it under `key` has finished. With `waitMs`, gives up waiting after
   * that long (LockWaitTimeout) instead: a turn that takes a second conversation's lock (a resume code taking
   * over the run of the first device) must not wait forever on a turn that waits for its own lock.
   */
  async run<T>(key: string, task: () => Promise<T>, options: { waitMs?: number } = {}): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    try {
      await (options.waitMs === undefined ? previous : waitAtMost(previous, options.waitMs));
    } catch (error) {
      // Given up: the ones queued after this still wait for `previous`, through `tail`.
      release();
      void tail.then(() => {
        if (this.tails.get(key) === tail) this.tails.delete(key);
      });
      throw error;
    }
    try {
      return await task();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

export class LockWaitTimeout extends Error {
  constructor() {
    super('Waited too long for another turn of the same conversation.');
    this.name = 'LockWaitTimeout';
  }
}

function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new LockWaitTimeout()), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
