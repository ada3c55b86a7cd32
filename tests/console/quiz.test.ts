import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { questionText } from '../../src/cli/commands/quiz-round.ts';
import { runConsole } from '../../src/console/console.ts';
import type { Services } from '../../src/discord/commands/types.ts';
import { InMemoryFeedbackSink } from '../../src/discord/feedback.ts';
import { createEngine, type Engine } from '../../src/engine.ts';
import { createLogger } from '../../src/log.ts';
import { LogLines } from '../discord/support/bot.ts';
import { fakeEngine } from '../discord/support/fakeEngine.ts';
import { drillStore } from '../quiz/support/drill-store.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

const now = new Date('2026-03-02T10:00:00.000Z');
/** The seed the console takes from its clock, so the test knows the round it plays. */
const seed = now.getTime() % 2 ** 31;

/** Feeds lines to the console as a pipe would; returns what it printed, reply by reply. */
async function converse(lines: string[], services: Partial<Services> = {}, guildId: string | null = null) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const done = runConsole({
    services: { engine, feedback: new InMemoryFeedbackSink(), now: () => now, ...services },
    logger: createLogger({ level: 'info', destination: new LogLines() }),
    input,
    output,
    interactive: false,
    guildId,
  });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return printed.split('\n\n').filter(Boolean);
}

const prompt = 'Answer A, B, C or D, with 🚩 to report the question (another /command ends the round).';

describe('/quiz in the console', () => {
  it('plays a round a question at a time, as quiz play does, then gives the score', async () => {
    const [first, second] = engine.quiz({ count: 2, seed, kind: 'when' });
    if (!first || !second) throw new Error('no questions');
    const right = 'ABCD'[first.answer] as string;
    const wrong = 'ABCD'[(second.answer + 1) % 4] as string;
    const printed = await converse(['/quiz 2 when', right.toLowerCase(), wrong]);
    expect(printed).toEqual([
      questionText(first, 1),
      prompt,
      `   Right\n   Source [${first.citations[0]?.passageId}]: "${first.citations[0]?.quote}"`,
      questionText(second, 2),
      prompt,
      `   Not quite: ${'ABCD'[second.answer]}) ${second.options[second.answer]}\n   Source [${second.citations[0]?.passageId}]: "${second.citations[0]?.quote}"`,
      'Score: 1/2',
    ]);
  });

  it('asks again for an answer it cannot read, and ends the round at another command with the score so far', async () => {
    const printed = await converse(['/quiz 3', 'E', '/sources']);
    const refused = printed.indexOf(`! ${prompt}`);
    expect(refused).toBeGreaterThan(0);
    expect(printed.slice(refused + 1, refused + 3)).toEqual(['Score: 0/0', '== The documents ==']);
  });

  it('refuses what it cannot play, and says when no question can be made', async () => {
    expect(await converse(['/quiz trivia'])).toEqual(['! Type /quiz [questions 1–20] [when|first|order|what|who|same-month|how-long|true-false|who-said|year|next] for a round here, or /quiz practice for your own drill.']);
    expect(await converse(['/quiz'], { engine: fakeEngine() })).toEqual(['! No quiz question can be made from these events.']);
  });

  it('runs /quiz practice through the same handlers as Discord: the answer is a button', async () => {
    const { store, cards } = drillStore();
    const printed = await converse(['/quiz practice', '/press 1', '/press 1'], { quizStore: store });
    expect(printed[0]).toBe('== Practice ==');
    expect(printed.join('\n\n')).toMatch(/\[1\] A {2}\[2\] B {2}\[3\] C {2}\[4\] D {2}\[5\] 🚩 {4}\/press N/u);
    expect(printed.join('\n\n')).toMatch(/== (✅ Right|❌ Not quite) ==/u);
    expect(printed.join('\n\n')).toContain('[1] Next  [2] 🚩    /press N');
    expect([...cards.values()]).toMatchObject([{ guildId: null, userId: 'console' }]);
    expect(printed.filter((block) => block === '== Practice ==')).toHaveLength(2);
  });

  it('takes a typed letter as the answer to a practice question, as its button', async () => {
    const { store, cards } = drillStore();
    const printed = await converse(['/quiz practice', 'b'], { quizStore: store });
    expect(printed.join('\n\n')).toMatch(/== (✅ Right|❌ Not quite) ==/u);
    expect([...cards.values()]).toHaveLength(1);
  });

  it('stores a 🚩 in a round for the console’s server, so that quiz reports --guild shows it', async () => {
    const { store, reports } = drillStore();
    const printed = await converse(['/quiz 1 when', 'A 🚩'], { quizStore: store }, '900000000000000001');
    expect(printed.join('\n\n')).toContain('Reported: the moderators will look at it.');
    expect(reports).toMatchObject([{ guildId: '900000000000000001', userId: 'console', sessionId: null }]);
  });
});
