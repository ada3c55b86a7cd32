import { beforeAll, describe, expect, it } from 'vitest';
import { askingOf } from '../../src/answers/asking.ts';
import { findFact } from '../../src/answers/facts.ts';
import { loadEngineBase, type EngineBase } from '../../src/engine.ts';
import { detectLanguage } from '../../src/text/language.ts';

let base: EngineBase;
beforeAll(async () => {
  base = await loadEngineBase(undefined, { stateDir: false });
});

function personIn(question: string, sentence: string): string | undefined {
  const { analyzer, eventTypes } = base.language;
  const guess = detectLanguage(question);
  const asking = askingOf(question, guess, base.index);
  const found = findFact('person', { text: sentence, language: detectLanguage(sentence).language, question, questionLanguage: guess.language, analyzer, eventTypes, asking });
  return found?.asked ? found.text : undefined;
}

const LOAN = 'Speaking on Monday, Ivan Orlov, the head of the state export bank, said the loan would run for ten years.';

describe('the doer of a deed of saying, asked in other words', () => {
  it.each([
    // "the state export bank": a verb of saying after a determiner is a noun.
    ['Who explained how long the loan would run?', LOAN, /^Ivan Orlov/u],
    // An indefinite description set off by commas is an apposition of the name before it.
    ['Who explained the loan terms?', 'Anna Berg, a lawyer for the firm, explained the loan terms to the court.', /^Anna Berg/u],
    // A word for anyone where a role would stand: the relative clause's deed tells who.
    ['Who is the bank guy that explained the loan terms?', 'Ivan Orlov explained the loan terms to the court.', /^Ivan Orlov/u],
    ['Who was the woman who explained the loan terms?', 'Anna Berg explained the loan terms to the court.', /^Anna Berg/u],
    // What one thinks is told by what one says.
    ['Vem tyckte att mötet var en framgång?', 'Anna Berg called the meeting a success.', /^Anna Berg/u],
    ['Who thought the talks were a waste of time?', 'Ivan Orlov described the talks as a waste of time.', /^Ivan Orlov/u],
  ])('%s', (question, sentence, expected) => {
    expect(personIn(question, sentence)).toMatch(expected);
  });
});
