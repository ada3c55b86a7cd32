import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayerOrigin } from '../../src/knowledge/guild-engines.ts';
import { openKnowledge, type Knowledge, type KnowledgeOptions } from '../../src/knowledge/open.ts';
import { addDocument, editEvent } from '../../src/moderation/index.ts';
import { layerFile } from '../../src/persist/layer-state.ts';
import { seen } from '../persist/support/seen.ts';
import { fixedNow, grainArticle, grainQuestion, guild, moderator, tempDatabasePath, utf8 } from '../moderation/support/knowledge.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A bot's or the CLI's knowledge on one database and one folder of saved states, telling where each server's layer came from. */
function opener(databasePath: string, stateDir: string | false) {
  const layers: LayerOrigin['from'][] = [];
  const open = (options: Partial<KnowledgeOptions> = {}) =>
    openKnowledge({ databasePath, stateDir, now: fixedNow, onLayer: (_guild, { from }) => layers.push(from), ...options });
  return { open, layers };
}

const questions = [grainQuestion, 'When did the first grain ships pass through the corridor?'];

describe("a server's saved layer", () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'relations-layer-state-'));
  made.push(stateDir);
  const { open, layers } = opener(tempDatabasePath(), stateDir);
  let first: Knowledge;
  let built: ReturnType<typeof seen>;

  beforeAll(async () => {
    first = await open();
    await addDocument(first.moderation, moderator, { upload: { name: 'grain.md', bytes: utf8(grainArticle) }, title: 'Russia and Turkey agree on a grain corridor', published: '2023-05', publisher: 'Wire' });
    built = seen(await first.engines.engineFor(guild), questions);
    await first.close();
  });

  it('is saved once built, and read after a restart instead of built again, answering the same', async () => {
    expect(layers).toEqual(['built']);
    const restarted = await open();
    try {
      expect(seen(await restarted.engines.engineFor(guild), questions)).toEqual(built);
      expect(layers).toEqual(['built', 'saved']);
    } finally {
      await restarted.close();
    }
  });

  it('is built again, not read, once the server has changed', async () => {
    const knowledge = await open();
    try {
      const engine = await knowledge.engines.engineFor(guild);
      const event = engine.ask(grainQuestion).events[0]?.id ?? '';
      await editEvent(knowledge.moderation, moderator, event, { summary: 'The grain corridor deal is signed in Sochi.' });
      const changed = await knowledge.engines.engineFor(guild);
      expect(changed.event(event)?.summary).toBe('The grain corridor deal is signed in Sochi.');
      expect(layers.at(-1)).toBe('built');
    } finally {
      await knowledge.close();
    }
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    ['not a state at all', () => Buffer.from('{"documents": []}')],
  ])('is built again when it is %s, and answers the same', async (_what, damage) => {
    const file = layerFile(stateDir, guild);
    writeFileSync(file, damage(readFileSync(file)));
    const knowledge = await open();
    try {
      const engine = await knowledge.engines.engineFor(guild);
      expect(layers.at(-1)).toBe('built');
      expect(engine.ask(grainQuestion).date).toBe('2023-03-03');
    } finally {
      await knowledge.close();
    }
  });
});

describe("a server's layer built on a worker thread", () => {
  it('is the layer this thread builds: the same answers, timeline, search and passages', async () => {
    const databasePath = tempDatabasePath();
    const inThread = opener(databasePath, false);
    const knowledge = await inThread.open();
    await addDocument(knowledge.moderation, moderator, { upload: { name: 'grain.md', bytes: utf8(grainArticle) }, title: 'Russia and Turkey agree on a grain corridor', published: '2023-05', publisher: 'Wire' });
    const expected = seen(await knowledge.engines.engineFor(guild), questions);
    await knowledge.close();

    const inWorker = opener(databasePath, false);
    const bot = await inWorker.open({ build: 'worker' });
    try {
      expect(seen(await bot.engines.engineFor(guild), questions)).toEqual(expected);
      expect(inWorker.layers).toEqual(['built']);
    } finally {
      await bot.close();
    }
  });
});
