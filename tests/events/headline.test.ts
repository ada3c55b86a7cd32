import { describe, expect, it } from 'vitest';
import { MAX_HEADLINE, shortenHeadline } from '../../src/events/headline.ts';

const long = (tail: string) => `The two leaders met in the city to discuss the war in the north of the country and the deals that their governments had made over the years${tail}`;

describe('a summary shortened to a headline by its clauses', () => {
  it.each([
    ['a short sentence stays as it is', 'Putin and Erdogan meet in Sochi.', 'Putin and Erdogan meet in Sochi.'],
    ['a trailing participial clause goes', long(', saying afterwards that they had lived through a very complicated moment together.'), long('.')],
    ['an absolute construction goes', long(', Putin saying afterwards that they had lived through a very complicated moment.'), long('.')],
    ['a purpose adjunct goes', long(' in a bid to avert a military assault on the last rebel and jihadist bastion in the country.'), long('.')],
    ['a trailing relative clause goes', long(', which both sides later described as a turning point in their long and difficult relations.'), long('.')],
    [
      'an apposition of a name goes',
      'The surprise visit to Moscow on August 27 marked growing bilateral military and industrial cooperation between Turkey, a NATO member state, and Russia, its old rival.',
      'The surprise visit to Moscow on August 27 marked growing bilateral military and industrial cooperation between Turkey and Russia, its old rival.',
    ],
    [
      'a long opening subordinate clause gives way to the main clause',
      'After the regime accused the Turkish government of trying to save the forces in the province that had been under attack by Damascus and Moscow for weeks, a Turkish military convoy came under air attack.',
      'A Turkish military convoy came under air attack.',
    ],
    [
      'a second main clause after ", and" goes',
      'The foreign minister of the republic signed the first copy of the treaty with both of his neighbours, and the envoy of the other side, a veteran of many such talks, signed a second copy alone.',
      'The foreign minister of the republic signed the first copy of the treaty with both of his neighbours.',
    ],
    [
      'but not the last item of a list',
      'The talks brought together the foreign ministers of the three countries that border the inland sea to the north and the east of the region, Armenia, Georgia, and Azerbaijan, for two days.',
      'The talks brought together the foreign ministers of the three countries that border the inland sea to the north and the east of the region, Armenia, Georgia, and Azerbaijan, for two days.',
    ],
  ])('%s', (_, sentence, headline) => {
    expect(shortenHeadline(sentence)).toBe(headline);
  });

  it('drops where and about what it was said between a verb of saying and what was said, outside quotations', () => {
    const reported = `The state news agency of the country reported on the president's visit to the capital of its old ally that "a military source announced a ceasefire in the zone, which both had long discussed."`;
    expect(shortenHeadline(reported)).toBe(`The state news agency of the country reported that "a military source announced a ceasefire in the zone, which both had long discussed."`);
  });

  it('never ends inside a quotation, and leaves a sentence it cannot shorten by its clauses whole', () => {
    const quoted = `The agency reported that "a military source announced the acceptance of a ceasefire in the zone, which the two sides had long discussed, as of Saturday morning, following talks in the capital."`;
    expect(shortenHeadline(quoted)).toBe(quoted);
  });

  it('keeps every shortened headline within the limit', () => {
    for (const tail of [', saying more.', ' despite the concern of its allies.', '; the talks went on.']) expect(shortenHeadline(long(tail) + ' '.repeat(20)).length).toBeLessThanOrEqual(MAX_HEADLINE);
  });
});
