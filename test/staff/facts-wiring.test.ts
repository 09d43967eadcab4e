import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkersBundle } from '../../scripts/build-workers.js';
import { loadStaffContent } from '../../src/runtime/node/staff-content.js';
import { openSqliteStore, PROJECT_ROOT } from '../../src/runtime/node/open-store.js';

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The editor's facts check needs docs/facts.md at run time: read from disk on Node, bundled for Workers.
describe('the verified facts reach the staff workspace', () => {
  it('on Node, from the content root', async () => {
    const store = await openSqliteStore(':memory:');
    const loaded = await loadStaffContent(PROJECT_ROOT, 'dueren', store, undefined);
    expect(loaded.options.facts).toMatch(/02421 25-2000/);
    await store.close();
  });

  it('on Workers, in the bundle', async () => {
    const { bundle } = await buildWorkersBundle({ out: join(dir, 'bundle.js') });
    expect(bundle.facts).toMatch(/02421 25-2000/);
  }, 60_000);
});
