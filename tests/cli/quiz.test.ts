import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyContext } from '../../src/cli/context.ts';
import { runCli } from '../../src/cli/run.ts';
import { createEngine } from '../../src/engine.ts';
import { openStore } from '../../src/store/open.ts';
import type { QuizQuestion } from '../../src/quiz/types.ts';
import { fixedNow, grainArticle, guild, otherGuild, tempDatabasePath } from '../moderation/support/knowledge.ts';

const grainDocument = 'russia-and-turkey-agree-on-a-grain-corridor';

describe('npm run cli -- quiz with a server’s knowledge, and its reports', () => {
  const databasePath = tempDatabasePath();
  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), readStdin: async () => 'A\nB\n' };
    const code = await runCli(argv, io, lazyContext({ databasePath, now: fixedNow }));
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };
  const citedDocuments = async (...argv: string[]) => {
    const { code, stdout } = await cli('quiz', '--kind', 'when', '--count', '30', '--seed', '5', '--json', ...argv);
    expect(code).toBe(0);
    return new Set((JSON.parse(stdout) as QuizQuestion[]).flatMap((q) => q.citations.map((c) => c.documentId)));
  };

  beforeAll(async () => {
    const file = join(dirname(databasePath), 'grain.md');
    writeFileSync(file, grainArticle);
    const added = await cli('docs', 'add', '--file', file, '--title', 'Russia and Turkey agree on a grain corridor', '--published', '2023-05', '--lang', 'en', '--guild', guild);
    expect(added.code).toBe(0);
  });

  it('quiz --guild asks about the server’s own events too; without it, or in another server, it does not', async () => {
    expect(await citedDocuments('--guild', guild)).toContain(grainDocument);
    expect(await citedDocuments()).not.toContain(grainDocument);
    expect(await citedDocuments('--guild', otherGuild)).not.toContain(grainDocument);
  });

  it('quiz play --guild plays the server’s round', async () => {
    const { code, stdout } = await cli('quiz', 'play', '--count', '2', '--seed', '3', '--guild', guild);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. [^]*\n\n2\. [^]*Score: [0-2]\/2$/u);
  });

  it('quiz reports --guild lists the questions members flagged, newest first', async () => {
    expect((await cli('quiz', 'reports', '--guild', guild)).stdout).toBe('No quiz question has been reported.');
    const store = await openStore({ databasePath });
    const [question] = (await createEngine()).quiz({ count: 1, seed: 2, kind: 'who' }) as [QuizQuestion];
    await store.reportQuizQuestion({ guildId: guild, userId: '800000000000000002', sessionId: null, question, reason: null, at: '2026-01-15T12:00:00.000Z' });
    await store.close();

    const text = await cli('quiz', 'reports', '--guild', guild);
    expect(text.stdout.split('\n').slice(0, 3)).toEqual([
      '2026-01-15T12:00:00.000Z reported by 800000000000000002 in practice',
      `  ${question.question}`,
      `  answer: ${'ABCD'[question.answer]}) ${question.options[question.answer]}`,
    ]);
    const json = JSON.parse((await cli('quiz', 'reports', '--guild', guild, '--json')).stdout) as unknown[];
    expect(json).toEqual([{ guildId: guild, userId: '800000000000000002', sessionId: null, question, reason: null, at: '2026-01-15T12:00:00.000Z' }]);
    expect((await cli('quiz', 'reports', '--guild', otherGuild)).stdout).toBe('No quiz question has been reported.');
  });

  it.each([
    [['quiz', 'reports'], 'relations-bot: --guild ID is required: the Discord server the change belongs to'],
    [['quiz', '--guild', 'my-server'], 'relations-bot: --guild takes a Discord server id (17 to 20 digits)'],
    [['quiz', 'scores'], 'relations-bot: unknown quiz mode "scores"; try: quiz, quiz play, quiz reports, quiz questions'],
  ])('refuses %j with one line and exit code 2', async (argv, message) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });
});
