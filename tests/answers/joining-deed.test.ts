import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A moderator's report of a war a state joined, and of a later clash in it that shares the question's words. */
const report = added('malta-libya', 'Maltese affairs', '2024-03', [
  'On 2 May 2021 Maltese forces in the Libyan war clashed with militia boats off Tripoli.',
  'Maltese forces joined the fighting in Libya in March 2020, when the government in Tripoli appeared close to falling.',
]);

const ask = askingWith([report]);

describe('a war joined, asked about as entered', () => {
  it.each([['When did Maltese forces enter the war in Libya?', '2020-03']])('is dated by the sentence telling the joining: %s', (question, date) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe(date);
  });
});
