import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A moderator's report: a dated happening, then a sentence that goes on telling it and names a later day of its own. */
const report = added('valley-flood', 'The valley flood', '2023-11', [
  'THE VALLEY FLOOD',
  '',
  'On 19 September 2023 the river Alder burst its banks in the Fenland valley. More than 5,000 Fenland villagers had fled to Brook by 3 October 2023.',
]);

const ask = askingWith([report]);

describe('a question naming a period, answered by a sentence that goes on telling an earlier story', () => {
  it('takes the sentence when its own words name a day inside the period', () => {
    const answer = ask('How many Fenland villagers had fled by the start of October 2023?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^More than 5,000\b/u);
  });
});
