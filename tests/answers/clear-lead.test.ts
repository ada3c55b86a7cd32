import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A moderator's report of three happenings, each dated, one of them an opening. */
const island = added('gozo', 'Maltese affairs', '2024-03', [
  'On 4 April 2022 the Maltese premier opened a new ferry terminal in Gozo.',
  'In June 2022 Greek and Maltese officials met in Athens to discuss fishing quotas.',
  'In March 2023 the Maltese parliament approved a budget for the navy.',
]);

const ask = askingWith([island]);

describe('a candidate that leads every other happening clearly', () => {
  it('answers though the question words much of it otherwise ("officially launch the ferry facility that serves passengers")', () => {
    const answer = ask('When did the Maltese premier officially launch the ferry facility that serves passengers to Gozo?');
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe('2022-04-04');
  });

  it('is no answer when its sentence is of another time than the question names ("I would like … today" of a 2019 speech)', () => {
    const answer = ask("What's the weather like in Moscow today?");
    expect(answer.abstained).toBe(true);
  });
});
