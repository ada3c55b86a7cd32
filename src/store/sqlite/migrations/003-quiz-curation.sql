-- Moderators' decisions on a server's quiz questions: a generated question hidden or edited
-- (by its id), or a question of their own added. One decision per question.
CREATE TABLE quiz_curations (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id TEXT NOT NULL REFERENCES guilds (id),
  question_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('hide', 'edit', 'add')),
  question_json TEXT,
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  UNIQUE (guild_id, question_id)
);
