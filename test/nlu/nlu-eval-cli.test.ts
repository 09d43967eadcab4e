/**
 * The evaluation CLI (`npm run nlu:eval`), run the way staff and adopting cities run it: a child process on JSONL files.
 * Bad input must name the file, the line and the field, and exit 2 without a stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

async function evalCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/nlu-eval.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'nlu-eval-'));
const rows = (list: [string, string, string][]): string => list.map(([text, intent, split]) => JSON.stringify({ text, intent, split })).join('\n');
const data = join(dir, 'data.jsonl');
writeFileSync(
  data,
  rows([
    ['Wann kommt der Sperrmüll?', 'sperrmuell', 'train'],
    ['Sperrmüll anmelden', 'sperrmuell', 'train'],
    ['Sofa abholen lassen', 'sperrmuell', 'train'],
    ['Wohngeld beantragen', 'wohngeld', 'train'],
    ['Bekomme ich Wohngeld?', 'wohngeld', 'train'],
    ['Zuschuss zur Miete', 'wohngeld', 'train'],
    ['Sperrmülltermin bitte', 'sperrmuell', 'test'],
    ['Wohngeldantrag', 'wohngeld', 'test'],
  ]),
);

describe('npm run nlu:eval', { timeout: 30_000 }, () => {
  it('prints one JSON object with accuracy, macro-F1 and training time for --json', async () => {
    const { code, stdout } = await evalCli('--train', data, '--test', data, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ accuracy: 1, macroF1: 1, train: 6, test: 2 });
    expect(report.trainMs).toBeTypeOf('number');
  });

  it('names a missing file and exits 2 without a stack trace', async () => {
    const { code, stderr } = await evalCli('--train', join(dir, 'missing.jsonl'), '--test', data);
    expect(code).toBe(2);
    expect(stderr).toContain('missing.jsonl: cannot read the file (no such file)');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names the line and the field of a bad row', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${rows([['Wohngeld', 'wohngeld', 'train']])}\n{"text":"","intent":"wohngeld"}\n`);
    const { code, stderr } = await evalCli('--train', bad, '--test', data);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.jsonl:2: field "text": /);
  });

  it('names the line that is not JSON', async () => {
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"text": "Wohngeld",\n');
    const { code, stderr } = await evalCli('--train', broken, '--test', data);
    expect(code).toBe(2);
    expect(stderr).toMatch(/broken\.jsonl:1: not a JSON object/);
  });
});
