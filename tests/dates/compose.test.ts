/**
 * Dates that compose, as a table in chrono's style: text, reference (publication) date,
 * language, and the value and certainty of the LAST mention in the text (earlier sentences
 * set the narrative). Composed, offset and holiday readings are implied, never certain,
 * so that the events layer sends them to review. 25 October 2019 was a Friday (ISO week 43).
 */
import { describe, expect, it } from 'vitest';
import { extractDates, type DateMention } from '../../src/dates/index.ts';

type Row = [text: string, reference: string, lang: 'en' | 'sv', expected: Partial<DateMention>];

function lastMention(text: string, reference: string, lang: 'en' | 'sv'): DateMention | undefined {
  return extractDates(text, { reference, lang }).at(-1);
}

function table(rows: Row[]): void {
  it.each(rows)('%s (%s, %s)', (text, reference, lang, expected) => {
    expect(lastMention(text, reference, lang)).toMatchObject(expected);
  });
}

const FRIDAY = '2019-10-25';

describe('a weekday in a stated week', () => {
  table([
    ['The talks ended on last week’s Monday.', FRIDAY, 'en', { text: 'last week’s Monday', value: '2019-10-14', certain: false }],
    ["The talks ended last week's Monday.", FRIDAY, 'en', { value: '2019-10-14', granularity: 'day', certain: false }],
    ['The talks ended on Monday last week.', FRIDAY, 'en', { text: 'Monday last week', value: '2019-10-14', certain: false }],
    ['The talks ended on Monday of last week.', FRIDAY, 'en', { text: 'Monday of last week', value: '2019-10-14', certain: false }],
    ['The ministers will meet on Friday next week.', FRIDAY, 'en', { value: '2019-11-01', certain: false }],
    ['Samtalen avslutades i måndags förra veckan.', FRIDAY, 'sv', { text: 'i måndags förra veckan', value: '2019-10-14', certain: false }],
    ['Samtalen avslutades förra veckans måndag.', FRIDAY, 'sv', { text: 'förra veckans måndag', value: '2019-10-14', certain: false }],
    ['Ministrarna möts på fredag nästa vecka.', FRIDAY, 'sv', { text: 'fredag nästa vecka', value: '2019-11-01', certain: false }],
  ]);
});

describe('offsets from the previous date in the story', () => {
  const summit = 'The summit opened in Sochi on 22 October 2019.';
  const toppmote = 'Toppmötet inleddes i Sotji den 22 oktober 2019.';
  table([
    [`${summit} Three weeks before the summit, Turkey launched its offensive.`, FRIDAY, 'en', { text: 'Three weeks before the summit', value: '2019-W40', anchor: 'previous-event', certain: false }],
    [`${summit} Two days after the summit, the patrols began.`, FRIDAY, 'en', { value: '2019-10-24', anchor: 'previous-event', certain: false }],
    [`${summit} The day after the summit, the patrols began.`, FRIDAY, 'en', { value: '2019-10-23', anchor: 'previous-event', certain: false }],
    [`${summit} The day after, the patrols began.`, FRIDAY, 'en', { value: '2019-10-23', certain: false }],
    [`${summit} Two days later, the patrols began.`, FRIDAY, 'en', { value: '2019-10-24', certain: false }],
    [`${toppmote} Tre veckor före toppmötet inledde Turkiet sin offensiv.`, FRIDAY, 'sv', { text: 'Tre veckor före toppmötet', value: '2019-W40', anchor: 'previous-event', certain: false }],
    [`${toppmote} Två dagar efter mötet började patrullerna.`, FRIDAY, 'sv', { value: '2019-10-24', certain: false }],
    [`${toppmote} Dagen därpå började patrullerna.`, FRIDAY, 'sv', { value: '2019-10-23', certain: false }],
    [`${toppmote} Två dagar senare började patrullerna.`, FRIDAY, 'sv', { value: '2019-10-24', certain: false }],
    [`${summit} The summit came a week after Turkish soldiers were killed.`, FRIDAY, 'en', { text: 'a week after', value: '2019-10-15', anchor: 'previous-event', datesClause: true }],
    // A named happening, not a clause: the older reading, counted forward from the story's last date.
    [`${summit} The summit came a week after the vote.`, FRIDAY, 'en', { text: 'a week after the vote', value: '2019-W44' }],
    [`${toppmote} Mötet kom en vecka efter att turkiska soldater dödats.`, FRIDAY, 'sv', { text: 'en vecka efter att', value: '2019-10-15', anchor: 'previous-event', certain: false, datesClause: true }],
    [`${toppmote} Toppmötet hölls tre dagar efter det att ministrarna möttes.`, FRIDAY, 'sv', { value: '2019-10-19', granularity: 'day' }],
  ]);

  it('counts only from a happening the sentence places in time, not from an opening clause ("Två dagar efter att …, började …")', () => {
    const mentions = extractDates('Toppmötet inleddes i Sotji den 22 oktober 2019. Två dagar efter att ministrarna möttes började patrullerna.', { reference: FRIDAY, lang: 'sv' });
    expect(mentions.map((m) => m.text)).not.toContain('Två dagar efter att');
  });

  it('leaves an offset that only places the stated date ("On 5 May, two weeks after the vote")', () => {
    const mentions = extractDates('On 5 May 2019, two weeks after the vote, the board met.', { reference: FRIDAY, lang: 'en' });
    expect(mentions.map((m) => m.value)).toEqual(['2019-05-05']);
  });
});

