import { describe, expect, it } from 'vitest';
import { loadOwnQuestions, loadRetrievalCases, SPLITS, type Split } from '../../scripts/evaluation/cases.ts';
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
