import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), readStdin: async () => '' });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('npm run cli', () => {
  it('search --json prints one JSON array of ranked passages', async () => {
    const { code, stdout } = await cli('search', '--json', 'S400 delivery', '--limit', '3');
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(hits).toHaveLength(3);
    expect(Object.keys(hits[0] ?? {})).toEqual(['passageId', 'documentId', 'score', 'text']);
  });

  it('passages --json lists every passage with ids and offsets', async () => {
    const passages = JSON.parse((await cli('passages', '--json')).stdout) as Array<Record<string, unknown>>;
    expect(passages.length).toBeGreaterThan(100);
    expect(passages[0]).toMatchObject({ id: expect.any(String), documentId: expect.any(String), start: expect.any(Number), end: expect.any(Number) });
  });

  it('sources prints the documents for people', async () => {
    const { code, stdout } = await cli('sources');
    expect(code).toBe(0);
    expect(stdout).toContain('Russia and Turkey intensify military cooperation over US objections');
  });

  it.each([
    [['frobnicate'], 'relations-bot: unknown command "frobnicate"'],
    [['search'], 'relations-bot: the query is empty'],
    [['search', '   '], 'relations-bot: the query is empty'],
    [['search', 'x', '--limit', 'many'], 'relations-bot: --limit takes a whole number from 1 to 1000'],
    [['search', '--nope', 'x'], "relations-bot: Unknown option '--nope'"],
  ])('refuses %j with one clear line and exit code 2', async (argv, message) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toContain(message);
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/u);
  });
});

async function cliWithStdin(stdin: string, ...argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, { stdout: (s) => out.push(s), stderr: () => undefined, readStdin: async () => stdin });
  return { code, lines: out };
}

describe('npm run cli -- ask, timeline and dates', () => {
  it('ask --json --stdin answers one question a line, one JSON object a line, in order', async () => {
    const { code, lines } = await cliWithStdin('When did the Astana talks start?\n\nVem sköt ihjäl den ryska ambassadören?\n', 'ask', '--json', '--stdin');
    expect(code).toBe(0);
    expect(lines.map((l) => (JSON.parse(l) as { question: string }).question)).toEqual(['When did the Astana talks start?', 'Vem sköt ihjäl den ryska ambassadören?']);
  });

  it('timeline --json lists a period in date order', async () => {
    const { lines } = await cliWithStdin('', 'timeline', '--from', '2016', '--to', '2016', '--json');
    const events = JSON.parse(lines.join('\n')) as Array<{ date: string }>;
    expect(events.map((e) => e.date)).toEqual(expect.arrayContaining(['2016-06-27', '2016-08-09', '2016-12']));
    expect(events.every((e) => e.date.startsWith('2016'))).toBe(true);
  });

  it('timeline --json says what each event is: happenings by default, plans with the date they are for on request', async () => {
    const happened = JSON.parse((await cliWithStdin('', 'timeline', '--json')).lines.join('\n')) as Array<{ status: string }>;
    expect(happened.length).toBeGreaterThan(0);
    expect(new Set(happened.map((e) => e.status))).toEqual(new Set(['happened']));
    const planned = JSON.parse((await cliWithStdin('', 'timeline', '--status', 'planned', '--json')).lines.join('\n')) as Array<{ status: string; plannedFor?: string }>;
    expect(planned.length).toBeGreaterThan(0);
    for (const event of planned) expect([event.status, typeof event.plannedFor]).toEqual(['planned', 'string']);
  });

  it('dates --json reads stdin and prints TimeML values', async () => {
    const { lines } = await cliWithStdin('On June 27, 2016, Erdogan wrote. In July Putin called.', 'dates', '--ref', '2019-07-12', '--json');
    expect(JSON.parse(lines.join('\n'))).toEqual([
      { start: 3, end: 16, text: 'June 27, 2016', value: '2016-06-27' },
      expect.objectContaining({ value: '2016-07' }),
    ]);
  });

  it.each([
    [['timeline', '--from', 'May 2016'], 'relations-bot: --from takes a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    [['timeline', '--from', '2018', '--to', '2016'], 'relations-bot: --from comes after --to'],
    [['dates'], 'relations-bot: --ref takes a reference date that exists, as YYYY-MM-DD (or YYYY-MM, YYYY)'],
    [['dates', '--ref', '2019-07-12', '--lang', 'de'], 'relations-bot: --lang takes en or sv'],
    [['ask', '--stdin', 'a question'], 'relations-bot: give the question as an argument or on stdin, not both'],
  ])('refuses %j', async (argv, message) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });
});

describe('npm run cli -- quiz', () => {
  it('prints the same questions for the same seed as [{kind, question, options, answer, citations}]', async () => {
    const first = await cli('quiz', '--count', '4', '--seed', '9', '--json');
    const again = await cli('quiz', '--count', '4', '--seed', '9', '--json');
    expect(first.stdout).toBe(again.stdout);
    const questions = JSON.parse(first.stdout) as Array<Record<string, unknown>>;
    expect(questions).toHaveLength(4);
    for (const q of questions) expect(q).toMatchObject({ kind: expect.any(String), question: expect.any(String), options: expect.any(Array), answer: expect.any(Number), citations: expect.any(Array) });
  });

  it('plays a round against answers on stdin and keeps the score', async () => {
    const { code, lines } = await cliWithStdin('A\nB\n', 'quiz', 'play', '--count', '2', '--seed', '3');
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(/Score: [0-2]\/2$/u);
  });

  it.each([
    [['quiz', '--kind', 'trivia'], 'relations-bot: --kind takes one of when, first, order, what, who, same-month, how-long, true-false, who-said, year, next'],
    [['quiz', '--seed', 'x'], 'relations-bot: --seed takes a whole number from 0'],
    [['quiz', 'start'], 'relations-bot: unknown quiz mode "start"; try: quiz, quiz play, quiz reports, quiz questions'],
  ])('refuses %j', async (argv, message) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });
});
