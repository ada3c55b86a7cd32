-- The same tables as SQLite's 002-quiz.sql; ids and ISO times in the "C" collation (see 001).

-- Quiz sessions in channels. At most one per channel is running, whichever process started it.
CREATE TABLE quiz_sessions (
  id text COLLATE "C" PRIMARY KEY,
  guild_id text,
  channel_id text NOT NULL,
  started_by text NOT NULL,
  locale text NOT NULL,
  questions_json text NOT NULL,
  seconds_per_question integer NOT NULL,
  started_at text COLLATE "C" NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'finished', 'stopped', 'interrupted')),
  round integer NOT NULL,
  round_started_at text,
  message_id text,
  ended_at text
);
CREATE UNIQUE INDEX quiz_sessions_running_in_channel ON quiz_sessions (channel_id) WHERE status = 'running';
CREATE INDEX quiz_sessions_by_guild ON quiz_sessions (guild_id, started_at);

-- One answer per member and round: the unique key, not the caller, refuses a second click.
CREATE TABLE quiz_answers (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  session_id text NOT NULL REFERENCES quiz_sessions (id),
  guild_id text,
  round integer NOT NULL,
  user_id text COLLATE "C" NOT NULL,
  option_index integer NOT NULL,
  correct boolean NOT NULL,
  points integer NOT NULL,
  streak integer NOT NULL,
  at text NOT NULL,
  UNIQUE (session_id, round, user_id)
);
CREATE INDEX quiz_answers_by_member ON quiz_answers (guild_id, user_id);

-- guild_id is '' outside servers, so that a member's card there has a key like any other.
CREATE TABLE practice_cards (
  guild_id text NOT NULL,
  user_id text NOT NULL,
  card_id text COLLATE "C" NOT NULL,
  due text COLLATE "C" NOT NULL,
  state_json text NOT NULL,
  updated_at text NOT NULL,
  PRIMARY KEY (guild_id, user_id, card_id)
);

-- question_key names the question whatever the order of its options; guild_id is '' outside servers.
CREATE TABLE quiz_reports (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  guild_id text NOT NULL,
  user_id text NOT NULL,
  session_id text REFERENCES quiz_sessions (id),
  question_key text NOT NULL,
  question_json text NOT NULL,
  reason text,
  at text NOT NULL,
  UNIQUE (guild_id, user_id, question_key)
);
CREATE INDEX quiz_reports_by_guild ON quiz_reports (guild_id, id);
