import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.ts';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence segmentation', () => {
  it.each([
    ['two plain sentences', 'Putin met Erdogan. They talked.', ['Putin met Erdogan.', 'They talked.']],
    ['an initialism inside a sentence', 'It led to U.S. sanctions on Turkey. Ankara objected.', ['It led to U.S. sanctions on Turkey.', 'Ankara objected.']],
    ['an initialism ending a sentence', 'Ties soured with the U.S. The talks went on.', ['Ties soured with the U.S.', 'The talks went on.']],
    ['a title', 'Dr. Smith and St. Petersburg stayed whole.', ['Dr. Smith and St. Petersburg stayed whole.']],
    ['a Swedish abbreviation', 'Mötet i S:t Petersburg gällde bl.a. Syrien. Det gick bra.', ['Mötet i S:t Petersburg gällde bl.a. Syrien.', 'Det gick bra.']],
    ['a dotted date', 'The text is dated 05.09.2019 by its author. Next.', ['The text is dated 05.09.2019 by its author.', 'Next.']],
    ['a closing bracket after a name', 'Talks in Astana (later renamed Nur-Sultan) began. They went on.', ['Talks in Astana (later renamed Nur-Sultan) began.', 'They went on.']],
    ['a quote ending with its full stop', 'He said: "We will meet." Then he left.', ['He said: "We will meet."', 'Then he left.']],
    ['a curly quote ending with its full stop', 'He said “We will meet.” Then he left.', ['He said “We will meet.”', 'Then he left.']],
    ['a question and an exclamation', 'Why not? We came! It ended.', ['Why not?', 'We came!', 'It ended.']],
    ['a lower-case continuation', 'The Su-24 was shot down in Nov. and the crisis began.', ['The Su-24 was shot down in Nov. and the crisis began.']],
  ])('%s', (_what, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
