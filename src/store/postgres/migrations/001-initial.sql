-- The same schema as SQLite's 001-initial.sql. Text that is sorted or compared (ids, ISO times)
-- is in the "C" collation, so that it orders byte by byte as in SQLite, whatever the database's
-- locale; JSON is kept as the text that was written.

-- A server (guild) that moderators have changed something in; its settings, and a revision that
-- every change of its data raises, so that every process can tell its engine of the server is stale.
CREATE TABLE guilds (
  id text PRIMARY KEY,
  moderator_role_id text,
  revision integer NOT NULL DEFAULT 0
);

CREATE TABLE documents (
  guild_id text NOT NULL REFERENCES guilds (id),
  id text COLLATE "C" NOT NULL,
  title text NOT NULL,
  publisher text,
  language text NOT NULL CHECK (language IN ('en', 'sv')),
  published text NOT NULL,
  file_name text NOT NULL,
  sha256 text NOT NULL,
  text text NOT NULL,
  added_by text NOT NULL,
  added_at text COLLATE "C" NOT NULL,
  PRIMARY KEY (guild_id, id),
  UNIQUE (guild_id, sha256)
);

-- A document still cited by an added event cannot go: the service removes such events first.
CREATE TABLE added_events (
  guild_id text NOT NULL REFERENCES guilds (id),
  id text COLLATE "C" NOT NULL,
  passage_id text NOT NULL,
  document_id text COLLATE "C",
  quote text NOT NULL,
  date text NOT NULL,
  summary text NOT NULL,
  tone text NOT NULL CHECK (tone IN ('cooperation', 'conflict', 'neutral')),
  added_by text NOT NULL,
  added_at text COLLATE "C" NOT NULL,
  PRIMARY KEY (guild_id, id),
  FOREIGN KEY (guild_id, document_id) REFERENCES documents (guild_id, id)
);

-- Applied in `seq` order, as the bundled overlay applies in file order.
CREATE TABLE event_changes (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  guild_id text NOT NULL REFERENCES guilds (id),
  event_id text NOT NULL,
  field text NOT NULL CHECK (field IN ('summary', 'tone', 'date', 'granularity', 'certainty', 'hidden', 'merge')),
  value text NOT NULL,
  changed_by text NOT NULL,
  changed_at text NOT NULL
);
CREATE INDEX event_changes_by_guild ON event_changes (guild_id, event_id);

-- Kept when a server's data is replaced: an import is itself audited, with what it replaced.
CREATE TABLE audit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  guild_id text NOT NULL,
  at text NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  target text NOT NULL,
  before_json text,
  after_json text
);
CREATE INDEX audit_by_guild ON audit (guild_id, id);

CREATE TABLE feedback (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  guild_id text,
  vote text NOT NULL CHECK (vote IN ('up', 'down')),
  question text NOT NULL,
  citations_json text NOT NULL,
  user_id text NOT NULL,
  message_id text,
  at text NOT NULL
);
CREATE INDEX feedback_by_guild ON feedback (guild_id, vote, id);
