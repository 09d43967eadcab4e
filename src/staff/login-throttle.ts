/**
 * Brute-force protection of the staff login without letting anyone lock out a colleague (report A4). It used
 * to lock the account *and* the client address for 15 minutes after 5 wrong passwords: anyone who knew a user
 * name could keep that account locked, and one clerk's typing errors locked the whole office behind its NAT.
 *
 * Now:
 * - per account *and* address: 4 free tries, then each wrong password makes the next try from that address
 *   wait longer (1, 2, 4, 8, then 15 minutes). The same account from another address is not affected.
 * - per address, over all names: 20 wrong passwords in 15 minutes lock that address for 15 minutes (password
 *   spraying over many names). A success does not reset it, so a valid account cannot be used to reset it.
 * What remains (SECURITY.md): a guesser with many addresses, and without TRUST_PROXY all clients share the
 * proxy's address. Put /staff behind an allow-list or SSO at the proxy.
 */
import type { StaffRepository } from './store/staff-repository.js';
import { processKeyedHash } from '../dialogs/secrets.js';

export const FREE_FAILURES = 4;
export const DELAYS_MINUTES = [1, 2, 4, 8, 15] as const;
/** The escalation of one account+address pair starts again an hour after its first failure (once no wait runs). */
export const PAIR_WINDOW_MINUTES = 60;
export const ADDRESS_MAX_FAILURES = 20;
export const ADDRESS_LOCK_MINUTES = 15;

/** The wait after the n-th wrong password of one account from one address. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  const step = Math.min(failures - FREE_FAILURES, DELAYS_MINUTES.length) - 1;
  return (DELAYS_MINUTES[step] ?? ADDRESS_LOCK_MINUTES) * 60_000;
}

export interface ThrottleKeys {
  pair: string;
  address: string;
}

/** Keyed hashes of name+address and of the address: the database never holds either as text. */
export async function throttleKeys(name: string, client: string): Promise<ThrottleKeys> {
  return { pair: `pair:${await processKeyedHash(`${name}\n${client}`)}`, address: `client:${await processKeyedHash(client)}` };
}

export function createLoginThrottle(repo: StaffRepository) {
  return {
    /** When a running wait or lock ends, or null. */
    waitUntil: (keys: ThrottleKeys, now: Date) => repo.lockedUntil([keys.pair, keys.address], now.toISOString()),
    async failed(keys: ThrottleKeys, now: Date): Promise<void> {
      await repo.recordFailureWithDelay(keys.pair, now, PAIR_WINDOW_MINUTES * 60_000, delayAfter);
      await repo.recordFailure([keys.address], now, ADDRESS_MAX_FAILURES, ADDRESS_LOCK_MINUTES * 60_000, ADDRESS_LOCK_MINUTES * 60_000);
    },
    succeeded: (keys: ThrottleKeys, now: Date) => repo.clearFailures([keys.pair], now.toISOString()),
  };
}
