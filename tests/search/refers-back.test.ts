import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.ts';
import { refersBack } from '../../src/search/analysis.ts';

const sentence = (text: string, language: Passage['language']) => ({ text, language }) as Passage;

describe('a sentence whose subject the sentence before tells', () => {
  it.each([
    ['a pronoun subject', 'He warned of hard work ahead.', 'en', true],
    ['a pronoun after a conjunction', 'But he warned of hard work ahead.', 'en', true],
    ['a definite description', 'The deal collapsed a year later.', 'en', true],
    ['a Swedish pronoun after a conjunction', 'Men han varnade för svåra förhandlingar.', 'sv', true],
    ['a pronoun after the conjunction of an opening clause', 'When it is finished it will berth four ships at once.', 'en', true],
    ['a Swedish pronoun after the conjunction of an opening clause', 'När den är klar ska den ta emot fyra fartyg.', 'sv', true],
    ['a named subject after the conjunction of an opening clause', 'When Putin arrived, the talks began.', 'en', false],
    ['a named subject', 'Putin warned of hard work ahead.', 'en', false],
    ['a named subject after a conjunction', 'But Putin warned of hard work ahead.', 'en', false],
  ] as const)('%s: %s', (_, text, language, expected) => {
    expect(refersBack(sentence(text, language))).toBe(expected);
  });
});
