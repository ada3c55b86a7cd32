import { beforeAll, describe, expect, it, vi } from 'vitest';
import { askingOf, speakerAsked } from '../../src/answers/asking.ts';
import { loadEngineBase, type EngineBase } from '../../src/engine.ts';
import { detectLanguage } from '../../src/text/language.ts';

let base: EngineBase;
beforeAll(async () => {
  base = await loadEngineBase(undefined, { stateDir: false });
});

describe('what a question asks of its fact, from the one analysis of the question', () => {
  it.each([
    'How many Russian soldiers were killed in the air strike on Idlib?',
    'What did Putin say about the downing of the jet?',
    'How much did the Akkuyu plant cost?',
    'Hur många soldater dödades i Idlib?',
  ])('is the same whether %s is analysed for it or handed over analysed', (question) => {
    const guess = detectLanguage(question);
    const analysed = base.index.analyse(question, guess);
    expect(askingOf(question, guess, base.index, analysed)).toEqual(askingOf(question, guess, base.index));
  });

  it('does not analyse the question again when it is handed over analysed', () => {
    const question = 'Who met Erdogan in Sochi?';
    const guess = detectLanguage(question);
    const analysed = base.index.analyse(question, guess);
    const analyse = vi.spyOn(base.index, 'analyse');
    try {
      askingOf(question, guess, base.index, analysed);
      expect(analyse).not.toHaveBeenCalled();
      askingOf(question, guess, base.index);
      expect(analyse).toHaveBeenCalledWith(question, guess);
    } finally {
      analyse.mockRestore();
    }
  });
});

describe('what a "how many" question counts: the words up to its verb', () => {
  const counted = (question: string) => [...(askingOf(question, detectLanguage(question), base.index).counted ?? [])];
  it.each([
    ['How many observation posts did Turkey set up?', 'Turkey'],
    ['Hur många observationsposter upprättade Turkiet?', 'Turkiet'],
    ['Hur många soldater skickade Turkiet till Idlib?', 'Turkiet'],
    ['Hur många reaktorer byggde Ryssland i Akkuyu?', 'Ryssland'],
  ])('%s counts no %s: a Swedish verb in the past (-ade, -de, -te, passive -s) ends the counted words as an English one does', (question, subject) => {
    const words = counted(question);
    expect(words.length).toBeGreaterThan(0);
    expect(words).not.toEqual(expect.arrayContaining(base.index.analyse(subject, detectLanguage(question)).terms));
  });
});

describe('whose words a question asks for', () => {
  it.each([
    ['What did Jones say about the port?', 'Jones'],
    ["What was Jones's reaction to the flood?", 'Jones'],
    ['What were the mayor’s first words?', 'the mayor'],
    ['What was the reaction of the farmers?', undefined],
    ['Vad sa Jones om hamnen?', 'Jones '],
    ['vad kallade jones branden i hamnen', 'jones'],
    ['vad sa borgmästaren om hamnen', 'borgmästaren'],
    // A title before the name, as Swedish writes it without an article.
    ['Vad sa borgmästare Jones om hamnen?', 'borgmästare Jones '],
    ['hur beskrev svenska regeringen branden', 'svenska regeringen'],
    ['vad lovade facket att göra', 'facket'],
  ])('%s asks for the words of %s', (question, speaker) => {
    expect(speakerAsked(question)).toBe(speaker);
  });
});
