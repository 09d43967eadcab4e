-- Staff workspace (/staff): accounts, sessions, login lockout, audit log, content drafts and published
-- versions, inbox decisions, submission progress and settings. Plain SQL, valid on SQLite and Cloudflare D1.

-- Staff accounts. `roles` is a comma-separated subset of editor, clerk, admin. Passwords: PBKDF2-SHA256,
-- stored as "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"; never a plain or default password.
CREATE TABLE staff_users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  roles TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Sessions: only the SHA-256 of the random session id is stored. The CSRF token is bound to the session.
CREATE TABLE staff_sessions (
  id_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX staff_sessions_expires_at ON staff_sessions (expires_at);
CREATE INDEX staff_sessions_user ON staff_sessions (user_id);

-- Failed logins per account ("user:<name>") and per client ("client:<key>"); locked_until set after too many.
CREATE TABLE staff_login_failures (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  first_failed_at TEXT NOT NULL,
  locked_until TEXT
);

-- Every change (and every view of personal data): who, what, when, before/after as JSON.
CREATE TABLE staff_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user_id TEXT,
  username TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX staff_audit_at ON staff_audit (at);

-- The draft: the full intent set staff edit, one row per intent (schema-checked definition as JSON,
-- placeholders like {{profile.website}} unresolved).
CREATE TABLE content_drafts (
  intent_id TEXT PRIMARY KEY,
  definition TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

-- Published versions: each one's full intent set as JSON. The highest version is live.
CREATE TABLE content_versions (
  version INTEGER PRIMARY KEY,
  intents TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('yaml', 'publish', 'rollback', 'import')),
  note TEXT,
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL
);

-- Inbox: what staff decided about a (normalized) citizen question, so it leaves the inbox.
CREATE TABLE staff_inbox_decisions (
  text_key TEXT PRIMARY KEY,
  decision TEXT NOT NULL CHECK (decision IN ('assigned', 'ignored', 'out_of_scope')),
  intent_id TEXT,
  decided_at TEXT NOT NULL,
  decided_by TEXT NOT NULL
);

-- Processing status of a submission, set by clerks; the citizen's status lookup shows it.
CREATE TABLE submission_progress (
  submission_id TEXT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('new', 'in_progress', 'done', 'rejected')),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

-- Workspace settings admins change (e.g. max_regression_points).
CREATE TABLE staff_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
