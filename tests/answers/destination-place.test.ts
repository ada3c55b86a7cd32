import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A moderator's report: a team arrives somewhere, told without the question's verb of going, its subject some words from the place. */
const report = added('harbour-fire', 'The harbour fire', '2021-06', [
  'THE HARBOUR FIRE',
  '',
  'On 3 May 2021 a fire destroyed the warehouse of the Brook harbour.',
  '',
  'On 4 May 2021 a team of Fenland inspectors and officials landed in Lyon to take part in the inquiry.',
  '',
  'Their report was due in June.',
]);

const ask = askingWith([report]);

describe('a where-question after the goal of a journey ("Where did they fly to?")', () => {
  it.each(['Where did the Fenland inspectors travel to?', 'Where did the Fenland inspectors fly to?', 'Vart reste inspektörerna?'])(
    'is answered by the place the sentence says they arrived at, as its verb of going asks for the goal: %s',
    (question) => {
      const answer = ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.answer).toMatch(/^Lyon\b/u);
    },
  );
});
