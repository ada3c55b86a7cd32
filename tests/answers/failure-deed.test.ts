import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A moderator's report of a strike and why it came to nothing, told with "failed". */
const report = added('dockers', 'Maltese affairs', '2024-03', [
  'In May 2021 dock workers in Valletta walked out over pay.',
  'The 2021 walkout failed because the union ran out of money within a week.',
  'In June 2021 the Maltese parliament approved a budget for the navy.',
]);

const ask = askingWith([report]);

describe('a failure asked about in other words than the report tells it', () => {
  it.each([['Why did the 2021 walkout fall apart?', 'ran out of money']])('is answered with its reason: %s', (question, reason) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain(reason);
  });
});
