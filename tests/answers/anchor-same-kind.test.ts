import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * A profile that tells a shooting by its month, in the question's own words, and a live blog that tells it to the day
 * in others ("fired at"): the blog's sentence names the anchor's name and tells its kind of happening, a killing.
 */
const profile = added('brask-profile', 'Anton Brask, mayor of Vellby', '2022-06-01', [
  'In March 2022 a gunman shot Anton Brask, the mayor of Vellby, outside the town hall of Vellby, and Brask was shot dead.',
]);
const blog = added('brask-blog', 'Live: the attack in Vellby', '2022-03-16', [
  'Monday 14 March 2022',
  '',
  '16:25 GMT',
  'A man in a grey coat fired at Brask from across the square as he left the building.',
  '',
  'Tuesday 15 March 2022',
  '',
  '09:20 GMT',
  'On 15 March 2022 police arrested two suspects at the harbour of Vellby.',
]);

const ask = askingWith([profile, blog]);

describe('an anchor told by its month in the words asked and to the day in other words', () => {
  it('places "the day after" by the day of the source that names it and tells its kind of happening', () => {
    const answer = ask('What happened the day after Brask was shot?');
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe('2022-03-15');
    expect(answer.answer).toMatch(/arrested/u);
  });
});
