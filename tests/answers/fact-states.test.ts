import { beforeAll, describe, expect, it } from 'vitest';
import { askingOf } from '../../src/answers/asking.ts';
import { findFact } from '../../src/answers/facts.ts';
import { loadEngineBase, type EngineBase } from '../../src/engine.ts';
import { detectLanguage } from '../../src/text/language.ts';

let base: EngineBase;
beforeAll(async () => {
  base = await loadEngineBase(undefined, { stateDir: false });
});

function personIn(question: string, sentence: string) {
  const { analyzer, eventTypes } = base.language;
  const guess = detectLanguage(question);
  const asking = askingOf(question, guess, base.index);
  return findFact('person', { text: sentence, language: detectLanguage(sentence).language, question, questionLanguage: guess.language, analyzer, eventTypes, asking });
}

describe('which country: a state the question does not name', () => {
  it.each([
    // Listed with the states the question names, though the deed is worded otherwise.
    ['Which country met Russia and Turkey for the Libya talks?', 'Envoys of Russia, Turkey and Iran held talks on Libya in Geneva.', 'Iran'],
    ['Vilket land träffade Ryssland och Turkiet för samtalen om Libyen?', 'Sändebud från Ryssland, Turkiet och Iran höll samtal om Libyen.', 'Iran'],
    // The subject of the clause that holds the question's words, not the other side's.
    ['Vilket land håller med oppositionen?', 'Iran stöder regeringen i Bagdad, medan Turkiet står på oppositionens sida.', 'Turkiet'],
    ['Which country sided with the opposition?', 'Iran backed the government, while Turkey stood by the opposition.', 'Turkey'],
    // The seat of government where the deed took place stands for its state.
    ['What country hosted the gas summit with Iran?', 'On Monday Putin stayed on in Ankara for a gas summit with Iran.', 'Ankara'],
  ])('%s', (question, sentence, expected) => {
    expect(personIn(question, sentence)).toMatchObject({ text: expected, asked: true });
  });
});
