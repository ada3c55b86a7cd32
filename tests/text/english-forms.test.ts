import { describe, expect, it } from 'vitest';
import { canBeVerb, hasVerb } from '../../src/text/english-forms.ts';

describe('whether an English word can be a verb', () => {
  it.each([
    ['a common verb', 'shoot', true],
    ['a common noun', 'regime', false],
    ['a form of "be"', 'were', true],
    ['a rare word with a verb ending', 'demilitarised', true],
    ['a rare word without one: a name typed in lower case', 'hmeimim', false],
    ['a gerund outside the table', 'overflighting', false],
    ['a preposition, which WordNet lists no verb for', 'over', false],
    ['a quantifier', 'most', false],
    ['another verb’s past among the function words', 'got', true],
  ])('%s: %s', (_, word, expected) => {
    expect(canBeVerb(word)).toBe(expected);
  });
});

describe('whether an English text is a clause or a phrase', () => {
  it.each([
    ['a place', 'In the old harbour hall.', false],
    ['a date and what came after it', 'Ten days after the signing.', false],
    ['a verb after a noun phrase', 'The planes flew over the border.', true],
    ['a past after a name', 'Erdogan praised their relations.', true],
    ['"be" after a number', 'The two were rivals.', true],
    ['a present after a pronoun', 'They sign the accord on the quay.', true],
    ['a noun right after a preposition', 'Now in force after talks in Moscow.', false],
    ['a past right after a preposition', 'In July signed by both.', true],
  ])('%s: %s', (_, text, expected) => {
    expect(hasVerb(text)).toBe(expected);
  });
});
