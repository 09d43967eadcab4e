-- Published content in parts (src/store/content-parts.ts). One version's intent set is about 320 KB of JSON;
-- Cloudflare D1 refuses any SQL statement over 100 KB, so a `wrangler d1 export` holding it in one row could not
-- be restored (`wrangler d1 execute --file` stopped with SQLITE_TOOBIG). The JSON moves into rows of at most
-- 20,000 characters; content_versions keeps the metadata and the number of intents (for the history list).
-- Plain SQL for SQLite (3.35+, also the Debian sqlite3 CLI) and D1; no views or triggers, because
-- `wrangler d1 export` writes triggers before views and could not restore a trigger on a view.

CREATE TABLE content_version_parts (
  version INTEGER NOT NULL REFERENCES content_versions (version) ON DELETE CASCADE,
  part INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (version, part)
);

ALTER TABLE content_versions ADD COLUMN intent_count INTEGER NOT NULL DEFAULT 0;
UPDATE content_versions SET intent_count = json_array_length(intents);

-- Existing versions: json_each over "[0,0,…]" (one element per part: hex(zeroblob(n)) is n times "00") numbers
-- the parts 0 … n-1. substr counts characters here, so a part holds at most 20,000 characters (80 KB of UTF-8).
INSERT INTO content_version_parts (version, part, data)
  SELECT v.version, p.key, substr(v.intents, p.key * 20000 + 1, 20000)
  FROM content_versions v,
       json_each('[' || substr(replace(hex(zeroblob(max(1, (length(v.intents) + 19999) / 20000))), '00', ',0'), 2) || ']') p;

ALTER TABLE content_versions DROP COLUMN intents;
