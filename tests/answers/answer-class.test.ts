import { describe, expect, it } from 'vitest';
import { ANSWER_CLASS } from '../../src/answers/expected.ts';

describe('the noun a which-question names its answer by', () => {
  it.each([
    ['What country hosted the summit?', 'country'],
    ['Which two other leaders came to the opening?', 'leaders'],
    ['In which village was the post based?', 'village'],
    ['Which firm builds the plant?', 'firm'],
    ['Vilket land stod värd för mötet?', 'land'],
    ['I vilken stad skrevs avtalet under?', 'stad'],
  ])('is read from "%s"', (question, noun) => {
    expect(ANSWER_CLASS.exec(question)?.[1]).toBe(noun);
  });

  it.each(['What did the country say?', 'Which was the first country to call?', 'What happened in the village?'])('is none in "%s"', (question) => {
    expect(ANSWER_CLASS.exec(question)).toBeNull();
  });
});
