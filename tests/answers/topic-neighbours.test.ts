import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A wire story told in one paragraph, whose sentences tell happenings of different stories side by side. */
const wire = added('straits-wire', 'Ankara and Moscow at sea', '2014-08-01', [
  'Ankara and Moscow at sea',
  '',
  'On 3 June 2014 a storm sank a Turkish fishing boat off Cyprus. In May 2014 Russian and Turkish diplomats began talks on the shipping lanes around Crimea. A fragile truce was brokered between Moscow and Ankara in July 2014.',
  '',
  'Moscow and Ankara signed an agreement on a ferry terminal in May 2012. The project stalled during the row that followed the sinking of a fishing trawler by a Turkish patrol boat in June 2013.',
  '',
  'On 10 October 2013 the two governments signed a deal on a new gas hub.',
  '',
  'The hub, dubbed Kestrel, will store gas for southern Europe.',
]);

const ask = askingWith([wire]);
const dates = (question: string) => ask(question).events.map((e) => e.date);

describe("a topic timeline's sentences and their neighbours", () => {
  it.each([
    // The storm names a place of its own and is no Crimea event for standing before the talks.
    ['Timeline of Crimea', ['2014-05', '2014-07'], ['2014-06-03']],
    // The truce names only the two sides of every story: it speaks of its paragraph's topic.
    ['What happened around Crimea?', ['2014-05', '2014-07'], ['2014-06-03']],
    // A neighbour lends its names, not its common words: the terminal's agreement is no trawler event.
    ['Timeline of the sunken trawler', ['2013-06'], ['2012-05']],
  ])('lists for "%s" %j and not %j', (question, listed, left) => {
    const found = dates(question);
    expect(found).toEqual(expect.arrayContaining(listed));
    for (const date of left) expect(found).not.toContain(date);
  });

  it('takes a sentence as telling what the next one, opening on it, names: "The hub, dubbed Kestrel, …"', () => {
    expect(dates('What is the story of Kestrel?')).toEqual(['2013-10-10']);
  });
});
