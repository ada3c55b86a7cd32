import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyContext } from '../../src/cli/context.ts';
import { runCli } from '../../src/cli/run.ts';
import { contentHash, fixedNow, grainArticle, grainQuestion, guild, otherGuild, tempDatabasePath } from '../moderation/support/knowledge.ts';

describe('npm run cli -- docs, events, export, import on one database', () => {
  const databasePath = tempDatabasePath();
  const file = join(dirname(databasePath), 'grain.md');
  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), readStdin: async () => '' };
    const code = await runCli(argv, io, lazyContext({ databasePath, now: fixedNow }));
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };

  beforeAll(() => writeFileSync(file, grainArticle));

  it('docs add prints what it found; ask --guild then cites the document, ask without it does not', async () => {
    const added = await cli('docs', 'add', '--file', file, '--title', 'Russia and Turkey agree on a grain corridor', '--published', '2023-05', '--publisher', 'Wire', '--lang', 'en', '--guild', guild);
    expect(added.code).toBe(0);
    expect(added.stdout.split('\n').slice(0, 2)).toEqual([
      'Added russia-and-turkey-agree-on-a-grain-corridor: “Russia and Turkey agree on a grain corridor” (en, published 2023-05)',
      '4 passages, 2 dated events:',
    ]);
    const answer = JSON.parse((await cli('ask', grainQuestion, '--guild', guild, '--json')).stdout) as { citations: Array<{ documentId: string }> };
    expect(answer.citations[0]?.documentId).toBe('russia-and-turkey-agree-on-a-grain-corridor');
    expect(JSON.parse((await cli('ask', grainQuestion, '--json')).stdout)).toMatchObject({ abstained: true });
    expect(JSON.parse((await cli('ask', grainQuestion, '--guild', otherGuild, '--json')).stdout)).toMatchObject({ abstained: true });
    const timeline = JSON.parse((await cli('timeline', '--from', '2023-03', '--to', '2023-03', '--guild', guild, '--json')).stdout) as Array<{ date: string }>;
    expect(timeline.map((e) => e.date)).toEqual(['2023-03-03']);
  });

  it('docs show prints the passages answers quote, each with its id, then the dated events', async () => {
    const shown = await cli('docs', 'show', 'russia-and-turkey-agree-on-a-grain-corridor', '--guild', guild);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n').slice(1, 4)).toEqual([
      '4 passages:',
      '  [russia-and-turkey-agree-on-a-grain-corridor/p1s1] Russia and Turkey agree on a grain corridor',
      '  [russia-and-turkey-agree-on-a-grain-corridor/p2s1] On 3 March 2023, Russia and Turkey signed an agreement in Sochi to open a grain corridor across the Black Sea.',
    ]);
    expect(shown.stdout).toContain('\n2 dated events:\n');
  });

  it('lists, edits an event, and shows the audit', async () => {
    const documents = JSON.parse((await cli('docs', 'list', '--guild', guild, '--json')).stdout) as Array<{ id: string }>;
    expect(documents.map((d) => d.id)).toEqual(['russia-and-turkey-agree-on-a-grain-corridor']);
    const edited = await cli('events', 'edit', 'russia-and-turkey-agree-on-a-grain-corridor/p2s1@3', '--summary', 'Grain corridor agreed in Sochi.', '--guild', guild);
    expect(edited).toMatchObject({ code: 0, stdout: 'Changed: 2023-03-03 Grain corridor agreed in Sochi. [russia-and-turkey-agree-on-a-grain-corridor/p2s1@3]' });
    const audit = JSON.parse((await cli('audit', '--guild', guild, '--json')).stdout) as Array<{ action: string; actor: string }>;
    expect(audit.map((e) => `${e.actor} ${e.action}`)).toEqual(['cli events.edit', 'cli documents.add']);
  });

  it('export prints JSON that import takes into another server', async () => {
    const exported = await cli('export', '--guild', guild);
    const exportFile = join(dirname(databasePath), 'export.json');
    writeFileSync(exportFile, exported.stdout);
    expect(await cli('import', exportFile, '--guild', otherGuild)).toMatchObject({ code: 0, stdout: 'Imported 1 documents, 0 added events and 1 event changes.' });
    expect(JSON.parse((await cli('ask', grainQuestion, '--guild', otherGuild, '--json')).stdout)).toMatchObject({ abstained: false });
  });

  it.each([
    [['docs', 'list'], 'relations-bot: --guild ID is required: the Discord server the change belongs to'],
    [['docs', 'list', '--guild', 'my-server'], 'relations-bot: --guild takes a Discord server id (17 to 20 digits)'],
    [['docs', 'frobnicate', '--guild', guild], 'relations-bot: docs takes one of: add, list, show, remove'],
    [['docs', 'add', '--title', 'T', '--published', '2020', '--guild', guild], 'relations-bot: --file is required'],
    [['docs', 'add', '--file', 'no-such-file.txt', '--title', 'T', '--published', '2020', '--guild', guild], 'relations-bot: cannot read the file "no-such-file.txt" (ENOENT)'],
    [['docs', 'add', '--file', '', '--title', 'T', '--published', '2020', '--guild', guild], 'relations-bot: --file is required'],
    [['docs', 'remove', 'nothing-here', '--guild', guild], 'relations-bot: No document “nothing-here” was added in this server.'],
    [['events', 'review', 'approve', '--guild', guild], 'relations-bot: give the event id'],
  ])('refuses %j with one line, exit code 2, and the database unchanged', async (argv, message) => {
    const before = contentHash(databasePath);
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
    expect(contentHash(databasePath)).toBe(before);
  });

  it('refuses a document with a date that does not parse, naming it', async () => {
    const { code, stderr } = await cli('docs', 'add', '--file', file, '--title', 'Again', '--published', 'March 2023', '--guild', otherGuild);
    expect(code).toBe(2);
    expect(stderr).toBe('relations-bot: “March 2023” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-09-12.');
  });
});
