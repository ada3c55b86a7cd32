import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../src/answers/schema.ts';
import { BUNDLED_DATA_DIR, prepareDocument, type DocumentSource } from '../../src/corpus/load.ts';
import { createEngine, loadEngineBase, type Engine } from '../../src/engine.ts';

/** A moderator's chronology: each entry is dated and placed by the "date — place" heading above it. */
const chronology: DocumentSource = {
  meta: { id: 'corridor', file: 'corridor.txt', title: 'The grain corridor: a chronology', publisher: 'Desk', language: 'en', published: { value: '2023-06', granularity: 'month', inferred: false }, quality: [] },
  original: [
    'THE GRAIN CORRIDOR: A CHRONOLOGY',
    '',
    'March 3, 2023 — Sochi:',
    '● Russia and Turkey sign an agreement to open a grain corridor across the Black Sea.',
    '',
    'April 20, 2023 — Bosphorus strait, Istanbul:',
    '● The first freighters loaded with wheat sail through.',
    '● Port officials expect more convoys in May.',
  ].join('\n'),
};

let engine: Engine;
beforeAll(async () => {
  const base = await loadEngineBase(BUNDLED_DATA_DIR, { stateDir: false });
  engine = await createEngine({ base, layer: { documents: [prepareDocument(chronology.meta, chronology.original)], events: { added: [], corrections: [] } }, now: () => new Date('2026-01-15T12:00:00Z') });
});

const ask = (question: string): Answer => answerSchema.parse(engine.ask(question));

describe("questions about a moderator's chronology", () => {
  it("take an entry's place from the heading it stands under, and quote the heading with the entry", () => {
    const answer = ask('Where did the first wheat freighters sail through?');
    expect(answer.abstained).toBe(false);
    expect(answer.fact).toMatchObject({ type: 'place', text: expect.stringContaining('Bosphorus') });
    expect(answer.answer).toMatch(/^Bosphorus strait, Istanbul/u);
    expect(answer.citations[0]?.quote).toContain('The first freighters loaded with wheat sail through.');
  });
});

describe("a topic timeline over a moderator's chronology", () => {
  it('takes the entries under a headline that names the topic, though the entry words it otherwise', () => {
    const answer = ask('Timeline of the grain corridor');
    // "The first freighters loaded with wheat sail through" names no corridor; its headline does.
    expect(answer.events.map((e) => e.date)).toEqual(expect.arrayContaining(['2023-03-03', '2023-04-20']));
  });
});
