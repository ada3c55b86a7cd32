import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import type { Knowledge } from '../../src/knowledge/open.ts';
import { addDocument } from '../../src/moderation/index.ts';
import { grainArticle, guild, moderator, openTestKnowledge, utf8 } from './support/knowledge.ts';

/** A short Swedish article no bundled document tells, in words the dictionary knows but no list was fitted to. */
const wheatArticle = [
  'Ryssland och Turkiet enas om vete',
  '',
  'Den 14 juni 2023 undertecknade Ryssland och Turkiet ett avtal i Sotji om export av vete till Turkiet.',
  'Avtalet gäller i fem år.',
  '',
].join('\n');

describe('documents a moderator adds are reached across the languages', () => {
  let knowledge: Knowledge;
  let engine: Engine;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    knowledge = await openTestKnowledge();
    for (const [name, text, language] of [['vete.txt', wheatArticle, 'sv'], ['grain.md', grainArticle, 'en']] as const) {
      const report = await addDocument(knowledge.moderation, moderator, { upload: { name, bytes: utf8(text) }, title: name, published: '2023-06', language });
      ids[name] = report.document.id;
    }
    engine = await knowledge.engines.engineFor(guild);
  });
  afterAll(() => knowledge.close());

  it('an English question finds the Swedish passage and answers from it', () => {
    const question = 'When did Russia and Turkey sign the wheat export agreement?';
    expect(engine.search(question, { limit: 1 })[0]?.documentId).toBe(ids['vete.txt']);
    const answer = engine.ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.date).toMatch(/^2023-06/u);
  });

  it('a Swedish question finds the English passage and answers from it', () => {
    const question = 'När passerade de första fartygen med spannmål genom korridoren?';
    expect(engine.search(question, { limit: 1 })[0]?.documentId).toBe(ids['grain.md']);
    const answer = engine.ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.date).toMatch(/^2023-04/u);
  });
});
