import { beforeAll, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/corpus/load.ts';
import type { DocumentMeta, Language } from '../../src/corpus/types.ts';
import { extractDates } from '../../src/dates/index.ts';
import { documentClaims } from '../../src/events/build.ts';
import { glossedSummaryOf, summaryOf, swedishSummaryOf } from '../../src/events/summary.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

const meta = (title: string, lang: Language = 'en'): DocumentMeta => ({
  id: 'doc',
  file: 'doc.txt',
  title,
  publisher: null,
  language: lang,
  published: { value: '2020-12-15', granularity: 'day', inferred: false },
  quality: [],
});

/** Each claim of a document as `date status: summary (+ the sentences that go on telling it)`. */
function claims(original: string, title: string, lang: Language = 'en'): string[] {
  const doc = prepareDocument(meta(title, lang), original);
  return documentClaims(doc, { extractDates, eventTypes: language.eventTypes }).map(
    (c) => `${c.date} ${c.status}: ${summaryOf(c)}${c.sequel.length > 0 ? ` (+${c.sequel.length})` : ''}`,
  );
}

describe("a chronology's headings date the entries below them", () => {
  const chronology = [
    'A CHRONOLOGY OF THE AFFAIR',
    'How a purchase set Ankara against its allies',
    '',
    'September 12, 2017 — Ankara:',
    '● Erdogan says Turkey has signed for the system.',
    '● He brushes aside objections.',
    '',
    'July 12, 2019 — Murted air base:',
    '● Russian cargo planes land with the first parts.',
  ].join('\n');

  it('makes one event of each dated heading, told by its first entry and continued by the rest', () => {
    expect(claims(chronology, 'A chronology of the affair')).toEqual([
      '2017-09-12 happened: Erdogan says Turkey has signed for the system. (+1)',
      '2019-07-12 happened: Russian cargo planes land with the first parts.',
    ]);
  });

  it('dates a plan under a heading by the heading, when it was said', () => {
    const plan = ['March 5, 2020 — Moscow:', '● The two leaders agree a truce.', '● Joint patrols are to start on 15 March.'].join('\n');
    expect(claims(plan, 'Dates')).toEqual(['2020-03-05 happened: The two leaders agree a truce.', '2020-03-05 planned: Joint patrols are to start on 15 March.']);
  });

  it('lets an entry with a date of its own keep it', () => {
    const own = ['July 12, 2019 — Ankara:', '● The first parts arrive.', '● The second batch follows on August 27, 2019.'].join('\n');
    expect(claims(own, 'Deliveries')).toEqual(['2019-07-12 happened: The first parts arrive.', '2019-08-27 happened: The second batch follows on August 27, 2019.']);
  });
});

describe("a chronology's bullets that open on their year", () => {
  it('makes the year a label for the dates after it, not an event of its own', () => {
    const years = ['Ryssland och Turkiet i korthet', '', '● 2015: Turkiet skjuter ned ett ryskt stridsplan i november.', '● 2017: Länderna undertecknar avtalet om S-400.'].join('\n');
    expect(claims(years, 'Ryssland och Turkiet i korthet', 'sv')).toEqual(['2015-11 happened: Turkiet skjuter ned ett ryskt stridsplan i november.', '2017 happened: Länderna undertecknar avtalet om S-400.']);
  });
});

describe("a live blog's day headings date the entries below them", () => {
  const blog = [
    'Live: the ambassador is shot',
    '',
    'Monday 19 December 2016',
    '',
    '16:10 GMT',
    'We are getting reports of an attack at a gallery in Ankara.',
    '',
    '16:25 GMT',
    'A gunman shot the Russian ambassador dead at a gallery in Ankara.',
    '',
    '19:30 GMT',
    'Erdogan spoke to Putin by telephone about the killing.',
    '',
    'Tuesday 20 December 2016',
    '',
    '13:35 GMT',
    'The foreign ministers of Russia, Turkey and Iran met in Moscow.',
    'They adopted a joint declaration on Syria.',
    '',
    '14:00 GMT',
    'Reporters waited outside in the cold.',
  ].join('\n');

  it('makes an event of each entry that tells a happening with a subject of its own (not the writers), on the day of the heading above it, continued within its paragraph only', () => {
    expect(claims(blog, 'Live: the ambassador is shot')).toEqual([
      '2016-12-19 happened: A gunman shot the Russian ambassador dead at a gallery in Ankara.',
      '2016-12-19 happened: Erdogan spoke to Putin by telephone about the killing.',
      '2016-12-20 happened: The foreign ministers of Russia, Turkey and Iran met in Moscow. (+1)',
    ]);
  });

  it('reads the relative dates of an entry against its day heading, not the day the page was last updated', () => {
    const days = ['Live', '', 'Monday 19 December 2016', '', '10:00 GMT', 'Russian investigators arrived in Ankara yesterday.', '', 'Tuesday 20 December 2016', '', '09:00 GMT', 'The ministers met in Moscow on Sunday.'].join('\n');
    expect(claims(days, 'Live')).toEqual(['2016-12-18 happened: Russian investigators arrived in Ankara yesterday.', '2016-12-18 happened: The ministers met in Moscow on Sunday.']);
  });

  it('makes an event of an arrival or a shooting told under a day heading', () => {
    const entries = ['Live', '', 'Tuesday 20 December 2016', '', '09:20 GMT', 'A group of Russian investigators has landed in Ankara to take part in the inquiry.', '', '10:00 GMT', 'A man fired at the guards outside the embassy, according to witnesses.'].join('\n');
    expect(claims(entries, 'Live')).toEqual([
      '2016-12-20 happened: A group of Russian investigators has landed in Ankara to take part in the inquiry.',
      '2016-12-20 happened: A man fired at the guards outside the embassy, according to witnesses.',
    ]);
  });

  it('reads a Swedish day heading and clock lines the same way', () => {
    const blogg = ['Dagen då ambassadören sköts', '', 'Måndag 19 december 2016', '', 'Kl. 17.10', 'Rysslands ambassadör skjuts ihjäl i Ankara.', '', 'Kl. 19.30', 'Erdogan ringer Putin.', '', 'Tisdag 20 december 2016', '', 'Kl. 14.00', 'Utrikesministrarna möts i Moskva.'].join('\n');
    expect(claims(blogg, 'Dagen då ambassadören sköts', 'sv')).toEqual([
      '2016-12-19 happened: Rysslands ambassadör skjuts ihjäl i Ankara.',
      '2016-12-19 happened: Erdogan ringer Putin.',
      '2016-12-20 happened: Utrikesministrarna möts i Moskva.',
    ]);
  });

  it('takes the year of a day heading without one from the publication date, not from the story above it', () => {
    const review = ['Review', '', 'The pact was signed in Istanbul on 10 October 2016.', '', '14 December', '', 'The ministers met in Moscow on Sunday.'].join('\n');
    expect(claims(review, 'Review')).toEqual(['2016-10-10 happened: The pact was signed in Istanbul on 10 October 2016.', '2020-12-13 happened: The ministers met in Moscow on Sunday.']);
  });

  it('dates nothing by a heading that says more than a date', () => {
    const topic = ['The 2016 crisis', '', 'A gunman shot the Russian ambassador dead at a gallery in Ankara.'].join('\n');
    expect(claims(`Headline\n\nThe story opens.\n\n## ${topic}`, 'Headline')).toEqual([]);
  });
});

describe('words said: a remark dates no event, a statement that tells a development does', () => {
  it.each([
    ['a view in a closing attribution', 'Turkish and Russian officials have good relations when it comes to Syria, the deputy foreign minister said Monday.', []],
    ['a wish in a quotation', '"Turkey has no time and it wants a zone to be built along the border as soon as possible," Erdogan said in Istanbul on Saturday.', []],
    ['a day inside a quotation', 'Erdogan replied: "Today we have taken a closer look at the defence industry."', []],
    [
      'a withdrawal in a quotation, told as who said what',
      '"Our offer would be withdrawn if it took delivery of the system. Our offer has expired," a State Department official told CNN on August 22.',
      ['2020-08-22 happened: A State Department official told CNN: "Our offer has expired."'],
    ],
    ['a development told with its own date', 'Erdogan confirmed on Tuesday that Turkey had signed a contract for the system.', ['2020-12-15 happened: Erdogan confirmed that Turkey had signed a contract for the system.']],
  ])('%s', (_, sentence, expected, lang = 'en') => {
    expect(claims(sentence, 'News', lang as Language)).toEqual(expected);
  });
});

describe('a summary too long for a headline', () => {
  it('loses its own date where it closes the quotation that ends it, and tells what a news agency reported as the headline', () => {
    const sentence = 'The official news agency of the republic reported after the long talks in the capital that "an army source confirmed the start of a truce along the whole front line in the northern province as of Saturday morning."';
    expect(claims(sentence, 'News')).toEqual(['2020-12-12 happened: An army source confirmed the start of a truce along the whole front line in the northern province.']);
  });
});

describe('a sentence that names two happenings dates each by its own clause (a summary leaves out its own date but where it ends the clause)', () => {
  it.each([
    [
      'a main clause after a dated opening clause and a dated adjunct',
      'After the arrival of the first parts in July 2019, under a contract signed in December 2017, Washington suspended Turkey from the jet programme.',
      ['2019-07 happened: After the arrival of the first parts in July 2019.', '2017-12 happened: Under a contract signed in December 2017.', '2019-07 happened: Washington suspended Turkey from the jet programme.'],
    ],
    [
      'a Swedish main clause after a dated opening clause',
      'Efter mötet i mars 2020, med stöd av båda länderna, undertecknade ministrarna ett avtal.',
      ['2020-03 happened: Efter mötet, med stöd av båda länderna.', '2020-03 happened: Undertecknade ministrarna ett avtal.'],
      'sv',
    ],
    ['a main clause that tells no happening', 'After the talks in March 2020, the weather in Moscow was cold.', ['2020-03 happened: After the talks, the weather in Moscow was cold.']],
    ['a main clause with a date of its own', 'After the talks in March 2020, the ministers signed a deal in May 2020.', ['2020-03 happened: After the talks in March 2020.', '2020-05 happened: The ministers signed a deal in May 2020.']],
    [
      'a happening placed by how long before the last one it came, in English',
      'The ministers met in Ankara on 12 March 2020. The meeting came a week after several soldiers were killed in an air strike.',
      ['2020-03-12 happened: The ministers met in Ankara on 12 March 2020.', '2020-03-05 happened: Several soldiers were killed in an air strike.'],
    ],
    [
      'a happening placed by how long before the last one it came',
      'Ministrarna möttes i Ankara den 12 mars 2020. Mötet kom en vecka efter att flera soldater dödats i ett flyganfall.',
      ['2020-03-12 happened: Ministrarna möttes i Ankara den 12 mars 2020.', '2020-03-05 happened: Flera soldater dödats i ett flyganfall.'],
      'sv',
    ],
  ])('%s', (_, sentence, expected, lang = 'en') => {
    expect(claims(sentence, 'News', lang as Language)).toEqual(expected);
  });
});

describe('a time told twice, broadly and then exactly, dates one happening by the exact date', () => {
  it.each([
    ['The first parts arrived at an air base last year, on 12 July 2019, despite warnings from Washington.', '2019-07-12 happened: The first parts arrived at an air base, despite warnings from Washington.'],
    ['The ministers met in Ankara in March 2020, on 12 March, and signed a deal.', '2020-03-12 happened: The ministers met in Ankara, and signed a deal.'],
  ])('%s', (sentence, expected) => {
    expect(claims(sentence, 'News')).toEqual([expected]);
  });

  it('keeps two dates that tell two times', () => {
    expect(claims('The ministers met in March 2019, and again in May 2020.', 'News').map((c) => c.slice(0, 7))).toEqual(['2019-03', '2020-05']);
  });
});

describe('summaries read as headlines in English, and in Swedish where the source is Swedish', () => {
  const swedish = (original: string) => {
    const doc = prepareDocument({ ...meta('Nyheter', 'sv'), published: { value: '2017-03-10', granularity: 'day', inferred: false } }, original);
    return documentClaims(doc, { extractDates, eventTypes: language.eventTypes }).map((c) => [swedishSummaryOf(c, language.gloss), glossedSummaryOf(c, language.gloss)]);
  };

  it('puts a Swedish sentence that opened on its date in subject–verb order, in Swedish and in the English gloss', () => {
    expect(swedish('I januari 2017 inleder Ryssland och Turkiet gemensamma flyganfall mot IS i Syrien.')).toEqual([
      ['Ryssland och Turkiet inleder gemensamma flyganfall mot IS i Syrien.', 'Russia and Turkey start joint airstrikes against IS in Syria.'],
    ]);
  });

  it('tells a subordinate clause dated by how long before the last happening it came as a main clause, "har" and all', () => {
    const [, dated] = swedish('Ministrarna möttes i Ankara den 2 mars 2017. Mötet kom en vecka efter att flera soldater dödats i ett flyganfall.');
    expect(dated).toEqual(['Flera soldater har dödats i ett flyganfall.', 'Several soldiers have been killed in an airstrike.']);
  });

  it('keeps the first main clause of a Swedish sentence, and no Swedish word the dictionary knows in the gloss', () => {
    const [[sv, en] = []] = swedish('I december 2016 skjuter en polis ihjäl ambassadören, men de två länderna lyckas undvika en spricka.');
    expect(sv).toBe('En polis skjuter ihjäl ambassadören.');
    expect(en).not.toMatch(/\b(?:skjuter|polis|länderna|spricka)\b/u);
  });
});

describe('an undated sentence that goes on telling a dated story is an event of that story when it states a development', () => {
  it.each([
    [
      'an act told after the story it follows',
      'In November 2015, Turkish jets shoot down a Russian warplane. Moscow announces economic sanctions against Ankara.',
      ['2015-11 happened: Turkish jets shoot down a Russian warplane. (+1)', '2015-11 happened: Moscow announces economic sanctions against Ankara.'],
    ],
    [
      'an act told as the answer to the story',
      'In November 2015, Turkish jets shoot down a Russian warplane. Moscow answered with economic sanctions.',
      ['2015-11 happened: Turkish jets shoot down a Russian warplane. (+1)', '2015-11 happened: Moscow answered with economic sanctions.'],
    ],
    [
      'an act dated by a vague count from the story',
      'On 24 November 2015, Turkish jets shot down a Russian warplane. Moscow answered with economic sanctions a few days later.',
      ['2015-11-24 happened: Turkish jets shot down a Russian warplane.', '2015-11 happened: Moscow answered with economic sanctions a few days later.'],
    ],
    [
      'a reaction, a claim about it, a state or a pronoun subject: part of the story',
      'In November 2015, Turkish jets shoot down a Russian warplane. Russia rejects the assertion that the plane strayed into Turkish airspace, saying it signed no deal. The crisis has lasted since.',
      ['2015-11 happened: Turkish jets shoot down a Russian warplane. (+2)'],
    ],
    [
      'a main clause that tells the act, and a later clause of state',
      'The two were rivals during the fighting in 2020. Russia eventually brokered a cease-fire, and it is working with Ankara to monitor it.',
      ['2020 happened: The two were rivals during the fighting in 2020. (+1)', '2020 happened: Russia eventually brokered a cease-fire, and it is working with Ankara to monitor it.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(claims(text, 'News')).toEqual(expected);
  });
});

describe('a day named by another happening of the story', () => {
  it('dates "the same day X met" by the claim that tells the meeting, not by the latest date', () => {
    const text = 'Erdogan paid a visit to Moscow on August 27, 2020. A ceasefire was announced on August 30, 2020. The same day Erdogan and Putin met, a second batch of the missiles was delivered to the air base.';
    expect(claims(text, 'News')).toContainEqual('2020-08-27 happened: A second batch of the missiles was delivered to the air base.');
  });

  it('says which sentence the day was taken from, so that a reader can check it; a sentence with its own date names none', () => {
    const text = 'Erdogan paid a visit to Moscow on August 27, 2020. A ceasefire was announced on August 30, 2020. The same day Erdogan and Putin met, a second batch of the missiles was delivered to the air base.';
    const found = documentClaims(prepareDocument(meta('News'), text), { extractDates, eventTypes: language.eventTypes });
    const batch = found.find((c) => c.citation.quote.startsWith('The same day') && c.date === '2020-08-27');
    expect(batch?.dateFrom?.quote).toBe('Erdogan paid a visit to Moscow on August 27, 2020.');
    const dated = found.filter((c) => c.citation.quote.includes(', 2020.'));
    expect(dated.length).toBe(2);
    for (const c of dated) expect(c.dateFrom).toBeUndefined();
  });
});

describe('a summary keeps the subject of its clause and leaves out what only frames it', () => {
  it.each([
    [
      'an apposition between commas stays in the subject, a time of day goes with its date, an unnamed source’s attribution goes',
      "Russia's ambassador to Turkey, Andrei Karlov, was shot dead on Monday evening while giving a speech at an exhibition, officials said.",
      "2020-12-14 happened: Russia's ambassador to Turkey, Andrei Karlov, was shot dead while giving a speech at an exhibition.",
    ],
    [
      'a list of names stays in the subject',
      'Foreign ministers of Russia, Turkey and Iran met on 12 December 2020 in Moscow.',
      '2020-12-12 happened: Foreign ministers of Russia, Turkey and Iran met in Moscow.',
    ],
    ['a calendar’s dash after the opening date goes', '24.11.2015 – Turkish jets shoot down a Russian bomber.', '2015-11-24 happened: Turkish jets shoot down a Russian bomber.'],
  ])('%s', (_, text, expected) => {
    expect(claims(text, 'News')).toContainEqual(expected);
  });

  it('keeps a named speaker, who is the news', () => {
    expect(claims('Turkey will answer every attack, Erdogan said on 12 December 2020.', 'News')[0]).toMatch(/Erdogan said/u);
  });

  it.each([
    ['a name after the speaker keeps its capital', 'In March 2020 Turkey bought two more batteries, the defence minister Hulusi Akar said.', '2020-03 happened: The defence minister Hulusi Akar said Turkey bought two more batteries.'],
    ['a common word after the speaker loses its capital', 'In 2019 about six million Russians flew to Antalya, the tourism minister Mehmet Ersoy said.', '2019 happened: The tourism minister Mehmet Ersoy said about six million Russians flew to Antalya.'],
    ['a row’s label still heads the line', 'Port traffic in 2019: Some 40 ships crossed the strait, the port chief Ali Demir said.', '2019 happened: Port traffic: the port chief Ali Demir said some 40 ships crossed the strait.'],
  ])('names a speaker first even when the attribution holds no date (%s), so that no headline ends on "…, X said"', (_, text, expected) => {
    expect(claims(text, 'News')).toContainEqual(expected);
  });

  it('takes the calendar’s dash off a Swedish headline too', () => {
    const doc = prepareDocument(meta('Kalender', 'sv'), '19.12.2016 – Rysslands ambassadör Andrej Karlov skjuts ihjäl i Ankara.');
    const [claim] = documentClaims(doc, { extractDates, eventTypes: language.eventTypes });
    expect(claim && swedishSummaryOf(claim, language.gloss)).toBe('Rysslands ambassadör Andrej Karlov skjuts ihjäl i Ankara.');
  });
});

describe('an answer that is a date alone', () => {
  it('dates the sentence after it in its paragraph instead of being an event of its own', () => {
    const interview = ['Grain talks', '', 'The deal was signed in Istanbul on 22 July 2019.', '', 'When did the first cargo move?', '', 'Ten days after the signing. A freighter left Odesa with maize.'].join('\n');
    expect(claims(interview, 'Grain talks')).toEqual(['2019-07-22 happened: The deal was signed in Istanbul on 22 July 2019.', '2019-08-01 happened: A freighter left Odesa with maize.']);
  });
});

describe('words with no verb and no word for a happening besides their date', () => {
  it('date no event: a back-reference to an earlier meeting is no headline', () => {
    const text = 'Summit\n\nThe leaders met in Ankara on 4 April 2018 and signed a statement on Syria. It was their second such meeting, after the first in Sochi in November 2017.';
    expect(claims(text, 'Summit').filter((c) => c.startsWith('2017'))).toEqual([]);
  });
});

describe('an answer that is a date and a place, with no verb', () => {
  it('is no event of its own when the sentences after it tell what happened then', () => {
    const interview = ['Port talks', '', 'Where was the accord signed?', '', 'Yes, on 3 May 2019, in the old harbour hall. The two ministers signed the accord on the quay.'].join('\n');
    expect(claims(interview, 'Port talks')).toEqual(['2019-05-03 happened: The two ministers signed the accord on the quay.']);
  });
});

describe("a happening's own date in its summary", () => {
  it('stays where a preposition of its own governs it, as one end of a span', () => {
    const text = 'Report\n\nThe mission was set up by the two armies, and the mission ran its patrols from early 2019 until the end of 2020.';
    expect(claims(text, 'Report').find((c) => c.startsWith('2019'))).toContain('from early 2019 until');
  });
});

describe('a date that names an agreement by its day', () => {
  it.each<[Language, string]>([
    ['en', 'On 5 March 2020 the leaders met in Moscow. They signed an Additional Protocol to the Memorandum of 17 September 2018.'],
    ['en', 'On 5 March 2020 the leaders met in Moscow. They amended the treaty dated 12 May 2010.'],
    ['sv', 'Ledarna möttes i Moskva den 5 mars 2020. De enades om ett tillägg till avtalet från den 17 september 2018.'],
  ])('dates no happening of its sentence (%s): %s', (lang, text) => {
    expect(claims(`Report\n\n${text}`, 'Report', lang).filter((c) => !c.startsWith('2020-03-05'))).toEqual([]);
  });
});

describe('a time a figure is compared with', () => {
  it.each<[Language, string]>([
    ['en', 'In June 2016 Russian arrivals were 93 per cent lower than in June 2015.'],
    ['en', 'In June 2016 about 1.6 million Russians came, against 168,000 in the same months of 2015.'],
    ['en', 'In June 2016 exports rose by a third compared with 2015.'],
    ['sv', 'I juni 2016 kom 93 procent färre ryssar än i juni 2015.'],
    ['sv', 'I juni 2016 steg exporten med en tredjedel jämfört med 2015.'],
  ])('dates no happening of its sentence (%s): %s', (lang, text) => {
    expect(claims(`Report\n\n${text}`, 'Report', lang).filter((c) => !c.startsWith('2016-06'))).toEqual([]);
  });

  it('is not an opponent a measure is taken against', () => {
    expect(claims('Report\n\nRussia imposed sanctions against Turkey in November 2015.', 'Report').some((c) => c.startsWith('2015-11'))).toBe(true);
  });
});
