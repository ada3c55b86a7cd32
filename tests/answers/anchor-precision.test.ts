import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../src/answers/schema.ts';
import type { Engine } from '../../src/engine.ts';
import { added, engineWith } from './support/moderated-engine.ts';

/**
 * The project's live blog of the shooting, which dates its entries by the day heading above them, while the bundled
 * Swedish factbox tells the shooting by its month ("I december förra året skjuter en turkisk polis ihjäl den ryska
 * Turkietambassadören").
 */
const liveBlog = added('live-blog', "Live: Russia's ambassador to Turkey shot dead in Ankara", '2016-12-20', readFileSync('data/eval/documents/karlov-liveblog.txt', 'utf8').split('\n').slice(1));

let engine: Engine;
beforeAll(async () => {
  engine = await engineWith([liveBlog]);
});

const ask = (question: string): Answer => answerSchema.parse(engine.ask(question));

describe('an anchor told by its month in one source and to the day in another', () => {
  it.each(['vad hände dagen efter att ambassadören sköts i ankara', 'Vad hände dagen efter att Rysslands ambassadör sköts?'])('places "the day after" by the day: %s', (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe('2016-12-20');
    expect(answer.answer).toMatch(/declaration|Moscow|Moskva/u);
  });
});
