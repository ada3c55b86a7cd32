import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.ts';
import type { Claim } from '../../src/events/claims.ts';
import type { Scored } from '../../src/answers/scoring.ts';
import { withOwnDate } from '../../src/answers/selection.ts';

const passage = (id: string) => ({ id, text: `${id} text` }) as unknown as Passage;
const claim = (of: Passage, date: string) => ({ passage: of, date }) as unknown as Claim;
const lapse = passage('note/p5s2');
const before = passage('note/p5s1');
const whole: Scored = { passage: lapse, origin: 'passage', relevance: 1, score: 1.1 };

describe('the candidate an answer is given from, weighed as a whole sentence', () => {
  it('takes the date of the best-scored clause of that sentence, so the answer says when as well as what', () => {
    const scored: Scored[] = [
      whole,
      { passage: lapse, claim: claim(lapse, '2023-07-17'), origin: 'clause', relevance: 1, score: 1.08 },
      { passage: lapse, claim: claim(lapse, '2022-10'), origin: 'clause', relevance: 1, score: 0.4 },
    ];
    expect(withOwnDate(scored, whole).claim?.date).toBe('2023-07-17');
    expect(withOwnDate(scored, whole).passage).toBe(lapse);
  });

  it.each([
    ['a clause of another sentence', { passage: before, claim: claim(before, '2023-07-16'), origin: 'clause', relevance: 1, score: 1 }],
    ['the story a date before it opens', { passage: lapse, claim: claim(before, '2023-07-16'), origin: 'story', relevance: 1, score: 1 }],
  ] as Array<[string, Scored]>)('but not that of %s', (_, other) => {
    expect(withOwnDate([whole, other], whole).claim).toBeUndefined();
  });

  it('while a dated candidate keeps its own date', () => {
    const dated: Scored = { passage: lapse, claim: claim(lapse, '2023-07-17'), origin: 'clause', relevance: 1, score: 1 };
    expect(withOwnDate([dated, { ...dated, claim: claim(lapse, '2022-10'), score: 2 }], dated)).toBe(dated);
  });
});
