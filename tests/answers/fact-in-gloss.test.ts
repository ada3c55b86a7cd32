import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../src/answers/schema.ts';
import type { DocumentSource } from '../../src/corpus/load.ts';
import type { Engine } from '../../src/engine.ts';
import { engineWith } from './support/moderated-engine.ts';

/** A Swedish report whose dated sentence goes on, after its event, to tell what became of it. */
const report: DocumentSource = {
  meta: { id: 'hamnen', file: 'hamnen.txt', title: 'Hamnavtalet', publisher: 'Desk', language: 'sv', published: { value: '2023-02', granularity: 'month', inferred: false }, quality: [] },
  original: ['Hamnavtalet', '', 'I maj 2021 kom Oslo och Stockholm i Lund överens om en gemensam hamn vid Öresund, men den överenskommelsen föll samman.'].join('\n'),
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineWith([report]);
});

const ask = (question: string): Answer => answerSchema.parse(engine.ask(question));

describe('an English answer from a Swedish sentence', () => {
  it('proves a fact the event summary leaves out with the gloss of the sentence that gives it', () => {
    const answer = ask('What happened to the Lund harbour agreement?');
    expect(answer.abstained).toBe(false);
    expect(answer.fact?.text.toLowerCase()).toContain('collapsed');
    expect(answer.answer.slice(answer.answer.indexOf(':') + 1)).toMatch(/collapsed/iu);
  });
});