describe('approximate offsets: a span round the count, never one day, never certain', () => {
  const summit = 'The summit opened in Sochi on 22 October 2019.';
  const toppmote = 'Toppmötet inleddes i Sotji den 22 oktober 2019.';
  table([
    // 22 October less five to nine days: 13 to 17 October, two ISO weeks, so the month.
    [`${summit} About a week before the summit, Turkey launched its offensive.`, FRIDAY, 'en', { text: 'About a week before the summit', value: '2019-10', anchor: 'previous-event', certain: false }],
    [`${summit} Some three weeks later, the patrols ended.`, FRIDAY, 'en', { text: 'Some three weeks later', value: '2019-11', certain: false }],
    // Two days less or more one: 23 to 25 October, one ISO week.
    [`${summit} Roughly two days later, the patrols began.`, FRIDAY, 'en', { value: '2019-W43', certain: false }],
    [`${toppmote} Ungefär en vecka före toppmötet inledde Turkiet sin offensiv.`, FRIDAY, 'sv', { text: 'Ungefär en vecka före toppmötet', value: '2019-10', anchor: 'previous-event', certain: false }],
    [`${toppmote} Cirka tre veckor senare upphörde patrullerna.`, FRIDAY, 'sv', { text: 'Cirka tre veckor senare', value: '2019-11', certain: false }],
    [`${toppmote} Omkring två dagar senare började patrullerna.`, FRIDAY, 'sv', { value: '2019-W43', certain: false }],
  ]);
});

describe('offsets into the future', () => {
  table([
    ['The ministers will meet again in ten days.', FRIDAY, 'en', { text: 'in ten days', value: '2019-11-04', anchor: 'publication' }],
    ["The ministers meet again in ten days' time.", FRIDAY, 'en', { value: '2019-11-04' }],
    ['The ministers will meet in two weeks.', FRIDAY, 'en', { value: '2019-W45' }],
    ['The ministers meet next month.', FRIDAY, 'en', { value: '2019-11', certain: true }],
    ['Ministrarna möts om tio dagar.', FRIDAY, 'sv', { text: 'om tio dagar', value: '2019-11-04', anchor: 'publication' }],
    ['Ministrarna möts nästa månad.', FRIDAY, 'sv', { value: '2019-11', certain: true }],
  ]);

  it('does not read a span of time as a date ("doubled in two years")', () => {
    expect(extractDates('Prices doubled in two years.', { reference: FRIDAY, lang: 'en' })).toEqual([]);
  });
});

