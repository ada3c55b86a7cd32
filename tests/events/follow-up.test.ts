import { beforeAll, describe, expect, it } from 'vitest';
import { corpusOf, prepareDocument } from '../../src/corpus/load.ts';
import { extractDates } from '../../src/dates/index.ts';
import { buildEvents } from '../../src/events/build.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

const doc = (id: string, text: string) =>
  prepareDocument({ id, file: `${id}.txt`, title: 'Live', publisher: null, language: 'en', published: { value: '2016-12-20', granularity: 'day', inferred: false }, quality: [] }, text);

/** A live blog: an introduction that names the ambassador by his role, then timed entries under day headings. */
const blog = (...days: Array<[string, ...string[]]>) =>
  doc('blog', ['Live: the attack in Ankara', '', "Russia's ambassador Andrei Karlov was giving a speech at a gallery.", ...days.flatMap(([day, ...entries]) => ['', day, ...entries.flatMap((entry, i) => ['', `1${i}:00 GMT`, entry])])].join('\n'));

/** Each event as its date and the sentences it cites. */
const events = (...docs: ReturnType<typeof doc>[]) =>
  buildEvents(corpusOf(docs), { ...language, corrections: [], extractDates }).events.map((e) => [e.date, ...e.citations.map((c) => c.quote)]);

describe('a later report of a happening one document told already is that happening, not another', () => {
  it('joins a confirmed death to the shooting it followed, the same day and about the same man, named by his role', () => {
    const found = events(blog(['Monday 19 December 2016', 'A gunman fired at Karlov from behind as he spoke.', 'The foreign ministry has confirmed that the ambassador died of his wounds.']));
    expect(found).toEqual([['2016-12-19', 'A gunman fired at Karlov from behind as he spoke.', 'The foreign ministry has confirmed that the ambassador died of his wounds.']]);
  });

  it('joins a death to the attack it ended, the same day and about the same man', () => {
    const found = events(blog(['Monday 19 December 2016', "A bomb exploded beside Karlov's car outside the embassy.", 'Officials say the ambassador died in hospital.']));
    expect(found).toHaveLength(1);
  });

  it.each([
    ['a killing of someone else', 'Police shot the attacker dead after a standoff.'],
    ['a happening of another kind about the same man', 'Erdogan spoke to Putin by telephone about the killing of Karlov.'],
    ['a further happening of the kind, told as one', 'A second gunman also fired at Karlov.'],
  ])('keeps apart %s told the same day', (_, later) => {
    const found = events(blog(['Monday 19 December 2016', 'A gunman fired at Karlov from behind as he spoke.', later]));
    expect(found).toHaveLength(2);
  });

  it('keeps apart a report of the same kind about the same man on another day', () => {
    const found = events(blog(['Monday 19 December 2016', 'A gunman fired at Karlov from behind as he spoke.'], ['Tuesday 20 December 2016', 'Karlov was shot at again, the ministry said.']));
    expect(found.map(([date]) => date)).toEqual(['2016-12-19', '2016-12-20']);
  });

  it('lets the joined reports meet another document that tells the happening, as one claim would', () => {
    const wire = doc('wire', "Russia's ambassador to Turkey, Andrei Karlov, was shot dead at a gallery in Ankara on 19 December 2016.");
    const found = events(blog(['Monday 19 December 2016', 'A gunman fired at Karlov from behind as he spoke.', 'The foreign ministry has confirmed that the ambassador died of his wounds.']), wire);
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveLength(4);
  });
});
