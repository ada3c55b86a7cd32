import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A killing and, two days on, the arrival of the investigators: two happenings of one story, each with its day. */
const report = added('valletta-inquiry', 'Valletta mayor inquiry', '2021-05-10', [
  'On 3 May 2021 a gunman shot dead the mayor of Valletta, Joseph Camilleri, outside the town hall.',
  'On 5 May 2021 a team of Italian investigators landed in Valletta to join the inquiry.',
]);

const ask = askingWith([report]);

describe('a when-question that tells its time by another happening ("… after X was shot")', () => {
  it.each([
    ['when did the italian investigators fly into valletta after camilleri got gunned down'],
    ['When did the Italian investigators get to Valletta after Camilleri was murdered?'],
  ])('dates its own deed, not the happening it is told after: %s', (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe('2021-05-05');
  });
});
