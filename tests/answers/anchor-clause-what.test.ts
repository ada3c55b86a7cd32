import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * "What did X do … after Y happened?": the clause after "after" names the happening the question tells its
 * time by. Its kind of happening is not the one asked about, so the sentence that tells it is no answer.
 */
const report = added('kalmar-harbour', 'Storm and after in Kalmar', '2021-06-01', [
  'Storm and after in Kalmar',
  '',
  'On 3 May 2021 Swedish soldiers shot down a drone over the harbour of Kalmar.',
  '',
  'On 17 May 2021 the Kalmar council banned lorries from the harbour road.',
]);

const ask = askingWith([report]);

describe('a what-question with a clause of another happening after "after"', () => {
  it('answers with what was done, not with the happening the clause names', () => {
    const answer = ask('What did the Kalmar council do about the harbour road after the drone was shot down?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('banned lorries');
  });
});
