import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/console.ts';
import { optionsFor, parseLine } from '../../src/console/parse.ts';
import { InMemoryFeedbackSink } from '../../src/discord/feedback.ts';
import { createLogger } from '../../src/log.ts';
import { fakeEngine } from '../discord/support/fakeEngine.ts';
import { LogLines } from '../discord/support/bot.ts';
import { startApp } from '../discord/support/app.ts';

/** Pictures the console writes go to a folder of the test run's own. */
const picturesDir = mkdtempSync(join(tmpdir(), 'relations-bot-pictures-'));
afterAll(() => rmSync(picturesDir, { recursive: true, force: true }));

/** Feeds lines to the console as a pipe would and returns what it printed once the input ended. */
async function converse(lines: string[], engine = fakeEngine()) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const logs = new LogLines();
  const feedback = new InMemoryFeedbackSink();
  const done = runConsole({
    services: { engine, feedback },
    logger: createLogger({ level: 'info', destination: logs }),
    input,
    output,
    interactive: false,
    picturesDir,
  });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return { printed, logs, feedback };
}

describe('console line parsing', () => {
  it('reads a command and its arguments; a line without a slash is a question', () => {
    expect(parseLine('/When  Su-24 ')).toEqual({ name: 'when', args: 'Su-24' });
    expect(parseLine('När sköts planet ned?')).toEqual({ name: 'ask', args: 'När sköts planet ned?' });
  });

  it('takes up to two leading dates of /timeline as the period, the rest as the topic', () => {
    expect(optionsFor('timeline', '2016 2017-03 gas deal')).toEqual({ from: '2016', to: '2017-03', topic: 'gas deal' });
    expect(optionsFor('timeline', 'gas')).toEqual({ from: undefined, to: undefined, topic: 'gas' });
    expect(optionsFor('timeline', '2016-13')).toEqual({ from: '2016-13', to: undefined, topic: undefined });
  });

  it('takes /barometer’s words as from and to', () => {
    expect(optionsFor('barometer', '2016 2017-03')).toEqual({ from: '2016', to: '2017-03' });
    expect(optionsFor('barometer', '')).toEqual({ from: undefined, to: undefined });
  });
});

