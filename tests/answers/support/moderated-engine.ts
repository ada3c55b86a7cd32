import { beforeAll } from 'vitest';
import { answerSchema, type Answer } from '../../../src/answers/schema.ts';
import { BUNDLED_DATA_DIR, prepareDocument, type DocumentSource } from '../../../src/corpus/load.ts';
import { createEngine, loadEngineBase, type Engine } from '../../../src/engine.ts';

/** The bundled corpus with documents a moderator added, read against a fixed day, as a server's engine is. */
export async function engineWith(documents: DocumentSource[]): Promise<Engine> {
  const base = await loadEngineBase(BUNDLED_DATA_DIR, { stateDir: false });
  const layer = { documents: documents.map((d) => prepareDocument(d.meta, d.original)), events: { added: [], corrections: [] } };
  return createEngine({ base, layer, now: () => new Date('2026-01-15T12:00:00Z') });
}

/** An English document as a moderator adds it, published on a day (or a month). */
export function added(id: string, title: string, published: string, lines: string[]): DocumentSource {
  const granularity = published.length === 7 ? 'month' : 'day';
  return {
    meta: { id, file: `${id}.txt`, title, publisher: 'Desk', language: 'en', published: { value: published, granularity, inferred: false }, quality: [] },
    original: lines.join('\n'),
  };
}

/** Asks the engine of the bundled corpus and these documents, built before the file's tests run; answers parsed by the schema. */
export function askingWith(documents: DocumentSource[]): (question: string) => Answer {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await engineWith(documents);
  });
  return (question) => {
    if (!engine) throw new Error('askingWith: the engine is built before the tests run');
    return answerSchema.parse(engine.ask(question));
  };
}
