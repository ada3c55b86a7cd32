import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.ts';
import type { Language } from '../../src/corpus/types.ts';

const sentences = (text: string, language: Language = 'en') => splitSentences(text, language).map((s) => text.slice(s.start, s.end));

describe('sentence segmentation in English', () => {
  it.each([
    ['two plain sentences', 'Putin met Erdogan. They talked.', ['Putin met Erdogan.', 'They talked.']],
    ['an initialism inside a sentence', 'It led to U.S. sanctions on Turkey. Ankara objected.', ['It led to U.S. sanctions on Turkey.', 'Ankara objected.']],
    ['an initialism ending a sentence', 'Ties soured with the U.S. The talks went on.', ['Ties soured with the U.S.', 'The talks went on.']],
    ['a title', 'Dr. Smith and St. Petersburg stayed whole.', ['Dr. Smith and St. Petersburg stayed whole.']],
    ['a dotted date', 'The text is dated 05.09.2019 by its author. Next.', ['The text is dated 05.09.2019 by its author.', 'Next.']],
    ['a closing bracket after a name', 'Talks in Astana (later renamed Nur-Sultan) began. They went on.', ['Talks in Astana (later renamed Nur-Sultan) began.', 'They went on.']],
    ['a quote ending with its full stop', 'He said: "We will meet." Then he left.', ['He said: "We will meet."', 'Then he left.']],
    ['a curly quote ending with its full stop', 'He said “We will meet.” Then he left.', ['He said “We will meet.”', 'Then he left.']],
    ['a question and an exclamation', 'Why not? We came! It ended.', ['Why not?', 'We came!', 'It ended.']],
    ['a lower-case continuation', 'The Su-24 was shot down in Nov. and the crisis began.', ['The Su-24 was shot down in Nov. and the crisis began.']],
    ['military ranks before a name', 'Maj. Gen. Smith arrived.', ['Maj. Gen. Smith arrived.']],
    ['initials before a surname', 'The envoy J. R. Bolton met Lavrov. They spoke.', ['The envoy J. R. Bolton met Lavrov.', 'They spoke.']],
    ['an abbreviated month before a day', 'The jet fell on Nov. 24, 2015 near the border. Moscow protested.', ['The jet fell on Nov. 24, 2015 near the border.', 'Moscow protested.']],
    ['a sentence ending in a year', 'The deal was signed in 2017. Deliveries began in 2019.', ['The deal was signed in 2017.', 'Deliveries began in 2019.']],
    ['"No." before a number', 'It ran on No. 5 and Vol. 2 of the plan.', ['It ran on No. 5 and Vol. 2 of the plan.']],
    ['"No." as an answer', 'No. Last October Moscow walked out.', ['No.', 'Last October Moscow walked out.']],
    // A reference work's footnote markers stand between sentences: they belong to neither, so a quote never carries one.
    ['a footnote marker after a full stop', 'The war lasted 44 days.[2] Ankara backed Baku.', ['The war lasted 44 days.', 'Ankara backed Baku.']],
    ['footnote markers ending the text', 'It worked until 2024.[1][4]', ['It worked until 2024.']],
    ['a footnote marker with a space after it', 'The centre opened.[1]  Russian officers staffed it.[a]', ['The centre opened.', 'Russian officers staffed it.']],
    ['a bracketed number that is text', 'Article [5] of the treaty applies. It was invoked.', ['Article [5] of the treaty applies.', 'It was invoked.']],
  ])('%s', (_what, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('sentence segmentation in Swedish', () => {
  it.each([
    ['a month name that is an English abbreviation', 'Mötet hölls i maj. Putin reste hem.', ['Mötet hölls i maj.', 'Putin reste hem.']],
    ['a Swedish abbreviation', 'Mötet i S:t Petersburg gällde bl.a. Syrien. Det gick bra.', ['Mötet i S:t Petersburg gällde bl.a. Syrien.', 'Det gick bra.']],
    ['abbreviations with and without points', 'Det gällde t.ex. Idlib, dvs. Syrien. Sedan resp. Turkiet. Slut.', ['Det gällde t.ex. Idlib, dvs. Syrien.', 'Sedan resp. Turkiet.', 'Slut.']],
    ['an abbreviated month before a year', 'Det hände i jan. 2016 i Moskva. Sedan dess råder fred.', ['Det hände i jan. 2016 i Moskva.', 'Sedan dess råder fred.']],
    ['an initialism ending a sentence', 'Banden till USA och EU. Det gick inte.', ['Banden till USA och EU.', 'Det gick inte.']],
    ['a question and a quote', 'Varför nu? Han sade: "Vi kommer." Sedan gick han.', ['Varför nu?', 'Han sade: "Vi kommer."', 'Sedan gick han.']],
    ['initials before a surname', 'Sändebudet J. R. Bolton träffade Lavrov. De talade länge.', ['Sändebudet J. R. Bolton träffade Lavrov.', 'De talade länge.']],
    ['a time of day after "kl."', 'Mötet började kl. 14 i Ankara. Det slutade sent.', ['Mötet började kl. 14 i Ankara.', 'Det slutade sent.']],
    ['a dotted date', 'Avtalet är daterat 5.9.2019 i Moskva. Det gäller gas.', ['Avtalet är daterat 5.9.2019 i Moskva.', 'Det gäller gas.']],
    ['a sentence ending in a year', 'Avtalet skrevs 2017. Leveranserna började 2019.', ['Avtalet skrevs 2017.', 'Leveranserna började 2019.']],
  ])('%s', (_what, text, expected) => {
    expect(sentences(text, 'sv')).toEqual(expected);
  });
});

describe('the same text in the two languages', () => {
  it('ends a sentence after "maj" in Swedish but not after "Maj." in English', () => {
    expect(sentences('Han kom i maj. Putin reste hem.', 'sv')).toHaveLength(2);
    expect(sentences('They met Maj. Putin there.', 'en')).toHaveLength(1);
  });
});
