-- Submissions of guided applications (Wohngeld, appointments, ...). The ONLY table with the citizen's
-- personal data; each row is deleted at retain_until (storage limitation, GDPR Art. 5(1)(e)).
CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  dialog_id TEXT NOT NULL,
  -- conversation id + dialog run id: a repeated confirmation finds the same row.
  idempotency_key TEXT NOT NULL UNIQUE,
  conversation_id TEXT,
  payload TEXT NOT NULL,
  -- SHA-256 (hex) of the secret token that opens the printable summary page.
  summary_token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  retain_until TEXT NOT NULL
);
CREATE INDEX submissions_retain_until ON submissions (retain_until);

-- Reference numbers: one counter per prefix and year ("DN-2026").
CREATE TABLE submission_sequences (
  scope TEXT PRIMARY KEY,
  last_value INTEGER NOT NULL
);

-- Outbox: one row per submission to deliver to the city's webhook (at least once, with backoff).
CREATE TABLE submission_outbox (
  submission_id TEXT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  delivered_at TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX submission_outbox_due ON submission_outbox (delivered_at, next_attempt_at);

-- Resume codes: continue a dialog on another device. Only the SHA-256 of the code is stored.
CREATE TABLE resume_codes (
  code_hash TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX resume_codes_expires_at ON resume_codes (expires_at);
