import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * A report whose anchor sentence leaves the place of its story to the sentence after it, in the same paragraph:
 * the anchor's name is the story's, as a reader takes it, though the anchor's own sentence does not give it.
 */
const report = added('tunnel-vote', 'A vote in parliament', '2021-03-20', [
  'Ferries carry most of the traffic across the channel today.',
  '',
  'The cabinet sent parliament a bill on the tunnel on 3 March 2021. It would link Gozo with the main island. Members passed it by a show of hands the following day.',
]);

const ask = askingWith([report]);

describe('an anchor whose name the story gives beside its sentence', () => {
  it.each([
    ['what did the mps do the day after the tunnel bill for gozo reached them', '2021-03-04', /passed/u],
    ['What did members of parliament do the day after the Gozo tunnel bill was sent to them?', '2021-03-04', /passed/u],
  ])('places the question after it: %s', (question, date, told) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe(date);
    expect(answer.answer).toMatch(told);
  });
});
