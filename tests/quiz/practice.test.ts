import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.ts';
import { cardIdOf, cardQuestion, cardSubject, dueCount, nextDue, nextTurn, parseCardState, PRACTICE_KINDS, reviewCard, type PracticeCard, type QuestionMaker } from '../../src/quiz/practice.ts';
import type { QuizQuestion } from '../../src/quiz/types.ts';

const t0 = new Date('2026-03-02T10:00:00.000Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

/** Any card can be asked, its question naming the card and the seed. */
const anyQuestion: QuestionMaker = (kind, eventId, seed) =>
  ({ id: `${kind}:${eventId}`, kind, language: 'en', origin: 'generated', question: `${kind} ${eventId} ${seed}`, options: ['a', 'b', 'c', 'd'], answer: 0, values: ['a', 'b', 'c', 'd'], difficulty: 1, eventIds: [eventId], answerEvents: [eventId], thread: 'test', citations: [] }) satisfies QuizQuestion;

const card = (cardId: string, due: Date): PracticeCard => ({ cardId, due: due.toISOString(), state: reviewCard(undefined, true, t0).state });

describe('practice scheduling', () => {
  it('brings a wrong answer back before a right one', () => {
    const wrong = reviewCard(undefined, false, t0);
    const right = reviewCard(undefined, true, t0);
    expect(Date.parse(wrong.due)).toBeLessThan(Date.parse(right.due));
    expect(wrong.due).toBe('2026-03-02T10:01:00.000Z');
    expect(right.due).toBe('2026-03-02T10:10:00.000Z');
  });

  it('spaces a card out while it is answered right, and brings it back soon after a lapse', () => {
    const first = reviewCard(undefined, true, t0);
    const second = reviewCard(first.state, true, new Date(first.due));
    const third = reviewCard(second.state, true, new Date(second.due));
    const gap = (a: string, b: string) => Date.parse(b) - Date.parse(a);
    expect(gap(second.due, third.due)).toBeGreaterThan(gap(first.due, second.due));
    const lapse = reviewCard(third.state, false, new Date(third.due));
    expect(gap(third.due, lapse.due)).toBeLessThan(gap(first.due, second.due));
  });

  it('asks what is due first, the most overdue first, before anything new', () => {
    const cards = [card('when:b', minutes(-5)), card('who:c', minutes(-30)), card('what:d', minutes(20))];
    const turn = nextTurn({ cards, eventIds: ['a', 'b', 'c', 'd'], now: t0, seed: 7, make: anyQuestion });
    expect(turn).toMatchObject({ cardId: 'who:c', seed: 7, due: minutes(-30).toISOString(), question: { question: 'who c 7' } });
    const after = nextTurn({ cards: cards.filter((c) => c.cardId !== 'who:c'), eventIds: ['a', 'b', 'c', 'd'], now: t0, seed: 7, make: anyQuestion });
    expect(after?.cardId).toBe('when:b');
  });

  it('with nothing due, drills an event not drilled yet, then other kinds of drilled events, then nothing', () => {
    const cards = [card('when:b', minutes(20))];
    const turn = nextTurn({ cards, eventIds: ['a', 'b'], now: t0, seed: 3, make: anyQuestion });
    expect(turn).toMatchObject({ due: null });
    expect(cardSubject(turn?.cardId ?? '')?.eventId).toBe('a');

    const allOfA = PRACTICE_KINDS.map((kind) => card(cardIdOf(kind, 'a'), minutes(20)));
    const later = nextTurn({ cards: [...cards, ...allOfA], eventIds: ['a', 'b'], now: t0, seed: 3, make: anyQuestion });
    expect(['what:b', 'who:b']).toContain(later?.cardId);

    const everything = ['a', 'b'].flatMap((e) => PRACTICE_KINDS.map((kind) => card(cardIdOf(kind, e), minutes(20))));
    expect(nextTurn({ cards: everything, eventIds: ['a', 'b'], now: t0, seed: 3, make: anyQuestion })).toBeUndefined();
    expect(nextDue(everything)).toBe(minutes(20).toISOString());
    expect(dueCount(everything, minutes(20))).toBe(6);
    expect(dueCount(everything, minutes(19))).toBe(0);
  });

  it('passes over a due card whose question can no longer be made', () => {
    const make: QuestionMaker = (kind, eventId, seed) => (eventId === 'gone' ? undefined : anyQuestion(kind, eventId, seed));
    const turn = nextTurn({ cards: [card('when:gone', minutes(-60)), card('when:b', minutes(-1))], eventIds: ['b'], now: t0, seed: 1, make });
    expect(turn?.cardId).toBe('when:b');
  });

  it('keeps the card through JSON with its dates as dates', () => {
    const reviewed = reviewCard(reviewCard(undefined, true, t0).state, true, minutes(10));
    const kept = JSON.parse(JSON.stringify(reviewed.state)) as unknown;
    const card = parseCardState(kept);
    expect(card?.due).toBeInstanceOf(Date);
    expect(card?.due.toISOString()).toBe(reviewed.due);
    expect(card?.last_review?.toISOString()).toBe(minutes(10).toISOString());
    expect(reviewCard(kept, false, minutes(100))).toEqual(reviewCard(reviewed.state, false, minutes(100)));
  });

  it('starts a card afresh when what was kept is not a card', () => {
    expect(parseCardState({ due: 'soon' })).toBeUndefined();
    expect(reviewCard({ due: 'soon' }, true, t0)).toEqual(reviewCard(undefined, true, t0));
  });

  it('reads only the card ids it makes', () => {
    expect(cardSubject('when:doc/p1s2@30')).toEqual({ kind: 'when', eventId: 'doc/p1s2@30' });
    for (const id of ['order:doc/p1s2@30', 'when:', 'when', '']) expect(cardSubject(id)).toBeUndefined();
  });
});

describe('practice questions from the corpus', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine();
  });
  const make: QuestionMaker = (kind, about, seed) => engine.quiz({ count: 1, seed, kind, about })[0];

  it('asks a card the same question for the same seed, about its own event', () => {
    const eventIds = engine.timeline().map((e) => e.id);
    const turn = nextTurn({ cards: [], eventIds, now: t0, seed: 12, make });
    expect(turn).toBeDefined();
    const { cardId, question } = turn as NonNullable<typeof turn>;
    expect(question.kind).toBe(cardSubject(cardId)?.kind);
    expect(question.eventIds).toContain(cardSubject(cardId)?.eventId);
    expect(cardQuestion(cardId, 12, make)).toEqual(question);
  });

  it('makes no card question about an event that is not there, or of a kind about several events', () => {
    expect(cardQuestion('when:no-such/p1s1@0', 1, make)).toBeUndefined();
    const [event] = engine.timeline();
    expect(engine.quiz({ count: 1, seed: 1, kind: 'first', about: event?.id ?? '' })).toEqual([]);
  });
});
