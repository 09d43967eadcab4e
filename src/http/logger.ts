/** JSON-lines logger. Callers pass metadata only: message text never goes to logs (privacy). */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

// eslint-disable-next-line no-console -- JSON log lines go to stdout by design (12-factor), for any runtime
export function createJsonLogger(write: (line: string) => void = (line) => console.log(line), now: () => Date = () => new Date()): Logger {
  const log = (level: string) => (event: string, fields: LogFields = {}) =>
    write(JSON.stringify({ time: now().toISOString(), level, event, ...fields }));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
