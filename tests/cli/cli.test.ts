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
