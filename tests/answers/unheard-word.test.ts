import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** A moderator's report of three dated happenings. */
const island = added('gozo', 'Maltese affairs', '2024-03', [
  'On 4 April 2022 the Maltese premier opened a new ferry terminal in Gozo.',
  'In June 2022 Greek and Maltese officials met in Athens to discuss fishing quotas.',
  'In March 2023 the Maltese parliament approved a budget for the navy.',
]);

const ask = askingWith([island]);

describe('a word of the question that no document uses, under a clearly leading passage', () => {
  // "legislators" is in no document: one word of six, the asker's wording of "parliament".
  it.each([['When did Maltese legislators sign off on extra cash for the navy?', '2023-03']])('is a wording of the asker\'s when it is one among many: %s', (question, date) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe(date);
  });

  // "hydrofoil" and "treaty" weigh much of a short question: it asks after a thing the documents do not know.
  it.each(['When did Malta sign the hydrofoil treaty?'])('names a thing the documents do not know when it weighs much of the question: %s', (question) => {
    expect(ask(question).abstained).toBe(true);
  });
});
