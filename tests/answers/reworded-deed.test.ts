import { beforeAll, describe, expect, it } from 'vitest';
import { kindsReworded } from '../../src/answers/reworded.ts';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import { loadEngineBase, type EngineBase } from '../../src/engine.ts';
import { added, askingWith } from './support/moderated-engine.ts';

/** A report that words its deliveries as deliveries, and a parade that is no delivery at all. */
const report = added('radars', 'The radar order', '2024-06', [
  'THE ORDER',
  '',
  'In March 2024 a second batch of Vantar systems had been delivered to Qormi.',
  '',
  'In May 2024 the Vantar systems were paraded through Qormi.',
]);

const ask = askingWith([report]);

describe('a question verb worded as another deed of its kind', () => {
  it.each([
    ['When did the second lot of radar equipment reach Qormi?', 'March 2024'],
    ['When did they ship the second lot of radar equipment to Qormi?', 'March 2024'],
  ])('is answered by the sentence of that kind: %s', (question, date) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain(date);
  });

  it.each(['When did the second lot of radar equipment leave Qormi?', 'When did the second lot of radar equipment break down in Qormi?'])('is not answered by a deed of another kind: %s', (question) => {
    expect(ask(question).abstained).toBe(true);
  });
});

describe('the kinds of happening a verb is worded as', () => {
  let base: EngineBase;
  beforeAll(async () => {
    base = await loadEngineBase(BUNDLED_DATA_DIR, { stateDir: false });
  });

  it.each([
    ['reach', 'delivery', true],
    ['ship', 'delivery', true],
    // A word that names its kind itself is matched as it is.
    ['deliver', 'delivery', false],
    // No verb, no deed: a missile is launched, but "missile" does not say a launch happened.
    ['missile', 'start', false],
  ])('%s → %s: %s', (word, kind, expected) => {
    expect(kindsReworded(base.language.analyzer, base.language.eventTypes, word).has(kind)).toBe(expected);
  });
});
