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
    ['a named subject', 'Putin warned of hard work ahead.', 'en', false],
    ['a named subject after a conjunction', 'But Putin warned of hard work ahead.', 'en', false],
  ] as const)('%s: %s', (_, text, language, expected) => {
    expect(refersBack(sentence(text, language))).toBe(expected);
  });
});
