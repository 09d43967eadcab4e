-- Bürgerbüro appointments booked in chat. One booking per slot: the partial UNIQUE index makes the
-- database, not the application, decide between concurrent attempts; a cancelled booking frees the slot.
-- `starts_at`/`ends_at` are UTC instants (ISO 8601); `code` is what the citizen quotes to cancel or move.
CREATE TABLE appointments (
  code TEXT PRIMARY KEY,
  service TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  name TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
  conversation_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX appointments_one_booking_per_slot ON appointments (starts_at) WHERE status = 'booked';
CREATE INDEX appointments_ends_at ON appointments (ends_at);

-- Needs survey: anonymous. No conversation id, no timestamp finer than the day, free text only after
-- PII redaction. One row per answer value so that staff can count them.
CREATE TABLE survey_responses (
  id TEXT PRIMARY KEY,
  survey TEXT NOT NULL,
  submitted_on TEXT NOT NULL,
  comment TEXT
);
CREATE INDEX survey_responses_survey ON survey_responses (survey, submitted_on);

CREATE TABLE survey_answers (
  response_id TEXT NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
  question TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (response_id, question, value)
);
CREATE INDEX survey_answers_question ON survey_answers (question, value);
