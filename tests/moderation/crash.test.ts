import { copyFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { lazyContext } from '../../src/cli/context.ts';
import { runCli } from '../../src/cli/run.ts';
import { addDocument } from '../../src/moderation/index.ts';
import { startApp } from '../discord/support/app.ts';
import { contentHash, fixedNow, grainArticle, grainQuestion, guild, moderator, openTestKnowledge, tempDatabasePath, utf8 } from './support/knowledge.ts';

/** Enough text that the transaction spills to the write-ahead log well before it commits. */
const DOCUMENTS = 160;
/** Killed once this much of the transaction is in the write-ahead log. */
const WAL_BYTES_AT_KILL = 256 * 1024;

function largeExport(bundledTexts: string[]): string {
  const documents = Array.from({ length: DOCUMENTS }, (_, i) => ({
    id: `report-${i + 1}`,
    title: `Report ${i + 1}`,
    publisher: 'Archive',
    language: 'en',
    published: '2021',
    fileName: `report-${i + 1}.txt`,
    text: `Report ${i + 1}\n\n${bundledTexts.join('\n\n')}`,
    addedBy: 'cli',
    addedAt: fixedNow().toISOString(),
  }));
  const file = { format: 'relations-bot/server-export', version: 1, guildId: guild, exportedAt: fixedNow().toISOString(), settings: { moderatorRoleId: null }, documents, addedEvents: [], eventChanges: [] };
  return JSON.stringify(file);
}

const walSize = (path: string) => {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
};

describe('crash safety', () => {
  it('a process killed in the middle of an import leaves the database exactly as before or exactly as after; a restart answers from it', async () => {
    const path = tempDatabasePath();
    const knowledge = await openTestKnowledge(path);
    await addDocument(knowledge.moderation, moderator, { upload: { name: 'grain.md', bytes: utf8(grainArticle) }, title: 'Russia and Turkey agree on a grain corridor', published: '2023-05' });
    const bundledTexts = knowledge.engines.bundled.corpus.documents.filter((d) => d.meta.language === 'en').map((d) => d.original);
    await knowledge.close();
    const importFile = join(dirname(path), 'large-export.json');
    writeFileSync(importFile, largeExport(bundledTexts));
    const before = contentHash(path);

    // What the import makes of the same database when it is left to finish.
    const finished = join(dirname(path), 'finished.sqlite');
    copyFileSync(path, finished);
    const quiet = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => '' };
    expect(await runCli(['import', importFile, '--guild', guild], quiet, lazyContext({ databasePath: finished, now: fixedNow }))).toBe(0);
    const after = contentHash(finished);
    expect(after).not.toBe(before);

    // On a loaded machine the child may finish between two looks at its log: then it is run again
    // on the database as it was, until it is caught in the middle.
    const pristine = join(dirname(path), 'pristine.sqlite');
    copyFileSync(path, pristine);
    let walAtKill = 0;
    for (let attempt = 1; attempt <= 5; attempt++) {
      for (const left of [`${path}-wal`, `${path}-shm`]) rmSync(left, { force: true });
      copyFileSync(pristine, path);
      const child = startApp({}, 'tests/moderation/support/import-child.ts', [path, importFile, guild]);
      while (walSize(path) < WAL_BYTES_AT_KILL && child.child.exitCode === null) await tick();
      walAtKill = walSize(path);
      child.child.kill('SIGKILL');
      await child.exited;
      if (child.stdout() === '') break;
    }
    expect(walAtKill).toBeGreaterThanOrEqual(WAL_BYTES_AT_KILL);

    const restarted = await openTestKnowledge(path);
    try {
      const state = contentHash(path);
      expect([before, after]).toContain(state);
      // Killed before the commit, nothing of the import is there; the server answers as before.
      const engine = await restarted.engines.engineFor(guild);
      const imported = engine.sources().some((meta) => meta.id === 'report-1');
      expect(imported).toBe(state === after);
      expect(engine.ask(grainQuestion).abstained).toBe(state === after);
    } finally {
      await restarted.close();
    }
  }, 600_000);
});
