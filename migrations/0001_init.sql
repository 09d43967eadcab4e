-- Conversations: one row per conversation; `state` is plain JSON (dialog state, flags).
CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  locale TEXT NOT NULL CHECK (locale IN ('de', 'en')),
  plain_language INTEGER NOT NULL DEFAULT 0,
  channel TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX conversations_updated_at ON conversations (updated_at);

-- Transcript: what was said, after PII redaction. Deleted with the conversation.
CREATE TABLE transcript (
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('user', 'bot')),
  text TEXT NOT NULL,
  intent TEXT,
  confidence REAL,
  at TEXT NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);

-- Thumbs up/down per answer; no personal data.
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_id TEXT,
  seq INTEGER,
  intent TEXT,
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
  comment TEXT,
  at TEXT NOT NULL
);
CREATE INDEX feedback_intent ON feedback (intent);
