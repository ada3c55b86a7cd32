import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * A cause comes before what it causes, but a reason a document gives for a happening years earlier tells
 * another story: "Why did the council open the bridge in 2021?" is not answered by why it closed a ferry in 2015.
 */
const report = added('kalmar-crossings', 'Crossings in Kalmar', '2021-07-01', [
  'Crossings in Kalmar',
  '',
  'On 3 May 2015 the Kalmar council closed the old ferry line to the island because passenger numbers had fallen.',
  '',
  'On 2 June 2021 the Kalmar council opened a new bridge to the island.',
]);

const ask = askingWith([report]);

describe('a why-question about a time the question names', () => {
  it('is not answered by the reason for a happening years before', () => {
    const answer = ask('Why did the Kalmar council open a crossing to the island in June 2021?');
    expect(answer.answer).not.toContain('passenger numbers');
  });

  it('is answered by a reason told for that time', () => {
    const answer = ask('Why did the Kalmar council close the ferry line in May 2015?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('passenger numbers');
  });
});