describe('the local console', () => {
  it('runs the same handlers as Discord and prints their replies as text', async () => {
    const { printed } = await converse(['/ask When did Turkey shoot down the Russian Su-24?']);
    expect(printed).toBe(
      [
        '== When did Turkey shoot down the Russian Su-24? ==',
        '',
        'Turkey shoots down a Russian Su-24: 2015-11-24.',
        '',
        'Date',
        '    24 November 2015 (2015-11-24)',
        '',
        'The sources disagree',
        '    date: 2015-11-24 [1] · 2015-11-25 [2]',
        '',
        '[1] Russia and Turkey: a timeline',
        '    Wire service · published 2020-02 (date inferred)',
        '    “On 24 November 2015, Turkish F-16s shot down a Russian Su-24 near the Syrian border.”',
        '',
        '[2] Relationerna mellan Ryssland och Turkiet',
        '    publisher unknown · published 2017-03',
        '    “Den 25 november 2015 sköt turkiska F-16-plan ned ett ryskt stridsflygplan av typen Su-24.”',
        '',
        '(Quotes are verbatim from the documents. Press Sources for the full passages.)',
        '',
        '[1] 📄 Sources  [2] 👍  [3] 👎    /press N',
        '',
        '',
      ].join('\n'),
    );
  });

  it('presses buttons of the last reply: Sources, a vote, and timeline paging', async () => {
    const { printed, feedback } = await converse([
      'When did Turkey shoot down the Russian Su-24?',
      '/press 1',
      '/ask When did Turkey shoot down the Russian Su-24?',
      '/press 3',
      '/timeline',
      '/press 2',
      '/press 2',
    ]);
    expect(printed).toContain('== Full passages ==');
    expect(printed).toContain('Thank you. Your 👎 is recorded');
    expect(feedback.entries).toMatchObject([{ vote: 'down', question: 'When did Turkey shoot down the Russian Su-24?', userId: 'console' }]);
    expect(printed).toContain('(Page 2 of 2 · 11 events)\n\n[1] ◀ Previous  [2] ▶ Next (off)');
    expect(printed).toMatch(/! No such button on the last reply/);
  });

  it('answers /when, /timeline with a period, /sources, /help and /search', async () => {
    const { printed } = await converse(['/when Astana talks', '/timeline 2016-08 2016-12', '/sources', '/help', '/search Astana']);
    expect(printed).toContain('The event closest to “Astana talks”:\n\n== Astana talks begin ==\n\nDate: January 2017 (2017-01), inferred from the text');
    expect(printed).toContain('== Timeline · from 2016-08 · to 2016-12 ==\n\n2016-08-09\n');
    expect(printed).toContain('== The documents ==');
    expect(printed).toContain('/ask question: Ask about Russia–Turkey relations');
    expect(printed).toContain('/search words: the passages that match');
    expect(printed).toContain('wire/p6s1 (1.0)\n    Talks in Astana began in January 2017.');
  });

  it('lists in /help only what the console does, and says what is Discord’s alone', async () => {
    const { printed } = await converse(['/help']);
    const lines = printed.split('\n');
    expect(lines.filter((line) => line.startsWith('/')).map((line) => line.split(':')[0])).toEqual([
      '/ask question',
      '/when event',
      '/timeline [from] [to] [topic]',
      '/barometer [from] [to]',
      '/sources',
      '/help',
      '/search words',
      '/quiz [N] [when|first|order|what|who]',
      '/press N',
    ]);
    expect(printed).not.toMatch(/\[private\]|\/quiz start\|/u);
    expect(printed).toContain('On Discord only: /quiz start, stop, leaderboard and stats (quizzes in a channel, with scores), /ask’s private option, and /admin for moderators.');
  });

  it.each(['/constructor', '/__proto__', '/toString', '/hasOwnProperty'])('answers %s as a command it does not know', async (line) => {
    const { printed } = await converse([line]);
    expect(printed).toBe('! I do not know that command. Type /help to see what I can do.\n\n');
  });

  it('does not promise /when a list of choices, which the console has not', async () => {
    const { printed } = await converse(['/when zzzqqq xxyyzz']);
    expect(printed).toBe('! No event matches “zzzqqq xxyyzz”. Try other words, or see the events with /timeline.\n\n');
  });

  it('writes the pictures of /timeline and /barometer to files and says where', async () => {
    const { printed } = await converse(['/timeline 2016', '/barometer 2015 2016']);
    const written = [...printed.matchAll(/^Wrote the picture to (.+\.png)$/gmu)].map((match) => match[1] as string);
    expect(written.map((path) => path.slice(picturesDir.length + 1).replace(/-[0-9a-f]{12}\.png$/u, ''))).toEqual(['timeline', 'barometer']);
    for (const path of written) expect(readFileSync(path).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(printed).toContain('== Barometer · from 2015 · to 2016 ==');
    expect(printed).toContain('2016-Q4 · net 0 (▲ +1, ◆ −1)\n    ▲ 2016-10-10 Turkish Stream agreement signed [1]');
  });

  it('prints a clear message for mistakes and unknown commands, and goes on', async () => {
    const { printed } = await converse(['/ask', '/timeline 2017 2016', '/nope', '/search', '/help']);
    expect(printed.split('\n\n').slice(0, 4)).toEqual([
      '! Please fill in the “question” option.',
      '! “from” (2017) comes after “to” (2016). Swap them and try again.',
      '! I do not know that command. Type /help to see what I can do.',
      '! Type words to search for: /search Su-24',
    ]);
    expect(printed).toContain('== Relations bot ==');
  });

  it('apologises with an error id for a failure, and logs it', async () => {
    const engine = fakeEngine();
    const { printed, logs } = await converse(['/sources'], { ...engine, sources: () => { throw new Error('disk gone'); } });
    const errorId = /error id: ([0-9a-f]{8})/.exec(printed)?.[1];
    expect(printed).toMatch(/^! Sorry, something went wrong on my side/);
    expect(logs.entries).toMatchObject([{ errorId, command: 'sources', err: { message: 'disk gone' } }]);
  });

  it('stops at /quit without reading further', async () => {
    const { printed } = await converse(['/quit', '/help']);
    expect(printed).toBe('');
  });
});

describe('npm start without DISCORD_TOKEN', () => {
  it('opens the console on the real corpus; piped input is answered and the end of input ends it', async () => {
    const app = startApp({});
    app.child.stdin?.end('/sources\n/when Su-24\n');
    expect(await app.exited).toBe(0);
    expect(app.stdout()).toMatch(/^== The documents ==/);
    expect(app.stdout()).toContain('(2015-11-24)');
    expect(app.stderr()).toBe('');
  });
});
