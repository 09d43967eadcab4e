/**
 * The app exactly as `npm start` composes it (src/runtime/node/compose.ts): real content from disk, the
 * trained NLU, dialogs, web pages and middleware, on an in-memory SQLite database. Log lines are kept
 * so tests can check what would have been logged.
 */
import { createJsonLogger } from '../../src/http/logger.js';
import { composeNodeApp, type NodeApp } from '../../src/runtime/node/compose.js';
import { readConfig } from '../../src/runtime/node/config.js';
import { PROJECT_ROOT } from '../../src/runtime/node/open-store.js';

export interface ComposedApp {
  node: NodeApp;
  logs: string[];
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function composedApp(env: Record<string, string> = {}): Promise<ComposedApp> {
  const logs: string[] = [];
  const logger = createJsonLogger((line) => logs.push(line));
  const config = readConfig({ DATABASE_PATH: ':memory:', CHAT_RATE_LIMIT_PER_MINUTE: '10000000', ...env }, PROJECT_ROOT);
  const node = await composeNodeApp(config, logger);
  return {
    node,
    logs,
    request: (path, init) => Promise.resolve(node.app.request(path, init)),
    close: () => node.close(),
  };
}
