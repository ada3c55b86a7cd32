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
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), readStdin: async () => (argv.includes('--count') && argv[argv.indexOf('--count') + 1] === '1' ? 'flag\n' : 'A\nB\n') };
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

  it('quiz takes --from/--to like /quiz start, and says when a choice allows fewer questions than asked', async () => {
    const period = await cli('quiz', '--count', '20', '--seed', '1', '--from', '2016', '--to', '2016', '--json');
    expect(period.code).toBe(0);
    const questions = JSON.parse(period.stdout) as QuizQuestion[];
    expect(questions.length).toBeGreaterThan(0);
    expect(period.stderr).toMatch(/^Only \d+ of the 20 questions asked can be made \(about 2016\) without asking about an event twice\.$/u);
    const many = await cli('quiz', '--count', '1000', '--seed', '1');
    expect(many.code).toBe(0);
    expect(many.stdout).toMatch(/Only \d+ of the 1000 questions asked can be made without asking about an event twice\.$/u);
    const who = await cli('quiz', '--kind', 'who', '--count', '20', '--seed', '1');
    expect(who.stdout).toMatch(/Only \d+ of the 20 questions asked can be made \(who questions\)/u);
  });

  it('quiz play with 🚩 after an answer stores a report for the server', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => 'A 🚩\nB\n' };
    expect(await runCli(['quiz', 'play', '--count', '2', '--seed', '8', '--guild', otherGuild], io, lazyContext({ databasePath, now: fixedNow }))).toBe(0);
    const store = await openStore({ databasePath });
    const reports = await store.quizReports(otherGuild, { limit: 5 });
    await store.close();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ guildId: otherGuild, userId: 'cli', sessionId: null });
  });

  it('quiz questions hides, edits and adds a server’s questions, audited as the CLI', async () => {
    const list = JSON.parse((await cli('quiz', 'questions', 'list', '--kind', 'when', '--guild', guild, '--json')).stdout) as Array<{ question: QuizQuestion; action: string | null }>;
    const [first, second] = list.map((e) => e.question) as [QuizQuestion, QuizQuestion];
    expect((await cli('quiz', 'questions', 'hide', first.id, '--guild', guild)).stdout).toMatch(/^Hidden:\n/u);
    expect((await cli('quiz', 'questions', 'hide', first.id, '--guild', guild)).stderr).toBe(`relations-bot: Question ${first.id} is hidden in this server already; restore it to change it.`);
    expect((await cli('quiz', 'questions', 'edit', second.id, '--question', 'When was that?', '--guild', guild)).code).toBe(0);
    const added = await cli('quiz', 'questions', 'add', '--question', 'Who confirmed the S400 contract?', '--options', 'Erdogan|Putin|Assad|Trump', '--answer', 'A', '--passage', 'ankara-moscow-journey/p24s1', '--guild', guild, '--json');
    expect(added.code).toBe(0);
    const repeated = await cli('quiz', 'questions', 'add', '--question', 'Who?', '--options', 'Erdogan|erdogan|Assad|Trump', '--answer', 'A', '--passage', 'ankara-moscow-journey/p24s1', '--guild', guild);
    expect([repeated.code, repeated.stderr]).toEqual([2, 'relations-bot: Two options say the same: every option must differ.']);
    const uncited = await cli('quiz', 'questions', 'add', '--question', 'Who?', '--options', 'Putin|Erdogan|Assad|Trump', '--answer', 'A', '--passage', 'ankara-moscow-journey/p24s1', '--guild', guild);
    expect(uncited.stderr).toBe('relations-bot: The quote does not state the answer “Putin”: cite the passage that proves it.');
    const audit = (await cli('audit', '--guild', guild)).stdout;
    for (const action of ['quiz.hide', 'quiz.edit', 'quiz.add']) expect(audit).toContain(action);
    const after = JSON.parse((await cli('quiz', 'questions', 'list', '--guild', guild, '--json')).stdout) as Array<{ question: QuizQuestion; action: string | null }>;
    expect(after.filter((e) => e.action !== null).map((e) => e.action).sort()).toEqual(['add', 'edit', 'hide']);
  });

  it('keeps those decisions through export and import into another server; every call opens the store anew, as after a restart', async () => {
    const exported = await cli('export', '--guild', guild);
    expect(exported.code).toBe(0);
    const file = join(dirname(databasePath), 'backup.json');
    writeFileSync(file, exported.stdout);
    const restoredGuild = '900000000000000333';
    expect((await cli('import', file, '--guild', restoredGuild)).code).toBe(0);
    const decided = async (server: string) =>
      (JSON.parse((await cli('quiz', 'questions', 'list', '--guild', server, '--json')).stdout) as Array<{ question: QuizQuestion; action: string | null }>)
        .filter((e) => e.action !== null)
        .map((e) => `${e.action} ${e.question.id} ${e.question.question}`)
        .sort();
    const original = await decided(guild);
    expect(original).toHaveLength(3);
    expect(await decided(restoredGuild)).toEqual(original);
    const played = JSON.parse((await cli('quiz', '--count', '1000', '--seed', '1', '--guild', restoredGuild, '--json')).stdout) as QuizQuestion[];
    const hidden = original.find((line) => line.startsWith('hide '))?.split(' ')[1];
    expect(played.map((q) => q.id)).not.toContain(hidden);
  });

  it.each([
    [['quiz', '--count', '0'], 'relations-bot: --count takes a whole number from 1 to 1000'],
    [['quiz', '--from', '1800', '--to', '1801'], 'relations-bot: no quiz question can be made (about 1800–1801): try a wider period or another kind'],
    [['quiz', 'play', '--count', '1'], 'relations-bot: 🚩 needs --guild ID: a report goes to the moderators of a server'],
    [['quiz', 'reports'], 'relations-bot: --guild ID is required: the Discord server the change belongs to'],
    [['quiz', '--guild', 'my-server'], 'relations-bot: --guild takes a Discord server id (17 to 20 digits)'],
    [['quiz', 'scores'], 'relations-bot: unknown quiz mode "scores"; try: quiz, quiz play, quiz reports, quiz questions'],
  ])('refuses %j with one line and exit code 2', async (argv, message) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });
});
