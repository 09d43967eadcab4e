/**
 * The staff login brake stores its failures in the database under a keyed hash of name and address (tester-p A2).
 * With CONVERSATION_ID_SECRET every process and every Workers isolate computes the same hash, so a lock recorded by
 * one holds in the next; without it each start draws its own key and sees none of the locks stored before.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readWorkersConfig, type WorkersEnv } from '../../src/runtime/workers/config.js';
import type { throttleKeys } from '../../src/staff/login-throttle.js';

const SECRET = 'ein-gemeinsames-geheimnis-mit-mehr-als-32-zeichen';

/** A fresh copy of the modules, as a new process or isolate loads them: a new random key. */
async function freshIsolate(secret?: string) {
  vi.resetModules();
  const secrets = await import('../../src/dialogs/secrets.js');
  secrets.keyClientHashes(secret);
  const throttle = (await import('../../src/staff/login-throttle.js')) as { throttleKeys: typeof throttleKeys };
  return { keys: (name: string, client: string) => throttle.throttleKeys(name, client), hash: secrets.processKeyedHash, hmac: secrets.hmacSha256Hex };
}

afterEach(() => vi.resetModules());

describe('the keyed hash of the staff login brake', () => {
  it('is the same in two isolates with the same CONVERSATION_ID_SECRET, so a stored lock holds in the next one', async () => {
    const first = await freshIsolate(SECRET);
    const second = await freshIsolate(SECRET);
    expect(await second.keys('maria.schmitz', '203.0.113.7')).toEqual(await first.keys('maria.schmitz', '203.0.113.7'));
  });

  it('differs between isolates without a secret (each start counts anew) and between different secrets', async () => {
    const [a, b] = [await freshIsolate(), await freshIsolate()];
    expect(await a.hash('client\n203.0.113.7')).not.toBe(await b.hash('client\n203.0.113.7'));
    const other = await freshIsolate(`${SECRET}-anders`);
    expect(await other.hash('x')).not.toBe(await (await freshIsolate(SECRET)).hash('x'));
  });

  it('is not the HMAC of the secret itself, so it never equals a conversation id keyed with the same secret', async () => {
    const isolate = await freshIsolate(SECRET);
    expect(await isolate.hash('x')).not.toBe(await isolate.hmac(SECRET, 'x'));
  });

  it('takes CONVERSATION_ID_SECRET on Workers also without Direct Line, and refuses one shorter than 32 characters', () => {
    const env = (vars: Partial<WorkersEnv>) => ({ DB: {} as WorkersEnv['DB'], ...vars });
    expect(readWorkersConfig(env({ CONVERSATION_ID_SECRET: SECRET })).clientHashSecret).toBe(SECRET);
    expect(readWorkersConfig(env({})).clientHashSecret).toBeNull();
    expect(() => readWorkersConfig(env({ CONVERSATION_ID_SECRET: 'kurz' }))).toThrow(/CONVERSATION_ID_SECRET: must be at least 32 characters/);
  });
});
