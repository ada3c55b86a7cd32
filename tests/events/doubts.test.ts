/**
 * The review queue's reasons: every doubtful date of an event says why a moderator should look
 * at it, and a date the text states or the known publication date places carries no doubt.
 * 25 October 2019 (a Friday) is the publication date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusOf, prepareDocument } from '../../src/corpus/load.ts';
import { extractDates } from '../../src/dates/index.ts';
import { buildEvents } from '../../src/events/build.ts';
import type { DateDoubt } from '../../src/events/types.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

const doc = (id: string, text: string, published = '2019-10-25', inferred = false) =>
  prepareDocument({ id, file: `${id}.txt`, title: id, publisher: null, language: 'en', published: { value: published, granularity: 'day', inferred }, quality: [] }, text);

/** The doubts of the event a quote of `pattern` is cited for. */
function doubtsOf(pattern: RegExp, ...docs: ReturnType<typeof doc>[]): DateDoubt[] | undefined {
  const { events } = buildEvents(corpusOf(docs), { ...language, corrections: [], extractDates });
  const event = events.find((e) => e.citations.some((c) => pattern.test(c.quote)));
  expect(event).toBeDefined();
  return event?.doubts;
}

describe('why a date enters the review queue', () => {
  it.each<[reason: string, text: string, cited: RegExp, expected: DateDoubt | undefined]>([
    ['a stated date has no doubt', 'On 12 September 2017, Russia and Turkey signed an agreement on gas supplies.', /agreement on gas/u, undefined],
    ['a month placed by a known publication date has no doubt', 'In December, Russia and Turkey signed an agreement on gas supplies.', /agreement on gas/u, undefined],
    ['a date whose weekday contradicts it is garbled', 'On Monday, June 28, 2016, Putin and Erdogan held talks in Moscow.', /held talks/u, 'garbled'],
    ['a date counted from another happening is composed', 'The summit opened in Sochi on 22 October 2019. About a week before the summit, Turkey launched an offensive against Kurdish forces in Syria.', /launched an offensive/u, 'composed'],
  ])('%s', (_reason, text, cited, expected) => {
    const doubts = doubtsOf(cited, doc('a', text));
    if (expected === undefined) expect(doubts).toBeUndefined();
    else expect(doubts).toContain(expected);
  });

  it('flags a day worked out from a publication date that was itself guessed as inferred', () => {
    const doubts = doubtsOf(/agreement on gas/u, doc('a', 'On Wednesday, Russia and Turkey signed an agreement on gas supplies.', '2019-10-25', true));
    expect(doubts).toContain('inferred');
  });

  it('flags reports of one happening that disagree on its date', () => {
    const doubts = doubtsOf(
      /contract/u,
      doc('a', 'On September 12, 2017, Erdogan confirmed that Turkey had signed a contract with Russia for the purchase of the missile system.', '2019-07-12'),
      doc('b', 'Deliveries began in July 2019, under a contract for the Russian missile system signed in December 2017.', '2019-09-05'),
    );
    expect(doubts).toContain('disagreeing');
  });
});
