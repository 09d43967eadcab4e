/**
 * Limits failed attempts (resume codes) per client and overall, in memory. Codes have 40 bits of
 * entropy, so this is a second line against guessing, not the only one.
 */
export interface AttemptLimiter {
  /** False when this key (or everyone together) failed too often recently. */
  allowed(key: string, now: number): boolean;
  recordFailure(key: string, now: number): void;
}

export function createAttemptLimiter(options: { perKey: number; overall: number; windowMs: number; maxKeys?: number }): AttemptLimiter {
  const failures = new Map<string, number[]>();
  const overall: number[] = [];
  const maxKeys = options.maxKeys ?? 10_000;
  const recent = (list: number[], now: number) => {
    while (list.length > 0 && (list[0] ?? 0) <= now - options.windowMs) list.shift();
    return list.length;
  };
  return {
    allowed(key, now) {
      return recent(failures.get(key) ?? [], now) < options.perKey && recent(overall, now) < options.overall;
    },
    recordFailure(key, now) {
      const list = failures.get(key) ?? [];
      list.push(now);
      failures.delete(key);
      failures.set(key, list);
      if (failures.size > maxKeys) {
        const oldest = failures.keys().next().value;
        if (oldest !== undefined) failures.delete(oldest);
      }
      overall.push(now);
    },
  };
}
