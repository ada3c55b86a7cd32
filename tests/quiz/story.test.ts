import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.ts';
import { partialDateRange } from '../../src/dates/index.ts';
import type { TimelineEvent } from '../../src/events/types.ts';
import { quizContext, type QuizContext } from '../../src/quiz/context.ts';
import { storyThreads } from '../../src/quiz/story-kinds.ts';
import type { QuizQuestion } from '../../src/quiz/types.ts';
import { validateQuestion } from '../../src/quiz/validate.ts';

let engine: Engine;
let context: QuizContext;
let next: QuizQuestion[];
beforeAll(async () => {
  engine = await createEngine();
  context = quizContext(engine.quizSource, 'en');
  next = engine.quizBank().filter((q) => q.kind === 'next');
});

const rules = (q: QuizQuestion) => validateQuestion(q, context).map((p) => p.rule);
const event = (id: string) => context.byId.get(id) ?? expect.fail(`no event ${id}`);

describe('what came next: an event no quote dates, asked by the story its document tells', () => {
  it('is asked only of events whose date no quote proves, under the happening its document tells before it', () => {
    expect(next.length).toBeGreaterThan(0);
    for (const q of next) {
      const answer = event(q.values[q.answer] as string);
      expect(context.datedCitations(answer)).toEqual([]);
      const told = context.told(answer);
      expect(told?.before.event.id).toBe(q.eventIds[0]);
      expect(validateQuestion(q, context)).toEqual([]);
    }
  });

  it('cites the answer’s own quote first, then the happening told before it in the same document', () => {
    for (const q of next) {
      const [own, before] = q.citations;
      const answer = event(q.values[q.answer] as string);
      expect(answer.citations.map((c) => c.passageId)).toContain(own?.passageId);
      expect(before?.documentId).toBe(own?.documentId);
      const at = (id: string | undefined) => context.passage(id ?? '')?.cleanStart ?? Infinity;
      expect(at(before?.passageId)).toBeLessThan(at(own?.passageId));
    }
  });

  it('gives wrong options that happened well before that happening or after the next one the document tells', () => {
    for (const q of next) {
      const told = context.told(event(q.values[q.answer] as string));
      if (!told) throw new Error('no story');
      const anchor = partialDateRange(told.before.event.date).start;
      const following = told.after && partialDateRange(told.after.event.date).end;
      for (const id of q.values.filter((_, i) => i !== q.answer)) {
        const range = partialDateRange(event(id).date);
        expect(range.end < anchor || (following !== undefined && range.start > following)).toBe(true);
      }
    }
  });

  it('a wrong option that may have come next too, or a stem with another happening', () => {
    const q = next[0] as QuizQuestion;
    const wrongAt = (q.answer + 1) % 4;
    // The happening told before the answer is no wrong answer: it is not well before itself.
    expect(rules({ ...q, values: q.values.map((v, i) => (i === wrongAt ? (q.eventIds[0] as string) : v)) })).toContain('ambiguity');
    expect(rules({ ...q, eventIds: [q.values[wrongAt] as string, ...q.eventIds.slice(1)] })).toContain('proof');
  });
});

describe('what came next in a Swedish quiz', () => {
  let swedish: QuizContext;
  let asked: QuizQuestion[];
  beforeAll(() => {
    swedish = quizContext(engine.quizSource, 'sv');
    asked = engine.quizBank({ language: 'sv' }).filter((q) => q.kind === 'next');
  });

  it('asks in Swedish and, where an option has no Swedish headline, shows all four in their sources’ own words, quoted', () => {
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.question.startsWith('Vilket av dessa kom sedan')).toBe(true);
      const quoted = q.options.filter((o) => o.startsWith('”') && o.endsWith('”'));
      expect([0, 4]).toContain(quoted.length);
      const words = (s: string): string[] => s.toLowerCase().match(/\p{L}+/gu) ?? [];
      // A quoted option is a source's own sentence (without its date): every word of it is in a quote of its event.
      const fromSource = quoted.map((o, i) => swedish.byId.get(q.values[i] as string)?.citations.some((c) => words(o).every((w) => words(c.quote).includes(w))));
      expect(fromSource.every(Boolean)).toBe(true);
      expect(validateQuestion(q, swedish)).toEqual([]);
    }
    expect(asked.some((q) => q.options.every((o) => o.startsWith('”')))).toBe(true);
  });

  it('refuses a quoted option cut from its sentence, as it refuses a headline', () => {
    const q = asked.find((x) => x.options.every((o) => o.startsWith('”'))) as QuizQuestion;
    const wrongAt = (q.answer + 1) % 4;
    const cut = q.options.map((o, i) => (i === wrongAt ? `${o.slice(0, 30)}…”` : o));
    expect(validateQuestion({ ...q, options: cut }, swedish).map((p) => p.rule)).toContain('fragment');
  });
});

describe('a story too small to give the wrong options', () => {
  it('borrows the thread most of whose events are alike to it, not one whose average a chance word raises', () => {
    const ids = ['talks', 'zones', 'sochi', 'war-1', 'war-2', 'war-3', 'war-4', 'sanctions-1', 'sanctions-2', 'sanctions-3', 'sanctions-4'];
    const thread = (id: string) => (id === 'talks' || id === 'zones' || id === 'sochi' ? 'zones' : id.split('-')[0] as string);
    // Every event of the war is a little alike to the talks; one of the sanctions shares a word with them ("end").
    const likeness = (id: string) => (id.startsWith('war') ? 0.05 : id === 'sanctions-1' ? 0.3 : 0);
    const events = ids.map((id) => ({ id }) as TimelineEvent);
    const fake = {
      askable: events,
      relevant: () => true,
      threads: { of: new Map(ids.map((id) => [id, thread(id)])), alike: (a: string, b: string) => (b === 'talks' ? likeness(a) : a === 'talks' ? likeness(b) : 0) },
    } as unknown as QuizContext;
    const byId = (id: string) => events.find((e) => e.id === id) as TimelineEvent;
    expect(storyThreads(fake, byId('talks'), byId('zones'))).toEqual(new Set(['zones', 'war']));
  });
});
