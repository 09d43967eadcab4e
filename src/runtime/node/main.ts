/** `npm start`: reads the environment, starts the server, prints the URL, shuts down gracefully. */
import { createJsonLogger } from '../../http/logger.js';
import { readConfig } from './config.js';
import { startServer } from './server.js';

const config = readConfig();
const levels = { info: 0, warn: 1, error: 2 } as const;
const base = createJsonLogger((line) => process.stdout.write(`${line}\n`));
const logger = {
  info: (event: string, fields?: Parameters<typeof base.info>[1]) => levels[config.logLevel] <= 0 && base.info(event, fields),
  warn: (event: string, fields?: Parameters<typeof base.warn>[1]) => levels[config.logLevel] <= 1 && base.warn(event, fields),
  error: base.error,
};

try {
  const server = await startServer(config, logger);
  logger.info('started', { url: server.url, database: config.databasePath === ':memory:' ? ':memory:' : 'file', profile: config.cityProfile });
  process.stdout.write(`Stadtlotse is running at ${server.url}\n`);
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
  process.stderr.write(`Stadtlotse could not start:\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
