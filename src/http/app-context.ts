/** What route modules get from the app factory: the engine and the ports, nothing runtime-specific. */
import type { Hono } from 'hono';
import type { ContentBundle } from '../content/model.js';
import type { LiveContent } from '../core/live-content.js';
import type { Nlu } from '../core/ports.js';
import type { TurnEngine } from '../core/turn-engine.js';
import type { SqlStore } from '../store/sql-store.js';
import type { AppEnv } from './app-env.js';
import type { Logger } from './logger.js';

export interface AppContext {
  engine: TurnEngine;
  store: SqlStore;
  nlu: () => Nlu;
  content: () => ContentBundle;
  logger: Logger;
  now: () => Date;
  /** Present when content can be republished at run time (staff workspace). */
  live?: LiveContent;
}

/** A feature (web channel, Bot Framework, staff workspace, ...) mounts its routes through this. */
export type AppPlugin = (app: Hono<AppEnv>, context: AppContext) => void;
