import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A report that counts people twice: those who fled a flood and those it killed. */
const floods = added('floods', 'The Lanta floods', '2023-06', [
  'THE LANTA FLOODS',
  '',
  'Almost 5,000 people fled their homes in Lanta as the river rose in May 2023.',
  '',
  'The floods in Lanta killed 12 people, the regional governor said.',
]);

const ask = askingWith([floods]);

describe('people counted by what befell them', () => {
  it.each([
    ['How many people died in the Lanta floods?', '12'],
    ['How many people were killed by the floods in Lanta?', '12'],
    ['How many people fled the Lanta floods?', '5,000'],
  ])('%s is answered by the count of those it befell: %s', (question, count) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain(count);
  });
});
