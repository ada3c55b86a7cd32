import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/corpus/types.ts';
import { statusOf, type EventStatus } from '../../src/events/status.ts';

const HAPPENING = /(?<![\p{L}])(?:attack|offensive|agree|sign|deal|invasion|war)/iu;

/** The status of the date written in [brackets] in a sentence published on `published`. */
function status(marked: string, language: Language = 'en', published = '2019-09-05'): EventStatus {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const sentence = marked.replace(/[[\]]/gu, '');
  const value = /\d{4}/u.exec(sentence.slice(start, end))?.[0] ?? '2019';
  const opening = /^\s*(?:(?:on|in|at|since|i|den|sedan)\s+)*$/iu.test(sentence.slice(0, start));
  return statusOf({ sentence, start, end, language, value, published, opening, tellsHappening: (text) => HAPPENING.test(text) });
}

describe('what a dated clause tells', () => {
  it.each<[string, EventStatus]>([
    ['Putin and Erdogan met in Sochi in [September 2018].', 'happened'],
    ['[On May 18], Erdogan announced that Turkey and Russia would bring together S-500 systems.', 'happened'],
    ['The first reactor will enter service in [2023].', 'planned'],
    ['Putin proposed that Erdogan send a Turkish astronaut to the space station in [2023], the centenary of the republic.', 'planned'],
    ['The plant is expected to open in [2023].', 'planned'],
    ['The two leaders plan to meet in [October 2019].', 'planned'],
    ['The first talks are planned for [January 2019].', 'planned'],
    ['The vote is scheduled for [March 2019].', 'planned'],
    ['The summit was set in Ankara in [April 2019].', 'happened'],
    ['Turkey—a member of NATO since [1952] and a key Western ally—bought the system.', 'background'],
    ['Turkey, which has been a NATO member since [1952], bought the system.', 'background'],
    ['[Since December 2019], the regime has been engaged in a deadly offensive to retake Idlib.', 'happened'],
    ['The worst clashes since Ankara first sent in troops in [2016] take place in Idlib.', 'happened'],
    ['The office stood empty, and it served walkers from [early 2019] until the spring of 2022.', 'background'],
    ['The ferry ran from [2015] to 2018.', 'background'],
    ['An offensive raged from [March 2019] until May.', 'happened'],
  ])('%s → %s', (sentence, expected) => {
    expect(status(sentence)).toBe(expected);
  });

  it.each<[string, EventStatus]>([
    ['I januari [2017] inleder Ryssland och Turkiet gemensamma flyganfall mot IS.', 'happened'],
    ['Den första reaktorn ska tas i drift [2023].', 'planned'],
    ['Kraftverket väntas stå klart [2023].', 'planned'],
    ['Turkiet, som har varit medlem i Nato sedan [1952], köpte systemet.', 'background'],
    ['Färjan gick från [2015] till 2018.', 'background'],
  ])('%s → %s', (sentence, expected) => {
    expect(status(sentence, 'sv')).toBe(expected);
  });

  it('takes nothing dated after the publication for something that happened', () => {
    expect(status('A meeting in Ankara in [2021] ends the crisis.', 'en', '2020-03')).toBe('planned');
    expect(status('A meeting in Ankara in [2020] ends the crisis.', 'en', '2020-03')).toBe('happened');
  });
});