describe('fractional and ordinal past', () => {
  table([
    ['The deal was signed two and a half years ago.', FRIDAY, 'en', { text: 'two and a half years ago', value: '2017-04', granularity: 'month', certain: false }],
    ['The deal was signed a year and a half ago.', FRIDAY, 'en', { value: '2018-04', certain: false }],
    ['The deal was signed 1.5 years ago.', FRIDAY, 'en', { value: '2018-04', certain: false }],
    ['Avtalet undertecknades för två och ett halvt år sedan.', FRIDAY, 'sv', { text: 'för två och ett halvt år sedan', value: '2017-04', certain: false }],
    ['Avtalet undertecknades för ett och ett halvt år sedan.', FRIDAY, 'sv', { value: '2018-04', certain: false }],
    ['The deal was signed the year before last.', FRIDAY, 'en', { text: 'the year before last', value: '2017', certain: true }],
    ['The talks stalled the week before last.', FRIDAY, 'en', { value: '2019-W41' }],
    ['Avtalet undertecknades i förrförra året.', FRIDAY, 'sv', { text: 'i förrförra året', value: '2017' }],
    ['Avtalet undertecknades förrförra året.', FRIDAY, 'sv', { value: '2017' }],
    ['Avtalet undertecknades förra året.', FRIDAY, 'sv', { value: '2018' }],
  ]);
});

describe('holidays and named days', () => {
  const story = 'On 19 December 2016, the ambassador was shot in Ankara.';
  const berattelse = 'Den 19 december 2016 sköts ambassadören i Ankara.';
  table([
    [`${story} On Christmas Day, the suspects were charged.`, FRIDAY, 'en', { text: 'Christmas Day', value: '2016-12-25', anchor: 'narrative', certain: false }],
    [`${story} On New Year's Eve, a gunman attacked a nightclub.`, FRIDAY, 'en', { text: "New Year's Eve", value: '2016-12-31', certain: false }],
    ['The attack came on New Year’s Day 2017.', FRIDAY, 'en', { value: '2017-01-01', certain: true }],
    ['Talks resumed after Easter Sunday 2019.', FRIDAY, 'en', { value: '2019-04-21', certain: true }],
    [`${berattelse} På nyårsafton angrep en man en nattklubb.`, FRIDAY, 'sv', { text: 'nyårsafton', value: '2016-12-31', certain: false }],
    [`${berattelse} På julafton greps de misstänkta.`, FRIDAY, 'sv', { text: 'julafton', value: '2016-12-24', certain: false }],
    // Midsummer's Eve is the Friday between 19 and 25 June.
    ['Ministrarna möttes före midsommar 2019.', FRIDAY, 'sv', { text: 'midsommar 2019', value: '2019-06-21', certain: true }],
    ['Ministrarna möttes på midsommarafton 2018.', FRIDAY, 'sv', { value: '2018-06-22', certain: true }],
    ['Avtalet undertecknades på långfredagen 2019.', FRIDAY, 'sv', { value: '2019-04-19' }],
  ]);
});

describe('named days counted from publication, and Midsummer in English', () => {
  table([
    ['The two leaders last met last Christmas.', FRIDAY, 'en', { text: 'last Christmas', value: '2018-12-25', anchor: 'publication', certain: false }],
    ['They meet again next Christmas.', FRIDAY, 'en', { text: 'next Christmas', value: '2019-12-25', certain: false }],
    ['The deal was signed last Christmas Eve.', FRIDAY, 'en', { text: 'last Christmas Eve', value: '2018-12-24', certain: false }],
    ['Talks stalled this past Easter.', FRIDAY, 'en', { text: 'this past Easter', value: '2019-04-21', certain: false }],
    ['Ministrarna möttes i julas.', FRIDAY, 'sv', { text: 'i julas', value: '2018-12-25', certain: false }],
    ['Ministrarna möttes förra julen.', FRIDAY, 'sv', { text: 'förra julen', value: '2018-12-25', certain: false }],
    ['Ministrarna möts nästa julafton.', FRIDAY, 'sv', { text: 'nästa julafton', value: '2019-12-24', certain: false }],
    ['Ministrarna möttes i midsomras.', FRIDAY, 'sv', { text: 'i midsomras', value: '2019-06-21', certain: false }],
    ['Avtalet undertecknades i påskas.', FRIDAY, 'sv', { text: 'i påskas', value: '2019-04-21', certain: false }],
    // Midsummer as Sweden and Finland keep it: the Eve on the Friday between 19 and 25 June, the Day after it.
    ['The ministers met at midsummer 2018.', FRIDAY, 'en', { text: 'midsummer 2018', value: '2018-06-22', certain: true }],
    ["The ministers met on Midsummer's Eve 2019.", FRIDAY, 'en', { text: "Midsummer's Eve 2019", value: '2019-06-21', certain: true }],
    ['The ministers met on Midsummer Day 2019.', FRIDAY, 'en', { value: '2019-06-22', certain: true }],
    ['On 2 May 2018, the talks began. At midsummer, the ministers met.', FRIDAY, 'en', { text: 'midsummer', value: '2018-06-22', anchor: 'narrative', certain: false }],
  ]);

  it('reads no date in a name written as a common word ("christmas shopping", "a midsummer night")', () => {
    expect(extractDates('Last year christmas shopping fell; a midsummer night is short.', { reference: FRIDAY, lang: 'en' }).map((m) => m.text)).toEqual(['Last year']);
  });
});

