import { beforeAll, describe, expect, it } from 'vitest';
import { askingOf } from '../../src/answers/asking.ts';
import { findFact, type FoundFact } from '../../src/answers/facts.ts';
import { loadEngineBase, type EngineBase } from '../../src/engine.ts';
import { detectLanguage } from '../../src/text/language.ts';

let base: EngineBase;
beforeAll(async () => {
  base = await loadEngineBase(undefined, { stateDir: false });
});

function placeIn(question: string, sentence: string): FoundFact | null {
  const { analyzer, eventTypes } = base.language;
  const guess = detectLanguage(question);
  const asking = askingOf(question, guess, base.index);
  return findFact('place', { text: sentence, language: detectLanguage(sentence).language, question, questionLanguage: guess.language, analyzer, eventTypes, asking });
}

const CEREMONY = 'The ministers opened the works by video link from the palace in Belgrade, while the ceremony itself was staged on the Adriatic coast in Split province.';

describe('the place of the clause that tells what the question asks about', () => {
  it.each([
    // A clause of time in the question ("when work began") places what it asks about; the place is the ceremony's clause's.
    ['Where was the ceremony staged when the works were opened?', CEREMONY, 'the Adriatic coast in Split province'],
    ['Var hölls ceremonin när arbetena öppnades?', CEREMONY, 'the Adriatic coast in Split province'],
    // A place goes on to the wider place it lies in.
    ['Where was the summit?', 'The summit was held on the Baltic coast in Pomerania province.', 'the Baltic coast in Pomerania province'],
  ])('%s', (question, sentence, expected) => {
    expect(placeIn(question, sentence)).toMatchObject({ text: expected, asked: true });
  });

  it('takes a place right after a noun of the clause that describes what is asked about as that noun\'s, not as the answer', () => {
    expect(placeIn('Where were the talks that set up the safe zones held?', 'The talks set up safe zones in Libya.')).toMatchObject({ text: 'Libya', asked: false });
  });
});
