import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A moderator's report: where the talks were held, and, in the next sentence, where what they ended was. */
const report = added('dockers', 'The dockers’ talks', '2021-06', [
  'THE DOCKERS’ TALKS',
  '',
  'In May 2021 the dockers’ union and the port authority opened talks in Lyon. The talks ended the strike in Marseille.',
]);

const ask = askingWith([report]);

describe('a where-question whose subject a relative clause describes', () => {
  it('is answered with the place of its subject, told in the sentence before, not the place of the clause’s words', () => {
    const answer = ask('Where were the negotiations that ended the dock strike held?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^Lyon\b/u);
  });
});

/** A moderator's report of a line that runs from one place to another. */
const ferry = added('ferry', 'The new ferry', '2021-06', ['THE NEW FERRY', '', 'In May 2021 the company opened a ferry line that runs to Marseille from Lyon along the river.']);

describe('a where-question after a starting point or a goal, of a passage that gives both', () => {
  const askFerry = askingWith([ferry]);
  it('is answered with the place after "from" when it asks where the thing runs from', () => {
    expect(askFerry('Where does the ferry line run from?').answer).toMatch(/^Lyon\b/u);
  });
  it('and with the other place when it asks where it goes to', () => {
    expect(askFerry('Where to does the ferry line run?').answer).toMatch(/^Marseille\b/u);
  });
});
