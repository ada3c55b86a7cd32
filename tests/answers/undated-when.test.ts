import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * A when-question is answered by a date. A sentence that tells the happening but no time of it, in a
 * document that dates it nowhere, does not answer it: the documents don't say when, and the answer says so.
 */
const notes = added('bridge-notes', 'Notes on the Kalmar bridge', '2021-03', [
  'Notes on the Kalmar bridge',
  '',
  'The Kalmar council repainted the old harbour bridge in green and gold.',
  '',
  'Engineers say the new coat should last for twenty years.',
]);

const ask = askingWith([notes]);

describe('a when-question on a happening told without its time', () => {
  it('declines, and shows the sentence that tells the happening as the closest', () => {
    const answer = ask('When did the Kalmar council repaint the harbour bridge?');
    expect(answer).toMatchObject({ abstained: true, date: null });
    expect(answer.suggestions[0]).toContain('green and gold');
  });

  it('still answers what the sentence tells', () => {
    const answer = ask('What did the Kalmar council do to the harbour bridge?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('green and gold');
  });
});
