/**
 * The Workers build: `wrangler deploy --dry-run` bundles the entry with the generated content and model; the
 * bundle fits Cloudflare's size limit, its import graph holds only node: modules that nodejs_compat provides
 * natively (no unenv stub that would throw at run time), and its startup (global scope) stays under the limit.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getCloudflarePreset } from '@cloudflare/unenv-preset';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkersBundle } from '../../scripts/build-workers.js';
import { ROOT, runWrangler } from './wrangler-support.js';

const MIB = 1024 * 1024;
/** Cloudflare's limits on the compressed (gzip) Worker: paid plan 10 MB, free plan 3 MB. */
const PAID_LIMIT = 10 * MIB;
const FREE_LIMIT = 3 * MIB;
/** Cloudflare rejects a Worker whose global scope takes longer than this to evaluate. */
const STARTUP_LIMIT_MS = 1000;

interface Metafile {
  inputs: Record<string, { imports?: Array<{ path: string; external?: boolean; original?: string }> }>;
  outputs: Record<string, { bytes: number }>;
}

const out = mkdtempSync(join(tmpdir(), 'stadtlotse-workers-build-'));
let dryRun = '';

beforeAll(async () => {
  await buildWorkersBundle();
  const run = await runWrangler(['deploy', '--dry-run', '--outdir', out, '--metafile', join(out, 'meta.json')], 120_000);
  dryRun = run.stdout + run.stderr;
  if (run.code !== 0) throw new Error(`wrangler deploy --dry-run failed (${run.code}):\n${dryRun}`);
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

function compatibility(): { compatibilityDate: string; compatibilityFlags: string[] } {
  const toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8');
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  const flags = /^compatibility_flags\s*=\s*\[([^\]]*)\]/m.exec(toml)?.[1] ?? '';
  if (!date) throw new Error('wrangler.toml has no compatibility_date');
  return { compatibilityDate: date, compatibilityFlags: [...flags.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '') };
}

describe('the Workers bundle', () => {
  it('fits the gzip size limit of the paid plan, and reports the free plan', () => {
    const code = readFileSync(join(out, 'index.js'));
    const gzip = gzipSync(code).length;
    const reported = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(dryRun);
    console.log(
      `workers bundle: ${(code.length / MIB).toFixed(2)} MiB raw, ${(gzip / MIB).toFixed(2)} MiB gzip (wrangler: ${reported?.[1]} KiB / gzip ${reported?.[2]} KiB); ` +
        `paid limit 10 MiB: ${gzip < PAID_LIMIT ? 'met' : 'EXCEEDED'}, free limit 3 MiB: ${gzip < FREE_LIMIT ? 'met' : 'exceeded'}`,
    );
    expect(reported, dryRun).not.toBeNull();
    expect(gzip).toBeLessThan(PAID_LIMIT);
    expect(Number(reported?.[2]) * 1024).toBeLessThan(PAID_LIMIT);
  });

  it('imports only node: modules that nodejs_compat provides natively, and no unenv stubs', () => {
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as Metafile;
    const preset = getCloudflarePreset(compatibility());
    const native = new Set((preset.external ?? []).map((name) => name.replace(/^node:/, '')));
    const builtins = new Set<string>();
    for (const input of Object.values(meta.inputs)) {
      for (const imported of input.imports ?? []) {
        for (const name of [imported.path, imported.original ?? '']) {
          if (name.startsWith('node:')) builtins.add(name.slice('node:'.length));
          else if (native.has(name)) builtins.add(name);
        }
      }
    }
    const stubs = Object.keys(meta.inputs).filter((path) => /(^|\/)unenv\//.test(path));
    console.log(`workers bundle: ${Object.keys(meta.inputs).length} modules; node: modules imported: ${[...builtins].sort().join(', ') || 'none'}`);
    expect([...builtins].filter((name) => !native.has(name))).toEqual([]);
    expect(stubs).toEqual([]);
    // The entry really is the graph that was checked: the engine, the D1 store and the generated bundle are in it.
    expect(Object.keys(meta.inputs)).toEqual(expect.arrayContaining(['src/runtime/workers/index.ts', 'src/runtime/workers/d1-db.ts', 'src/runtime/workers/generated/bundle.js', 'src/core/turn-engine.ts']));
    // Node-only code never reaches the Worker.
    expect(Object.keys(meta.inputs).filter((path) => /botframework|sqlite3|src\/runtime\/node\//.test(path))).toEqual([]);
  });

  it('uses migrations that D1 accepts: no PRAGMA, no transaction statements (D1 runs each file atomically)', () => {
    const files = readdirSync(join(ROOT, 'migrations')).filter((name) => name.endsWith('.sql'));
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((name) => {
      const sql = readFileSync(join(ROOT, 'migrations', name), 'utf8').replace(/--[^\n]*/g, '');
      return [...sql.matchAll(/^\s*(PRAGMA\b|BEGIN(\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\s+TRANSACTION)?\s*;|COMMIT\b|END\s+TRANSACTION\b|ROLLBACK\b|SAVEPOINT\b|RELEASE\b)/gim)].map((m) => `${name}: ${m[1]}`);
    });
    expect(offending).toEqual([]);
  });

  it('starts (global scope) well within the startup limit', async () => {
    const profilePath = join(out, 'startup.cpuprofile');
    const run = await runWrangler(['check', 'startup', '--outfile', profilePath], 120_000);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as { nodes: Array<{ id: number; callFrame: { functionName: string } }>; samples: number[]; timeDeltas: number[] };
    const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
    // A sample's delta is the time since the previous one; count the time of every non-idle sample.
    let busyUs = 0;
    profile.samples.forEach((id, index) => {
      if (index > 0 && !idle.has(id)) busyUs += profile.timeDeltas[index] ?? 0;
    });
    const startupMs = Math.round(busyUs / 1000);
    console.log(`workers startup (wrangler check startup, local CPU profile): ${startupMs} ms of ${STARTUP_LIMIT_MS} ms allowed`);
    expect(startupMs).toBeGreaterThan(0);
    expect(startupMs).toBeLessThan(STARTUP_LIMIT_MS);
  }, 150_000);
});
