import { describe, expect, it } from 'vitest';
import { partialDateRange } from '../../src/dates/index.ts';
import { loadGoldEvents, loadOwnQuestions, loadParaphraseCases, loadRetrievalCases, SPLITS, type GoldEvent, type ParaphraseCase, type Split } from '../../scripts/evaluation/cases.ts';
import { evaluateEvents } from '../../scripts/evaluation/events.ts';
import { headlineProblems } from '../../scripts/evaluation/headline.ts';
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
    expect(own.map((d) => d.file).sort()).toEqual(['akkuyu-explainer.md', 'ankara-press-review.txt', 'ankara-swap-press-release.txt', 'grain-interview.txt', 'idlib-joint-statement.txt', 'idlib-vapenvila.txt', 'karabakh-centre-article.txt', 'karlov-liveblog.txt', 's400-chronology.txt', 'sochi-explainer.txt', 'tourism-table.md', 'turkstream-tidslinje.txt', 'turkstream-wire.txt']);
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

describe('the event gold list (issue 15)', async () => {
  const setup = await evaluationSetup();
  const gold = loadGoldEvents();
  const docsOf = (g: GoldEvent) => g.where.map((ref) => setup.document(ref.doc));

  it('has about 40 required events over the bundled documents, with the tricky ones, and the own chronology and Swedish article', () => {
    const bundled = gold.filter((g) => docsOf(g).every((d) => d?.own === false));
    expect(bundled.filter((g) => !g.optional).length).toBeGreaterThanOrEqual(35);
    const told = (fragment: string) => gold.some((g) => !g.optional && g.where.some((ref) => ref.text.includes(fragment)));
    for (const fragment of ['Moscow announces economic sanctions', 'Washington suspended Turkish participation', 'a second batch of S-400']) expect(told(fragment), fragment).toBe(true);
    for (const file of ['s400-chronology.txt', 'idlib-vapenvila.txt']) expect(gold.filter((g) => !g.optional && g.where.some((ref) => ref.doc === file)).length, file).toBeGreaterThanOrEqual(4);
    expectBalanced(gold.map((g) => ({ kind: g.thread, split: g.split })), 3);
  });

  it('names every gold event by an id of its own, so that a report points at one event', () => {
    const ids = gold.map((g) => g.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every gold event a headline that passes the rules, and no date after its documents were published', () => {
    for (const g of gold) {
      expect(headlineProblems(g.summary), g.id).toEqual([]);
      for (const doc of docsOf(g)) expect(partialDateRange(g.date).start <= partialDateRange(doc?.published ?? '0001').end, `${g.id} in ${doc?.file}`).toBe(true);
    }
  });

  it('locates every gold event in its documents', () => {
    const report = evaluateEvents(setup, setup.server, gold, () => true);
    expect(report.all.gold).toBe(gold.filter((g) => !g.optional).length);
  });
});
