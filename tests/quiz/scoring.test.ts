import { describe, expect, it } from 'vitest';
import { scoreAnswer, standings } from '../../src/quiz/scoring.ts';

const limitMs = 20_000;

describe('points for an answer', () => {
  it.each([
    // what happened                                        correct  elapsed  before  points  streak
    ['a wrong answer scores nothing and ends the streak', false, 1_000, 4, 0, 0],
    ['a right answer the instant the question appears', true, 0, 0, 200, 1],
    ['a right answer halfway through the time', true, 10_000, 0, 150, 1],
    ['a right answer a quarter of the way through', true, 5_000, 0, 175, 1],
    ['a right answer at the last moment still earns the base', true, 19_999, 0, 100, 1],
    ['a right answer after the deadline earns no speed', true, 25_000, 0, 100, 1],
    ['speed is rounded to a whole point', true, 333, 0, 198, 1],
    ['one right answer before adds 20', true, 10_000, 1, 170, 2],
    ['three right answers before add 60', true, 10_000, 3, 210, 4],
    ['five right answers before reach the cap of 100', true, 10_000, 5, 250, 6],
    ['the cap holds for longer streaks', true, 0, 12, 300, 13],
  ] as const)('%s', (_what, correct, elapsedMs, streakBefore, points, streak) => {
    expect(scoreAnswer({ correct, elapsedMs, limitMs, streakBefore })).toEqual({ points, streak });
  });
});

describe('standings over stored answers', () => {
  it('adds up each member, best first: more points, then more right answers, then who answered first', () => {
    const answers = [
      { userId: 'ann', points: 150, correct: true },
      { userId: 'bo', points: 0, correct: false },
      { userId: 'cy', points: 100, correct: true },
      { userId: 'dee', points: 0, correct: false },
      { userId: 'bo', points: 150, correct: true },
      { userId: 'cy', points: 50, correct: true },
    ];
    expect(standings(answers)).toEqual([
      { userId: 'cy', points: 150, correct: 2, answered: 2 },
      { userId: 'ann', points: 150, correct: 1, answered: 1 },
      { userId: 'bo', points: 150, correct: 1, answered: 2 },
      { userId: 'dee', points: 0, correct: 0, answered: 1 },
    ]);
  });

  it('is empty when nobody answered', () => {
    expect(standings([])).toEqual([]);
  });
});
