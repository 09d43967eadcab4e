/** `npm run purge`: deletes everything past its retention period now (the server also does this on a schedule). */
import { readConfig } from '../src/runtime/node/config.js';
import { openSqliteStore } from '../src/runtime/node/open-store.js';
import { purgeExpired } from '../src/store/retention.js';
import { purgeTargets } from '../src/store/purge-targets.js';

const config = readConfig();
const store = await openSqliteStore(config.databasePath);
try {
  const result = await purgeExpired(store.db, new Date(), { conversationDays: config.conversationRetentionDays }, purgeTargets);
  console.log(JSON.stringify({ event: 'purge', database: config.databasePath, deleted: result }));
} finally {
  await store.close();
}
