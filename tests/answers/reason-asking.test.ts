import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * The words that ask for a cause ("the reason for", "how come", "what led to") are answered by the cause: a sentence
 * that gives it need not repeat them, as one that gives someone's words need not repeat "say".
 */
const report = added('harbour-report', 'Harbour road shut in Kalmar', '2021-03-02', [
  'Harbour road shut in Kalmar',
  '',
  'Kalmar council closed the harbour road on Monday because the old sea wall beside it had cracked in the storm.',
  '',
  'Engineers will inspect the wall this week.',
]);

const ask = askingWith([report]);

describe('a reason answers the words asking for it', () => {
  it.each([
    ['what was the reason for the road closure', 'sea wall'],
    ['what was the reason for closing the harbour road', 'sea wall'],
    ['what reason did the council have for the road closure', 'sea wall'],
  ])('%s', (question, words) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain(words);
  });
});
