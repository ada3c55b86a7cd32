import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A moderator's report of a killing, told in the words news text most often uses. */
const report = added('valletta', 'Maltese affairs', '2024-03', [
  'On 3 May 2021 a masked motorcyclist shot dead the mayor of Valletta outside the town hall.',
  'In June 2021 the Maltese parliament approved a budget for the navy.',
]);

const ask = askingWith([report]);

describe('a killing asked about in other words than the report tells it', () => {
  it.each([
    ['Who gunned down the mayor of Valletta?', 'motorcyclist'],
    ['Who shot the mayor of Valletta?', 'motorcyclist'],
  ])('finds its doer: %s', (question, doer) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain(doer);
  });
});
