/** Direct Line and voice must run on Workers later: no node: modules, no Bot Framework SDK outside its folder. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const channels = join(root, 'src', 'channels');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('channel adapters', () => {
  const webStandard = files(channels).filter((file) => !relative(channels, file).startsWith('botframework'));

  it('finds the Web-standard channel files', () => {
    expect(webStandard.map((file) => relative(channels, file))).toEqual(expect.arrayContaining(['activity.ts', 'directline/index.ts', 'voice/index.ts']));
  });

  it.each(webStandard.map((file) => [relative(root, file), file]))('keeps %s free of node: modules and Node-only packages', (_name, file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
    expect(imports.filter((spec) => spec.startsWith('node:') || ['botframework-connector', '@azure/msal-node', 'ws', '@hono/node-server'].includes(spec))).toEqual([]);
  });
});
