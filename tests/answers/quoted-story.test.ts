import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A report that dates a purchase in its own clause, and, in a later story, quotes a minister on it. */
const frigates = added('frigates', 'The frigate purchase', '2024-06', [
  'THE FRIGATE PURCHASE',
  '',
  'In March 2021 Malta agreed to buy two Greek warships.',
  '',
  'On 2 May 2024 the Maltese defence minister spoke to reporters in Valletta.',
  '"Malta is unlikely to back down from buying the Greek frigates."',
]);

const ask = askingWith([frigates]);

describe('a sentence that is all quoted words, dated by its story', () => {
  it('dates when the words were said, not the happening they speak of: a when-question takes the dated clause', () => {
    const answer = ask('When did Malta buy the Greek frigates?');
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe('2021-03');
  });
});
