/**
 * Checks made before the database is opened, so that a wrong setting stops the start with one line naming the
 * variable (report C2) instead of a stack trace, and a port in use is found before migrations run:
 * CONTENT_ROOT and CITY_PROFILE exist, the folder of DATABASE_PATH can be created, HOST:PORT can be bound.
 */
import { mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { ConfigError, configProblem } from '../env-values.js';
import type { NodeConfig } from './config.js';
import { profileFilePath } from './content-fs.js';

const code = (error: unknown): string => (error as NodeJS.ErrnoException | null)?.code ?? '';

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isDirectory(), () => false);
}

/** A listen error (EADDRINUSE, ENOTFOUND, ...) as the setting that caused it. */
export function listenProblem(error: unknown, host: string, port: number): Error {
  switch (code(error)) {
    case 'EADDRINUSE':
      return configProblem('PORT', `already in use on ${host} (another Stadtlotse or another service is listening there)`, String(port));
    case 'EACCES':
      return configProblem('PORT', 'not allowed for this user (ports below 1024 need privileges; use 3000 behind the proxy)', String(port));
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EADDRNOTAVAIL':
    case 'EINVAL':
      return configProblem('HOST', 'is not an address of this machine (use 127.0.0.1 behind a proxy on the same machine, or 0.0.0.0 for all interfaces)', host);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

export async function checkListen(host: string, port: number): Promise<void> {
  // Port 0 takes any free port: nothing to check.
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(listenProblem(error, host, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

export async function checkPaths(config: Pick<NodeConfig, 'contentRoot' | 'cityProfile' | 'databasePath'>): Promise<void> {
  if (!(await isDirectory(config.contentRoot))) throw configProblem('CONTENT_ROOT', 'is not a folder (it must hold intents/, dialogs/ and profiles/)', config.contentRoot);
  const profile = profileFilePath(config.contentRoot, config.cityProfile);
  if (!(await stat(profile).then((info) => info.isFile(), () => false))) {
    throw configProblem('CITY_PROFILE', `has no profile.yaml (looked for ${profile}; a name means a folder under profiles/)`, config.cityProfile);
  }
  if (config.databasePath === ':memory:' || config.databasePath.startsWith('file:')) return;
  const folder = dirname(config.databasePath);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    const why = code(error) === 'EEXIST' || code(error) === 'ENOTDIR' ? 'a file is in the way' : code(error) === 'EACCES' || code(error) === 'EROFS' ? 'no permission to write there' : code(error) || 'failed';
    throw configProblem('DATABASE_PATH', `its folder ${folder} cannot be created (${why})`, config.databasePath);
  }
  if (await isDirectory(config.databasePath)) throw configProblem('DATABASE_PATH', 'is a folder, not a file', config.databasePath);
}

export async function preflight(config: NodeConfig): Promise<void> {
  await checkPaths(config);
  await checkListen(config.host, config.port);
}

/** The one line `npm start` prints when it cannot start. Content errors keep their list, one problem a line. */
export function startFailureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ConfigError) return `Stadtlotse could not start: ${message.split('\n')[0]}`;
  return `Stadtlotse could not start: ${message}`;
}
