import { describe, expect, it } from 'vitest';
import { loadOwnQuestions, loadParaphraseCases, loadRetrievalCases, SPLITS, type ParaphraseCase, type Split } from '../../scripts/evaluation/cases.ts';
import { sharedContentWords } from '../../scripts/evaluation/overlap.ts';
import { targetPassages } from '../../scripts/evaluation/retrieval.ts';
import { evaluationSetup } from './support.ts';

/** Items of one kind differ between the halves by at most `slack`. */
function expectBalanced(items: Array<{ kind?: string | undefined; split?: Split | undefined }>, slack = 2): void {
  for (const kind of new Set(items.map((i) => i.kind))) {
    const [dev, test] = SPLITS.map((s) => items.filter((i) => i.kind === kind && i.split === s).length);
    expect(Math.abs((dev ?? 0) - (test ?? 0)), `kind ${kind}`).toBeLessThanOrEqual(slack);
  }
}

describe('the evaluation sets', async () => {
  const setup = await evaluationSetup();

  it('adds the project\'s own documents to a server through the moderators\' path, not to the bundled corpus', () => {
    const own = setup.documents.filter((d) => d.own);
    expect(own.map((d) => d.file).sort()).toEqual(['akkuyu-explainer.md', 'idlib-vapenvila.txt', 's400-chronology.txt', 'turkstream-wire.txt']);
    for (const doc of own) {
      expect(setup.server.corpus.passages.some((p) => p.documentId === doc.id)).toBe(true);
      expect(setup.bundled.corpus.passages.some((p) => p.documentId === doc.id)).toBe(false);
    }
  });

  it('splits the existing sets into halves balanced by kind', () => {
    const retrieval = loadRetrievalCases(setup.bundled.sources());
    expectBalanced(retrieval.filter((c) => c.kind !== 'question'));
    expectBalanced(loadOwnQuestions());
    expect(loadOwnQuestions().every((q) => q.kind !== undefined)).toBe(true);
  });
});

describe('the paraphrase retrieval set (issue 13)', async () => {
  const setup = await evaluationSetup();
  const cases = loadParaphraseCases();
  const isOwn = (c: ParaphraseCase) => c.find.some((ref) => setup.document(ref.doc)?.own === true);

  it('has at least 80 queries over the bundled documents, every one of them, and 20 over the own ones', () => {
    expect(cases.filter((c) => !isOwn(c)).length).toBeGreaterThanOrEqual(80);
    expect(cases.filter(isOwn).length).toBeGreaterThanOrEqual(20);
    for (const doc of setup.documents) expect(cases.some((c) => c.find.some((ref) => setup.document(ref.doc)?.id === doc.id)), doc.file).toBe(true);
    for (const kind of ['synonym', 'word-form', 'typo', 'swedish-spelling', 'en-to-sv', 'sv-to-en']) expect(cases.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    expectBalanced(cases);
  });

  it('names passages that exist, and shares no content word with them', () => {
    for (const c of cases) {
      const engine = isOwn(c) ? setup.server : setup.bundled;
      const passages = targetPassages(engine, setup, c).map((id) => engine.passage(id)?.text ?? '');
      expect(passages.flatMap((text) => sharedContentWords(c.q, text)), `${c.id} "${c.q}"`).toEqual([]);
    }
  });
});
