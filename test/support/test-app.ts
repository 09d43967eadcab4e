/** Builds the real app on an in-memory SQLite store with small test content, for app.request() tests. */
import { createAppWithContext, type AppDeps } from '../../src/http/create-app.js';
import { silentLogger } from '../../src/http/logger.js';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { keywordNlu } from './keyword-nlu.js';
import { testContent } from './test-content.js';

export async function createTestApp(overrides: Partial<AppDeps> = {}, store?: SqlStore) {
  const db = store ?? (await openSqliteStore(':memory:'));
  const content = testContent();
  const nlu = keywordNlu({ begruessung: ['hallo', 'hello'], personalausweis: ['ausweis', 'id card'] });
  const built = createAppWithContext({ store: db, nlu: () => nlu, content: () => content, logger: silentLogger, ...overrides });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    built.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { ...built, store: db, post };
}
