import { beforeAll, describe, expect, it } from 'vitest';
import { asksForAuthor, bylineOf } from '../../src/answers/byline.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { answerSchema, type Answer } from '../../src/answers/schema.ts';
import { createEngine, type Engine } from '../../src/engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ now: () => new Date('2026-11-21T12:00:00Z') });
});

const ask = (question: string): Answer => answerSchema.parse(engine.ask(question));
const withFile = (original: string) => ({ original }) as CorpusDocument;

describe('who wrote a text: its byline', () => {
  it('tells a question after the writer of a text from one after a writer of a letter in the story', () => {
    expect(asksForAuthor('Who wrote the article about the pipeline?')).toBe(true);
    expect(asksForAuthor('Who is the author of the piece on the summit?')).toBe(true);
    expect(asksForAuthor('vem skrev artikeln om gasledningen')).toBe(true);
    expect(asksForAuthor('Who wrote a letter to the minister?')).toBe(false);
    expect(asksForAuthor('Vem skrev ett brev till Putin?')).toBe(false);
  });

  it("reads the byline under a document's masthead, and none where the file has none", () => {
    expect(bylineOf(withFile('Site banner\n\nBy Anna Berg\n\n01.02.2020\n\nThe story begins here.'))).toBe('Anna Berg');
    expect(bylineOf(withFile('Av Per Lind\nTexten börjar här.'))).toBe('Per Lind');
    expect(bylineOf(withFile('Headline\n\nThe story was told by many.'))).toBeNull();
  });

  it("answers with the byline of the document that tells what the question is about, citing that document", () => {
    const answer = ask("Who wrote the article about Erdogan's surprise visit to Moscow and the military cooperation?");
    expect(answer.abstained).toBe(false);
    expect(answer.fact).toMatchObject({ type: 'person', text: 'Ulas Atesci' });
    expect(answer.answer).toMatch(/^Ulas Atesci\b/u);
    const doc = engine.corpus.documents.find((d) => d.meta.id === answer.citations[0]?.documentId);
    expect(doc?.clean).toContain(answer.citations[0]?.quote);
  });

  it('declines when the document that tells it names no writer', () => {
    expect(ask('Who wrote the factfile about the partnership shattered in Idlib?').abstained).toBe(true);
  });
});
