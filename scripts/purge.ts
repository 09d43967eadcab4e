/**
 * `npm run purge`: deletes everything past its retention period now (the server also does this on a schedule).
 * It needs the service's DATABASE_PATH: without it, it used to create ./data/stadtlotse.sqlite in the checkout and
 * "purge" that empty file, which looked like success (report C5). It names the file it purged.
 */
import { existsSync } from 'node:fs';
import { readConfig } from '../src/runtime/node/config.js';
import { openSqliteStore } from '../src/runtime/node/open-store.js';
import { purgeExpired } from '../src/store/retention.js';
import { purgeTargets } from '../src/store/purge-targets.js';

const config = readConfig();
if (!config.databasePathSet || config.databasePath === ':memory:') {
  process.stderr.write('npm run purge: DATABASE_PATH is not set. Run it with the database of the service, e.g. DATABASE_PATH=/var/lib/stadtlotse/stadtlotse.sqlite npm run purge\n');
  process.exit(1);
}
if (!existsSync(config.databasePath)) {
  // A typo in the path would otherwise create a new, empty database and purge nothing.
  process.stderr.write(`npm run purge: DATABASE_PATH: there is no database file, got "${config.databasePath}"\n`);
  process.exit(1);
}
const store = await openSqliteStore(config.databasePath);
try {
  const result = await purgeExpired(store.db, new Date(), { conversationDays: config.conversationRetentionDays }, purgeTargets);
  console.log(JSON.stringify({ event: 'purge', database: config.databasePath, deleted: result }));
} finally {
  await store.close();
}
