import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyContext } from '../../src/cli/context.ts';
import { runCli } from '../../src/cli/run.ts';
import { openKnowledge, type Knowledge } from '../../src/knowledge/open.ts';
import { UnreadableGuildData } from '../../src/knowledge/stored-data.ts';
import type { StoreConfig } from '../../src/store/open.ts';
import { fixedNow, guild, otherGuild } from '../moderation/support/knowledge.ts';
import { poisonEventDate } from './support/poison.ts';
import { storeBackends } from '../store/support/backends.ts';

for (const backend of storeBackends()) {
  describe.skipIf(backend.skipped !== null)(`a server whose stored data cannot be read, on ${backend.name}`, () => {
    let config: StoreConfig;
    let knowledge: Knowledge;
    let eventId: string;

    beforeAll(async () => {
      config = await backend.fresh();
      knowledge = await openKnowledge({ ...config, databasePath: 'databasePath' in config ? config.databasePath : '', now: fixedNow });
      eventId = knowledge.bundled.timeline()[0]?.id ?? '';
      // A row no check of this bot lets in: written by hand, or by an older version's import.
      await poisonEventDate(config, guild, eventId, '2015-99');
    });
    afterAll(() => knowledge.close());

    it('gets no engine but an error that names the row and why, every time it asks', async () => {
      for (let i = 0; i < 2; i++) {
        const error = await knowledge.engines.engineFor(guild).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(UnreadableGuildData);
        expect((error as Error).message).toBe(`the stored data of server ${guild} cannot be read: the change of event “${eventId}” (date): its value “2015-99” does not fit the field`);
      }
    });

    it('leaves the other servers alone', async () => {
      expect((await knowledge.engines.engineFor(otherGuild)).timeline().length).toBe(knowledge.bundled.timeline().length);
    });
  });
}

describe('the CLI on a server whose stored data cannot be read (SQLite file)', () => {
  let databasePath: string;
  let eventId: string;
  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), readStdin: async () => '' }, lazyContext({ databasePath, now: fixedNow }));
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };

  beforeAll(async () => {
    const [sqlite] = storeBackends();
    const config = (await sqlite?.fresh()) as { databasePath: string };
    databasePath = config.databasePath;
    const knowledge = await openKnowledge({ databasePath, now: fixedNow });
    eventId = knowledge.bundled.timeline()[0]?.id ?? '';
    await knowledge.close();
    await poisonEventDate(config, guild, eventId, '2015-99');
  });

  it.each([['events', 'list'], ['ask', 'When was the S-400 contract signed?'], ['timeline'], ['quiz']])('%s --guild says in one line what is wrong and how to repair it, exit 1', async (...argv) => {
    const { code, stdout, stderr } = await cli(...argv, '--guild', guild);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(
      `relations-bot: the stored data of server ${guild} cannot be read: the change of event “${eventId}” (date): its value “2015-99” does not fit the field. ` +
        `To repair it: npm run cli -- export --guild ${guild} > server.json, correct or remove that entry, then npm run cli -- import server.json --guild ${guild}`,
    );
  });

  it('exports the server, refuses the export as it is, and imports it once corrected; the server answers again', async () => {
    const exported = await cli('export', '--guild', guild);
    expect(exported.code).toBe(0);
    const file = join(dirname(databasePath), 'server.json');
    writeFileSync(file, exported.stdout);
    expect(await cli('import', file, '--guild', guild)).toMatchObject({ code: 2, stderr: `relations-bot: In the import file, eventChanges[0] (${eventId}): “2015-99” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-09-12.` });
    writeFileSync(file, exported.stdout.replace('"2015-99"', '"2015-09"'));
    expect(await cli('import', file, '--guild', guild)).toMatchObject({ code: 0 });
    const listed = await cli('events', 'list', '--guild', guild, '--json');
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as Array<{ id: string; date: string }>).find((e) => e.id === eventId)?.date).toBe('2015-09');
  });
});
