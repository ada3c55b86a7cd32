import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';
import { added, askingWith } from './support/moderated-engine.ts';

let data: LanguageData;
beforeAll(async () => {
  data = await loadLanguageData();
});

describe('the phrasal verbs a text tells, closed up', () => {
  it.each([
    ['the shoot-down', 'en', ['shootdown']],
    ['the shootdown', 'en', ['shootdown']],
    ['the drone was shot down', 'en', ['shootdown']],
    ['nedskjutningen', 'sv', ['shootdown']],
    ['vakterna sköt ned drönaren', 'sv', ['shootdown']],
    ['a gunman shot the ranger dead', 'en', []],
    ['en man sköt ihjäl vakten', 'sv', []],
    // "in" opens a place as often as it ends a phrasal verb.
    ['the leaders met in Moscow', 'en', []],
  ] as const)('%s', (text, language, phrasal) => {
    expect(data.analyzer.phrasalVerbs(text, language)).toEqual(phrasal);
  });
});

/** A report of two shootings at one place: a drone shot down, then a ranger shot dead. */
const report = added('vorsk', 'Incidents at Lake Vorsk', '2022-07-01', [
  'On 3 May 2022 border guards shot down a drone over Lake Vorsk.',
  '',
  'On 5 May 2022 the ministry closed the airspace over the region.',
  '',
  'On 20 June 2022 a gunman shot a ranger dead at Lake Vorsk in a shooting that shocked the region.',
  '',
  'On 22 June 2022 the park authority declared a day of mourning.',
]);

const ask = askingWith([report]);

describe('an anchor named by a phrasal verb', () => {
  it.each(['What happened two days after the shoot-down at Lake Vorsk?', 'what happened two days after the shootdown at lake vorsk'])(
    'is the happening told with its particle, not another deed of its verb: %s',
    (question) => {
      const answer = ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.date).toBe('2022-05-05');
    },
  );
});
