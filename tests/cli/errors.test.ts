import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lazyContext } from '../../src/cli/context.ts';
import { runCli } from '../../src/cli/run.ts';
import { fixedNow, guild, tempDatabasePath } from '../moderation/support/knowledge.ts';

const databasePath = tempDatabasePath();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), readStdin: async () => 'On June 27, 2016, Erdogan wrote.' };
  const code = await runCli(argv, io, lazyContext({ databasePath, now: fixedNow }));
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('every user mistake in the CLI is one line on stderr and exit code 2', () => {
  it.each([
    [['docs', '__proto__', '--guild', guild], 'relations-bot: docs takes one of: add, list, show, remove'],
    [['docs', 'constructor', '--guild', guild], 'relations-bot: docs takes one of: add, list, show, remove'],
    [['docs', 'hasOwnProperty', '--guild', guild], 'relations-bot: docs takes one of: add, list, show, remove'],
    [['events', 'toString', '--guild', guild], 'relations-bot: events takes one of: list, add, edit, remove, merge, review'],
    [['events', 'review', 'valueOf', '--guild', guild], 'relations-bot: events review takes one of: list, approve, correct, reject'],
    [['events', 'review', '__proto__', '--guild', guild], 'relations-bot: events review takes one of: list, approve, correct, reject'],
    [['__proto__'], 'relations-bot: unknown command "__proto__"; try: ask, timeline, barometer, search, quiz, dates, passages, sources, docs, events, export, import, audit, feedback'],
    [['dates', '--ref', '2015-02-30', '--json'], 'relations-bot: --ref takes a reference date that exists, as YYYY-MM-DD (or YYYY-MM, YYYY)'],
    [['dates', '--ref', '2015-13', '--json'], 'relations-bot: --ref takes a reference date that exists, as YYYY-MM-DD (or YYYY-MM, YYYY)'],
    [['timeline', '--from', '2015-02-30'], 'relations-bot: --from takes a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    [['events', 'edit', 'x', '--date', '2015-99', '--guild', guild], 'relations-bot: No event “x” in this server\'s timeline.'],
  ])('%j', async (argv, message) => {
    expect(await cli(...argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('names the command’s usage beside an option it does not take, still on one line', async () => {
    expect(await cli('search', 'x', '--nope')).toEqual({ code: 2, stdout: '', stderr: 'relations-bot: Unknown option \'--nope\' (usage: npm run -s cli -- search "<query>" [--limit N] [--json])' });
  });
});

describe('output piped into a reader that stops early', () => {
  it('ends quietly: no stack trace, exit code 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'passages'], {
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader goes away before the first line, as `| head -0` does.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
