import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let data: LanguageData;
beforeAll(async () => {
  data = await loadLanguageData();
});

describe('a Swedish loan FreeDict lacks is read as the English word it is spelt from', () => {
  it.each([
    ['signerar', 'sign'],
    ['evakuerade', 'evacuate'],
    ['kapitulerade', 'capitulate'],
    ['ratificeringen', 'ratification'],
    ['sabotaget', 'sabotage'],
    ['bombarderade', 'bombard'],
  ])('%s is %s', (swedish, english) => {
    expect(data.dictionary.translate(swedish, 'sv')[0]).toBe(english);
  });

  it('so the bridge leads from it to the English stem', () => {
    expect(data.dictionary.bridge('signerade', 'sv')).toEqual(['sign']);
  });

  it.each(['lanserade', 'eventuell', 'aktuell'])('but not into an English inflection or a word spelt otherwise: %s', (swedish) => {
    expect(data.dictionary.translate(swedish, 'sv')).toEqual([]);
  });
});
