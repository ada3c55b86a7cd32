import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/**
 * A moderator's article: its opening sentence places the camp in a district, in the question's own words; a sentence
 * under a later heading places it in a village, in fewer of them ("The post opened …").
 */
const article = added('alba-brina-camp', 'Alba-Brina camp', '2021-06', [
  'ALBA-BRINA CAMP',
  '',
  'The Alba-Brina camp was an observation post run by the armies of Alba and Brina in the Brook district of Fenland.',
  '',
  'Background',
  '',
  'Fighting between Alba and Fenland broke out in the autumn of 2020 and lasted 40 days.',
  '',
  'Operations',
  '',
  'The post opened on 3 March 2021 near the village of Alder in the Brook district.',
]);

const ask = askingWith([article]);

describe('a question after a kind of place ("In which village …")', () => {
  it.each([
    ['In which village was the Alba-Brina observation post of the two armies based?', /^Alder\b/u],
    ['In which village did the armies of Alba and Brina base their observation post?', /^Alder\b/u],
    ['In which district was the Alba-Brina observation post based?', /^(?:The )?Brook district\b/iu],
  ])('is answered with the place the text calls that kind, though another sentence words more of the question: %s', (question, lead) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(lead);
  });
});
