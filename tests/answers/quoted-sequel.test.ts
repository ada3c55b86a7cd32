import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * The sentence that dates a meeting may quote a word nobody in particular said ("a "fresh start""); the
 * story it opens goes on to what the one asked about said there. A question after those words is
 * answered by them, with the meeting's date.
 */
const report = added('kalmar-talks', 'Harbour talks in Kalmar', '2021-05-04', [
  'Harbour talks in Kalmar',
  '',
  'On 3 May 2021, Mayor Jones and Governor Berg promised a "fresh start" at their first meeting in Kalmar.',
  '',
  '"We have been through hard times and want to leave them behind", Jones said.',
  '',
  'But he warned that "the repairs to the harbour wall will take years".',
]);

const ask = askingWith([report]);

describe('words the story of a dated meeting goes on to quote', () => {
  it('answer a question after what the speaker said there, with the meeting\'s date', () => {
    const answer = ask('What did Jones warn about after meeting Berg in Kalmar in 2021?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('the repairs to the harbour wall will take years');
    expect(answer.date).toBe('2021-05-03');
  });
});
