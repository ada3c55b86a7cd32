import { describe, expect, it } from 'vitest';
import { added, askingWith } from './support/moderated-engine.ts';

/** An explainer whose sentences leave the terminal its title names unsaid. */
const explainer = added('samsun-terminal-explainer', 'The Samsun ferry terminal explained', '2021-03-02', [
  'The Samsun ferry terminal explained',
  '',
  'Questions and answers about the new port on the Black Sea coast.',
  '',
  'What is it?',
  '',
  'It is a passenger and freight harbour that Turkish and Russian firms built together on the coast.',
  '',
  'How much will it carry?',
  '',
  'Planners expect it to take about a fifth of the cargo.',
]);

/** Another port's report, in the question's own words. */
const report = added('trabzon-harbour-report', 'Trabzon harbour grows', '2021-04-10', [
  'Trabzon harbour grows',
  '',
  'Officials said the harbour should take about a third of the shipping on the coast within two years.',
]);

const ask = askingWith([explainer, report]);

describe('a sentence stands under its title', () => {
  it('supports a question that names the subject only its title gives, over a sentence of another subject in the question\'s words', () => {
    const answer = ask('what share of the shipping should the samsun terminal take?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/fifth/iu);
  });
});