describe('parts of a period', () => {
  const story = 'On 2 January 2019, the offensive began.';
  table([
    ['The patrols began earlier this month.', FRIDAY, 'en', { text: 'earlier this month', value: '2019-10', certain: true }],
    ['Patrullerna började tidigare i månaden.', FRIDAY, 'sv', { text: 'tidigare i månaden', value: '2019-10', certain: true }],
    ['Patrullerna började tidigare i veckan.', FRIDAY, 'sv', { value: '2019-W43' }],
    [`${story} In mid-March, the army took the town.`, FRIDAY, 'en', { text: 'mid-March', value: '2019-03', qualifier: 'mid', certain: false }],
    ['Den 2 januari 2019 inleddes offensiven. I mitten av mars intog armén staden.', FRIDAY, 'sv', { text: 'mitten av mars', value: '2019-03', qualifier: 'mid', certain: false }],
    ['The troops will withdraw at the turn of the year.', FRIDAY, 'en', { text: 'the turn of the year', value: '2019', qualifier: 'end', certain: false }],
    ['Trupperna drogs tillbaka vid årsskiftet.', '2020-02-10', 'sv', { text: 'årsskiftet', value: '2019', qualifier: 'end', certain: false }],
    [`${story}\n\nAt the turn of the year, the army withdrew.`, FRIDAY, 'en', { value: '2019', qualifier: 'end' }],
  ]);
});

describe('a bare month takes its year from the story, not from publication', () => {
  table([
    ['Turkey received the first S-400 batch on 12 July 2019. In August, Washington protested.', '2020-06-01', 'en', { value: '2019-08', anchor: 'narrative' }],
    ['In 2019, Turkey received the first S-400 batch. In July, Washington suspended Turkey from the F-35 programme.', '2020-06-01', 'en', { value: '2019-07', anchor: 'narrative' }],
    ['In 2019, Turkey received the S-400.\n\nIn July, Washington suspended Turkey from the F-35 programme.', '2020-06-01', 'en', { value: '2019-07', certain: false }],
    ['Under 2019 tog Turkiet emot S-400. I juli stängde Washington av Turkiet från F-35-programmet.', '2020-06-01', 'sv', { value: '2019-07', anchor: 'narrative' }],
  ]);
});

describe('a bare month or named day with no story to date it, by the tense of an English sentence it opens', () => {
  table([
    ["On New Year's Eve, a gunman attacked a nightclub.", FRIDAY, 'en', { value: '2018-12-31', anchor: 'publication', certain: false }],
    ['In December, the ambassador was shot.', FRIDAY, 'en', { value: '2018-12', certain: false }],
    ['In December, the ministers will meet.', FRIDAY, 'en', { value: '2019-12' }],
  ]);
});

describe('a bare month or named day with no story to date it, by the tense of a Swedish sentence', () => {
  // Verb second: the verb comes right after a date that opens the sentence.
  table([
    ['I december sköt en polis ambassadören.', FRIDAY, 'sv', { value: '2018-12', anchor: 'publication', certain: false }],
    ['På nyårsafton angrep en man en nattklubb.', FRIDAY, 'sv', { value: '2018-12-31', certain: false }],
    ['Ministrarna möttes på nyårsafton.', FRIDAY, 'sv', { value: '2018-12-31', certain: false }],
    ['Det femte mötet hölls i december.', FRIDAY, 'sv', { value: '2018-12' }],
    ['I december ska ministrarna mötas.', FRIDAY, 'sv', { value: '2019-12' }],
    // An ordinal ends like a past tense ("femte"), a present participle too ("kommande"): the month nearest publication.
    ['Det femte mötet äger rum i december.', FRIDAY, 'sv', { value: '2019-12' }],
  ]);
});
