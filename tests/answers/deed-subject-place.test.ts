import { beforeAll, describe, expect, it } from 'vitest';
import { deedOf } from '../../src/answers/deed.ts';
import { expectedFact } from '../../src/answers/expected.ts';
import { analyzeQuestion } from '../../src/answers/question.ts';
import { loadEngineBase, type EngineBase } from '../../src/engine.ts';

let base: EngineBase;
beforeAll(async () => {
  base = await loadEngineBase(undefined, { stateDir: false });
});

const deed = (question: string) => {
  const analysed = analyzeQuestion(question, new Date('2026-01-15T12:00:00Z'));
  return deedOf(analysed, expectedFact(analysed), base.language.analyzer)?.verb;
};

describe('the deed of a question whose subject has a place in it', () => {
  it.each([
    ['when did the centre in Qormi close', 'close'],
    ['When exactly did the joint radar station in Qormi start operating?', 'start'],
    ['When did the ferry office at Cirkewwa open?', 'open'],
    ['when did the garrison near Mdina leave', 'leave'],
  ])('of %j is %j: the place belongs to the subject', (question, verb) => {
    expect(deed(question)).toBe(verb);
  });

  it.each([
    ['When did the two ministers meet in Valletta?', 'meet'],
    ['When did the navy land in Gozo?', 'land'],
  ])('of %j is %j: a place after the verb is the deed\'s', (question, verb) => {
    expect(deed(question)).toBe(verb);
  });
});
