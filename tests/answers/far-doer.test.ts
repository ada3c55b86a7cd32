import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/answers/schema.ts';
import type { Engine } from '../../src/engine.ts';
import { added, engineWith } from './support/moderated-engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await engineWith([
    added('varna-harbour', 'Harbour troubles in Varna', '2020-01-10', [
      'Critics say the long dispute between the dockers and the port owners, which culminated in a Norway-backed failed 2019 strike at the harbour, is not over.',
      '',
      'In March 2019 the first ships sailed again after the failed strike at the harbour.',
    ]),
  ]);
});

describe('a doer told by a sentence that scores below a dated one naming the event', () => {
  it('answers with the doer tied to the question rather than a name the dated sentence only mentions', () => {
    const answer = answerSchema.parse(engine.ask('Who was behind the failed strike at the harbour in 2019?'));
    expect(answer.abstained).toBe(false);
    expect(answer.fact?.text).toContain('Norway');
  });
});
