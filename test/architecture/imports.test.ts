/** Architecture rules: the core stays runtime-agnostic; heavy packages are each imported in one place. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const files = sourceFiles(join(root, 'src')).map((file) => ({ file: relative(root, file).split(sep).join('/'), imports: importsOf(file) }));
const isPackage = (spec: string, name: string) => spec === name || spec.startsWith(`${name}/`);

describe('architecture', () => {
  it('finds the source files it checks', () => {
    expect(files.some((f) => f.file.startsWith('src/core/'))).toBe(true);
  });

  it.each(['src/core/', 'src/content/', 'src/store/', 'src/http/', 'src/dialogs/'])('keeps %s free of node: modules and runtime packages', (folder) => {
    const offenders = files
      .filter((f) => f.file.startsWith(folder))
      .flatMap((f) => f.imports.filter((spec) => spec.startsWith('node:') || ['natural', 'sqlite3', 'botframework-connector', '@hono/node-server'].some((p) => isPackage(spec, p))).map((spec) => `${f.file} -> ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('keeps src/nlu free of node: modules', () => {
    expect(files.filter((f) => f.file.startsWith('src/nlu/')).flatMap((f) => f.imports.filter((s) => s.startsWith('node:')).map((s) => `${f.file} -> ${s}`))).toEqual([]);
  });

  it.each([
    ['natural', 'src/nlu/'],
    ['sqlite3', 'src/runtime/node/sqlite-db.ts'],
    ['botframework-connector', 'src/channels/botframework/'],
  ])('imports %s only in %s', (pkg, allowed) => {
    const offenders = files.filter((f) => !f.file.startsWith(allowed) && f.imports.some((spec) => isPackage(spec, pkg))).map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('never imports the natural package root (it loads database drivers and reads .env)', () => {
    const offenders = files.flatMap((f) => f.imports.filter((spec) => spec === 'natural' || spec === 'natural/lib/natural' || spec === 'natural/lib/natural/index.js').map((spec) => `${f.file} -> ${spec}`));
    expect(offenders).toEqual([]);
  });
});
