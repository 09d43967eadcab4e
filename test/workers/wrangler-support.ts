/**
 * Runs the pinned wrangler locally for the Workers checks: no login, no telemetry, its config in a temp folder,
 * always in its own process group so a test can stop it with everything it started (workerd).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const WRANGLER = join(ROOT, 'node_modules/wrangler/bin/wrangler.js');

export function wranglerEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'stadtlotse-wrangler-config-')),
    WRANGLER_SEND_METRICS: 'false',
    CI: '1',
    // Miniflare would otherwise download the Request.cf placeholder from workers.cloudflare.com.
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

/**
 * wrangler.toml without its [build] section, for scratch configs of tests that build the bundle themselves
 * (wrangler would run `npm run build:workers` in the config's folder, from the repository's content).
 */
export function withoutCustomBuild(toml: string): string {
  return toml.replace(/^\[build\]\n(?:(?!\[).*\n)*/m, '');
}

export interface WranglerRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a wrangler command to completion (killed with its group after timeoutMs), in `cwd` (default: the repository). */
export function runWrangler(args: string[], timeoutMs: number, cwd = ROOT): Promise<WranglerRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [WRANGLER, ...args], { cwd, env: wranglerEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      killGroup(child);
      reject(new Error(`wrangler ${args.join(' ')} took longer than ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr });
    });
  });
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops a process group: SIGTERM, then SIGKILL if it is still there after graceMs. */
export async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  killGroup(child, 'SIGTERM');
  const timer = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), graceMs).unref());
  if ((await Promise.race([exited, timer])) === 'timeout') {
    killGroup(child, 'SIGKILL');
    await exited;
  }
  // workerd may outlive wrangler in the same group.
  try {
    process.kill(-(child.pid as number), 'SIGKILL');
  } catch {
    // The group is empty.
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface WranglerDev {
  url: string;
  /** Duration of the first successful /health: isolate start plus building the app (the cold start). */
  firstRequestMs: number;
  child: ChildProcess;
  output: () => string;
}

/** `wrangler dev --local` on 127.0.0.1; resolves when /health answers. */
export async function startWranglerDev(options: { persistTo: string; vars: Record<string, string>; timeoutMs: number; args?: string[] }): Promise<WranglerDev> {
  const port = await freePort();
  const inspectorPort = await freePort();
  const vars = Object.entries(options.vars).flatMap(([key, value]) => ['--var', `${key}:${value}`]);
  const child = spawn(
    process.execPath,
    [WRANGLER, 'dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort), '--persist-to', options.persistTo, '--show-interactive-dev-session=false', '--test-scheduled', ...vars, ...(options.args ?? [])],
    { cwd: ROOT, env: wranglerEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output}`);
    try {
      const started = performance.now();
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(30_000) });
      if (res.status === 200) return { url, child, output: () => output, firstRequestMs: Math.round(performance.now() - started) };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  await stopGroup(child);
  throw new Error(`wrangler dev did not answer /health within ${options.timeoutMs} ms:\n${output}`);
}
