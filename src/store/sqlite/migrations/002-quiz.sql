-- Quiz sessions in channels. At most one per channel is running, whichever process started it.
CREATE TABLE quiz_sessions (
  id TEXT PRIMARY KEY,
  guild_id TEXT,
  channel_id TEXT NOT NULL,
  started_by TEXT NOT NULL,
  locale TEXT NOT NULL,
  questions_json TEXT NOT NULL,
  seconds_per_question INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'stopped', 'interrupted')),
  round INTEGER NOT NULL,
  round_started_at TEXT,
  message_id TEXT,
  ended_at TEXT
);
CREATE UNIQUE INDEX quiz_sessions_running_in_channel ON quiz_sessions (channel_id) WHERE status = 'running';
CREATE INDEX quiz_sessions_by_guild ON quiz_sessions (guild_id, started_at);

-- One answer per member and round: the unique key, not the caller, refuses a second click.
CREATE TABLE quiz_answers (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  session_id TEXT NOT NULL REFERENCES quiz_sessions (id),
  guild_id TEXT,
  round INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  option_index INTEGER NOT NULL,
  correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
  points INTEGER NOT NULL,
  streak INTEGER NOT NULL,
  at TEXT NOT NULL,
  UNIQUE (session_id, round, user_id)
);
CREATE INDEX quiz_answers_by_member ON quiz_answers (guild_id, user_id);

-- guild_id is '' outside servers, so that a member's card there has a key like any other.
CREATE TABLE practice_cards (
  guild_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  card_id TEXT NOT NULL,
  due TEXT NOT NULL,
  state_json TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (guild_id, user_id, card_id)
);

-- question_key names the question whatever the order of its options; guild_id is '' outside servers.
CREATE TABLE quiz_reports (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  session_id TEXT REFERENCES quiz_sessions (id),
  question_key TEXT NOT NULL,
  question_json TEXT NOT NULL,
  reason TEXT,
  at TEXT NOT NULL,
  UNIQUE (guild_id, user_id, question_key)
);
CREATE INDEX quiz_reports_by_guild ON quiz_reports (guild_id, id);
