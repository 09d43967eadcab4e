/** Wires the Node adapters (SQLite, content from disk, NLU) into the runtime-agnostic app. */
import type { Hono } from 'hono';
import type { ContentBundle } from '../../content/model.js';
import type { Nlu } from '../../core/ports.js';
import type { AppEnv } from '../../http/app-env.js';
import { createAppWithContext } from '../../http/create-app.js';
import type { Logger } from '../../http/logger.js';
import { trainNlu } from '../../nlu/index.js';
import type { SqlStore } from '../../store/sql-store.js';
import type { NodeConfig } from './config.js';
import { loadContentFromDisk } from './content-fs.js';
import { openSqliteStore } from './open-store.js';

export interface NodeApp {
  app: Hono<AppEnv>;
  store: SqlStore;
  content: () => ContentBundle;
  nlu: () => Nlu;
  websocket?: { server: import('@hono/node-server').WebSocketServerLike };
  close(): Promise<void>;
}

export async function composeNodeApp(config: NodeConfig, logger: Logger): Promise<NodeApp> {
  const content = await loadContentFromDisk(config.contentRoot, { profile: config.cityProfile });
  const trainStarted = performance.now();
  const nlu = trainNlu(content);
  logger.info('nlu_trained', { intents: content.intents.length, ms: Math.round(performance.now() - trainStarted) });
  const store = await openSqliteStore(config.databasePath);
  const { app } = createAppWithContext({
    store,
    nlu: () => nlu,
    content: () => content,
    logger,
  });
  return {
    app,
    store,
    content: () => content,
    nlu: () => nlu,
    close: () => store.close(),
  };
}
