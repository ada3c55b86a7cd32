import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * A factfile told in one paragraph, an entry a sentence or two: a sentence that goes on telling one entry ("Under
 * the deal …") is not named by the next entry, which opens a dated story of its own.
 */
const factfile = added('harbour-factfile', 'Malta and Italy: a factfile', '2020-02', [
  'In May 2018, Malta and Italy sign a fisheries accord in Valletta. Under the deal each fleet keeps to its own waters. In March 2019, Malta signs for the Sentinel radar from Italy, its first major arms purchase. Italian crews install it in the autumn.',
]);

const ask = askingWith([factfile]);

describe('names a when-question gives, held by the story of a sentence', () => {
  it.each([
    ['When was the Sentinel deal?', '2019-03'],
    ['when was the sentinel radar deal signed', '2019-03'],
  ])('%s', (question, date) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe(date);
  });
});
