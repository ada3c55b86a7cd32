import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'relations-bot-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One CLI run with what it printed on each stream, line by line. */
async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { stdout: (s) => stdout.push(s), stderr: (s) => stderr.push(s), readStdin: async () => '' });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const pngWidth = (file: string) => readFileSync(file).readUInt32BE(16);

describe('npm run -s cli -- timeline and barometer --png', () => {
  it('timeline --png writes the picture and says where, after the listing', async () => {
    const file = join(dir, 'timeline.png');
    const { code, stdout, stderr } = await run('timeline', '--from', '2015', '--to', '2021', '--png', file);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^2015-09 /u);
    expect(stdout.split('\n').at(-1)).toMatch(new RegExp(`^Wrote the timeline picture \\(1200×\\d+ px\\) to ${file.replace(/[.\\]/gu, '\\$&')}$`, 'u'));
    expect(pngWidth(file)).toBe(1200);
  });

  it('barometer prints each quarter’s score and the events behind it with citations; --png makes folders as needed', async () => {
    const file = join(dir, 'new', 'barometer.png');
    const { code, stdout } = await run('barometer', '--png', file);
    expect(code).toBe(0);
    expect(stdout).toContain('Score: +1 for each cooperation event, −1 for each conflict event, 0 for a neutral one, summed per quarter.');
    expect(stdout).toMatch(/^2015-Q4 {2}net −\d+ {2}\(cooperation 0, conflict −\d+, \d+ events?\)\n {2}conflict {4}2015-11-24 .+\n {25}\[[^\]]+\] "/mu);
    expect(stdout).toContain('Dated only to a year, so in no quarter:');
    expect(pngWidth(file)).toBe(1200);
  });

  it('barometer --json prints the scale and the quarters alone on stdout; the picture’s notice goes to stderr', async () => {
    const file = join(dir, 'barometer-2019.png');
    const { code, stdout, stderr } = await run('barometer', '--from', '2019', '--to', '2019', '--json', '--png', file);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { scale: Record<string, number>; quarters: Array<{ quarter: string; net: number; events: Array<{ citations: unknown[] }> }>; unplaced: unknown[] };
    expect(json.scale).toEqual({ cooperation: 1, conflict: -1, neutral: 0 });
    expect(json.quarters.map((q) => q.quarter)).toEqual(['2019-Q2', '2019-Q3', '2019-Q4']);
    expect(json.quarters.flatMap((q) => q.events).every((e) => e.citations.length > 0)).toBe(true);
    expect(stderr).toMatch(/^Wrote the barometer picture \(1200×\d+ px\) to /u);
  });

  it.each([
    [['barometer', '--png', 'chart.svg'], 'relations-bot: --png takes a file name ending in .png'],
    [['barometer', '--from', '2018', '--to', '2016'], 'relations-bot: --from comes after --to'],
    [['timeline', '--png'], "relations-bot: Option '--png <value>' argument missing (usage: npm run -s cli -- timeline [--from DATE] [--to DATE] [--topic WORDS] [--status happened,planned,background] [--guild ID] [--png FILE] [--json])"],
  ])('refuses %j with one line and exit code 2', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect([code, stdout, stderr]).toEqual([2, '', message]);
  });

  it('says in one line when it cannot write the picture', async () => {
    const notAFolder = join(dir, 'plain-file');
    writeFileSync(notAFolder, '');
    const { code, stderr } = await run('barometer', '--png', join(notAFolder, 'barometer.png'));
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(/^relations-bot: cannot write .+barometer\.png: E[A-Z]+$/u);
  });
});
