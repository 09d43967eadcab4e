/**
 * Tests that run inside workerd (Cloudflare's runtime) via Miniflare: the D1 store conformance
 * suite and the Workers entry. Local only: no login, no network.
 */
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      miniflare: {
        compatibilityDate: '2026-04-20',
        compatibilityFlags: ['nodejs_compat'],
        d1Databases: ['DB'],
        bindings: { TEST_MIGRATIONS: await readD1Migrations(fileURLToPath(new URL('./migrations', import.meta.url))) },
      },
    })),
  ],
  test: {
    // Not *.test.ts: these import cloudflare:test and run only in workerd, never under the Node config (vitest.config.ts).
    include: ['test/workers/**/*.workers-test.ts'],
    reporters: process.env.VITEST_WORKERS_JSON ? ['default', ['json', { outputFile: process.env.VITEST_WORKERS_JSON }]] : ['default'],
  },
});
