/**
 * `npm start`: reads the environment, starts the server, logs where it listens, shuts down gracefully. A setting
 * that stops the start is one line on stderr, "Stadtlotse could not start: <VARIABLE>: <reason>, got <value>",
 * and exit code 1: no stack trace (report C2).
 */
import { createJsonLogger } from '../../http/logger.js';
import { readConfig, type NodeConfig } from './config.js';
import { startFailureText } from './preflight.js';
import { startServer } from './server.js';

function fail(error: unknown): never {
  process.stderr.write(`${startFailureText(error)}\n`);
  process.exit(1);
}

let config: NodeConfig;
try {
  config = readConfig();
} catch (error) {
  fail(error);
}
const levels = { info: 0, warn: 1, error: 2 } as const;
const base = createJsonLogger((line) => process.stdout.write(`${line}\n`));
const logger = {
  info: (event: string, fields?: Parameters<typeof base.info>[1]) => levels[config.logLevel] <= 0 && base.info(event, fields),
  warn: (event: string, fields?: Parameters<typeof base.warn>[1]) => levels[config.logLevel] <= 1 && base.warn(event, fields),
  error: base.error,
};

try {
  const server = await startServer(config, logger);
  logger.info('started', { listening: server.listening, url: server.url, database: config.databasePath === ':memory:' ? ':memory:' : 'file', profile: config.cityProfile });
  process.stdout.write(`Stadtlotse is listening on ${server.listening}, reachable here at ${server.url}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutdown', { signal });
    server
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error('shutdown_failed', { error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  fail(error);
}
