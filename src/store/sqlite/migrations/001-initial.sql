-- A server (guild) that moderators have changed something in; its settings, and a revision that
-- every change of its data raises, so that every process can tell its engine of the server is stale.
CREATE TABLE guilds (
  id TEXT PRIMARY KEY,
  moderator_role_id TEXT,
  revision INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE documents (
  guild_id TEXT NOT NULL REFERENCES guilds (id),
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  publisher TEXT,
  language TEXT NOT NULL CHECK (language IN ('en', 'sv')),
  published TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  text TEXT NOT NULL,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (guild_id, id),
  UNIQUE (guild_id, sha256)
);

-- A document still cited by an added event cannot go: the service removes such events first.
CREATE TABLE added_events (
  guild_id TEXT NOT NULL REFERENCES guilds (id),
  id TEXT NOT NULL,
  passage_id TEXT NOT NULL,
  document_id TEXT,
  quote TEXT NOT NULL,
  date TEXT NOT NULL,
  summary TEXT NOT NULL,
  tone TEXT NOT NULL CHECK (tone IN ('cooperation', 'conflict', 'neutral')),
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (guild_id, id),
  FOREIGN KEY (guild_id, document_id) REFERENCES documents (guild_id, id)
);

-- Applied in `seq` order, as the bundled overlay applies in file order.
CREATE TABLE event_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id TEXT NOT NULL REFERENCES guilds (id),
  event_id TEXT NOT NULL,
  field TEXT NOT NULL CHECK (field IN ('summary', 'tone', 'date', 'granularity', 'certainty', 'hidden', 'merge')),
  value TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL
);
CREATE INDEX event_changes_by_guild ON event_changes (guild_id, event_id);

-- Kept when a server's data is replaced: an import is itself audited, with what it replaced.
CREATE TABLE audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_by_guild ON audit (guild_id, id);

CREATE TABLE feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id TEXT,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  question TEXT NOT NULL,
  citations_json TEXT NOT NULL,
  user_id TEXT NOT NULL,
  message_id TEXT,
  at TEXT NOT NULL
);
CREATE INDEX feedback_by_guild ON feedback (guild_id, vote, id);
