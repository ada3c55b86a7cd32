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
