-- The same table as SQLite's 003-quiz-curation.sql; applied in `seq` order; ids and ISO times in the "C" collation (see 001).
CREATE TABLE quiz_curations (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  guild_id text NOT NULL REFERENCES guilds (id),
  question_id text COLLATE "C" NOT NULL,
  action text NOT NULL CHECK (action IN ('hide', 'edit', 'add')),
  question_json text,
  changed_by text NOT NULL,
  changed_at text COLLATE "C" NOT NULL,
  UNIQUE (guild_id, question_id)
);
