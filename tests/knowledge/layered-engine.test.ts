import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATA_DIR, prepareDocument, readCorpusSources, type DocumentSource } from '../../src/corpus/load.ts';
import { createEngine, loadEngineBase, type Engine, type EngineBase, type EngineLayer } from '../../src/engine.ts';
import type { EventLayer } from '../../src/events/build.ts';
import { openBaseState } from '../../src/persist/base-state.ts';
import { seen } from '../persist/support/seen.ts';

const now = () => new Date('2026-11-21T12:00:00Z');

const grain: DocumentSource = {
  meta: { id: 'grain', file: 'grain.txt', title: 'Russia and Turkey agree on a grain corridor', publisher: 'Wire', language: 'en', published: { value: '2023-05', granularity: 'month', inferred: false }, quality: [] },
  original: [
    'Russia and Turkey agree on a grain corridor',
    '',
    'On 3 March 2023, Russia and Turkey signed an agreement in Sochi to open a grain corridor across the Black Sea.',
    'The United Nations welcomed the corridor.',
    '',
    'In April 2023 the first grain ships passed through the corridor, a year after Turkey began receiving S-400 parts in 2019.',
  ].join('\n'),
};

const QUESTIONS = ['When was the grain corridor agreement signed?', 'When did the first grain ships pass through the corridor?', 'What happened in 2023?'];

/**
 * A server's engine stacks its documents on the shared bundled state (its own small index
 * layer, the bundled events it leaves alone). It must show users exactly what an engine
 * prepared over all the documents at once shows.
 */
describe("a server's engine on the shared bundled state", () => {
  let bundled: EngineBase;
  let whole: EngineBase;

  beforeAll(async () => {
    bundled = await loadEngineBase(BUNDLED_DATA_DIR, { stateDir: false });
    whole = { language: bundled.language, ...(await openBaseState([...(await readCorpusSources()), grain], bundled.language, false)) };
  });

  const layered = (events: EventLayer): Promise<Engine> => {
    const layer: EngineLayer = { documents: [prepareDocument(grain.meta, grain.original)], events };
    return createEngine({ base: bundled, layer, now });
  };
  const allAtOnce = (events: EventLayer): Promise<Engine> => createEngine({ base: whole, layer: { documents: [], events }, now });

  it('answers from its own documents as from the bundled ones, exactly as one engine over both', async () => {
    const events = { added: [], corrections: [] };
    const engine = await layered(events);
    expect(engine.ask(QUESTIONS[0] as string)).toMatchObject({ abstained: false, date: '2023-03-03', citations: [expect.objectContaining({ documentId: 'grain' })] });
    expect(seen(engine, QUESTIONS)).toEqual(seen(await allAtOnce(events), QUESTIONS));
  });

  it("shows its moderators' event changes exactly as one engine over both", async () => {
    const reference = (await allAtOnce({ added: [], corrections: [] })).timeline();
    const bundledEvent = (i: number) => reference.filter((e) => e.citations.every((c) => c.documentId !== 'grain'))[i]?.id ?? '';
    const grainEvent = reference.find((e) => e.citations.some((c) => c.documentId === 'grain'))?.id ?? '';
    const passage = 'grain/p3s1';
    const events: EventLayer = {
      added: [{ passageId: passage, quote: 'The United Nations welcomed the corridor.', date: '2023-03-10', summary: 'The UN welcomed the grain corridor.', tone: 'cooperation' }],
      corrections: [
        { event: bundledEvent(2), field: 'summary', value: 'A summary a moderator rewrote.', reason: 'changed in a test' },
        { event: bundledEvent(5), field: 'hidden', value: 'true', reason: 'hidden in a test' },
        { event: grainEvent, field: 'merge', value: bundledEvent(7), reason: 'merged in a test' },
      ],
    };
    const engine = await layered(events);
    expect(engine.timeline().map((e) => e.summary)).toEqual(expect.arrayContaining(['A summary a moderator rewrote.', 'The UN welcomed the grain corridor.']));
    expect(engine.event(bundledEvent(5))).toBeUndefined();
    expect(seen(engine, QUESTIONS)).toEqual(seen(await allAtOnce(events), QUESTIONS));
  });

  it('leaves the shared bundled engine as it was', async () => {
    const before = seen(await createEngine({ base: bundled, now }));
    const event = bundled.events.events[0]?.id ?? '';
    const server = await layered({ added: [], corrections: [{ event, field: 'summary', value: 'Changed in one server only.', reason: 'changed in a test' }] });
    expect(server.event(event)?.summary).toBe('Changed in one server only.');
    expect(seen(await createEngine({ base: bundled, now }))).toEqual(before);
  });
});
