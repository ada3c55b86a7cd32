import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

const ask = askingWith([
  added('dam-explainer', 'The Lanta dam explained', '2025-03-02', [
    'The Lanta dam will meet the power needs of 4 towns in the valley and of the valley farms.',
    'The Lanta dam should meet about a fifth of the power needs of the valley.',
  ]),
]);

describe('a share question is answered by a sentence that gives a part of a whole', () => {
  it('takes the sentence with a fraction over one with another count that words the question more closely', () => {
    const answer = ask('What share of the power needs of the valley towns and farms will the Lanta dam meet?');
    expect(answer.fact?.text).toMatch(/a fifth/u);
  });
});
