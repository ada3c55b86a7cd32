import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openKnowledge, type Knowledge } from '../../../src/knowledge/open.ts';
import type { Actor } from '../../../src/moderation/index.ts';

/** Discord server ids for the tests: the one moderators change, and another that must not see it. */
export const guild = '900000000000000001';
export const otherGuild = '900000000000000009';
export const moderator: Actor = { guildId: guild, who: 'discord:800000000000000001' };

/** A fixed clock: the audit's times, and so the database's contents, are the same run after run. */
export const fixedNow = () => new Date('2026-01-15T12:00:00.000Z');

export function tempDatabasePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'relations-bot-store-')), 'bot.sqlite');
}

export function openTestKnowledge(databasePath = tempDatabasePath()): Promise<Knowledge> {
  return openKnowledge({ databasePath, now: fixedNow });
}

/** Every row of every table, in a fixed order, hashed: two databases with the same contents hash the same. */
export function contentHash(databasePath: string): string {
  const db = new Database(databasePath, { readonly: true });
  try {
    const hash = createHash('sha256');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    for (const table of tables) {
      hash.update(`\u0000${table}\u0000`);
      const rows = (db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[]).map((row) => JSON.stringify(row)).sort();
      for (const row of rows) hash.update(row);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** A short English article that no bundled document tells: a grain corridor agreed in Sochi. */
export const grainArticle = [
  'Russia and Turkey agree on a grain corridor',
  '',
  'On 3 March 2023, Russia and Turkey signed an agreement in Sochi to open a grain corridor across the Black Sea.',
  'The United Nations welcomed the corridor.',
  '',
  'In April 2023 the first grain ships passed through the corridor.',
  '',
].join('\n');

export const grainQuestion = 'When was the grain corridor agreement signed?';
