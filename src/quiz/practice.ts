import { createEmptyCard, fsrs, Rating, State, type Card } from 'ts-fsrs';
import { z } from 'zod';
import { Random } from './random.ts';
import type { QuizKind, QuizQuestion } from './types.ts';

/**
 * A member's own drill: each card asks one kind of question about one event, scheduled by FSRS
 * (ts-fsrs). A right answer grades the card Good, a wrong one Again, so what was got wrong comes
 * back sooner. Pure: the caller brings the clock, the seed and the store.
 */

/** The kinds that ask about one event; "first" and "order" ask about several and make no card of their own. */
export const PRACTICE_KINDS = ['when', 'what', 'who'] as const satisfies readonly QuizKind[];
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

/** A card as kept: what it drills (`<kind>:<event id>`), when it is next due (ISO time), the scheduler's state as JSON. */
export interface PracticeCard {
  cardId: string;
  due: string;
  state: unknown;
}

/** Makes the question a card asks with a seed; undefined when the events no longer allow it. */
export type QuestionMaker = (kind: PracticeKind, eventId: string, seed: number) => QuizQuestion | undefined;

export interface PracticeTurn {
  cardId: string;
  seed: number;
  question: QuizQuestion;
  /** When the card was due; null for a card never drilled. */
  due: string | null;
}

export function cardIdOf(kind: PracticeKind, eventId: string): string {
  return `${kind}:${eventId}`;
}

/** What a card id names, or undefined for one this version does not make. */
export function cardSubject(cardId: string): { kind: PracticeKind; eventId: string } | undefined {
  const colon = cardId.indexOf(':');
  const kind = cardId.slice(0, colon);
  const eventId = cardId.slice(colon + 1);
  if (colon < 0 || eventId === '' || !(PRACTICE_KINDS as readonly string[]).includes(kind)) return undefined;
  return { kind: kind as PracticeKind, eventId };
}

/** The question a card asks with this seed, the same every time while the events stay the same. */
export function cardQuestion(cardId: string, seed: number, make: QuestionMaker): QuizQuestion | undefined {
  const subject = cardSubject(cardId);
  return subject && make(subject.kind, subject.eventId, seed);
}

/**
 * The next question: the cards that are due, most overdue first; otherwise a card not drilled
 * yet, on an event not drilled yet if there is one. A card whose question can no longer be
 * made (its event was removed or changed) is passed over. Undefined when nothing is due and
 * every card has been drilled.
 */
export function nextTurn(input: { cards: readonly PracticeCard[]; eventIds: readonly string[]; now: Date; seed: number; make: QuestionMaker }): PracticeTurn | undefined {
  const { cards, now, seed, make } = input;
  const due = cards.filter((c) => Date.parse(c.due) <= now.getTime()).sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || a.cardId.localeCompare(b.cardId));
  for (const card of due) {
    const question = cardQuestion(card.cardId, seed, make);
    if (question) return { cardId: card.cardId, seed, question, due: card.due };
  }
  for (const cardId of newCardIds(cards, input.eventIds, seed)) {
    const question = cardQuestion(cardId, seed, make);
    if (question) return { cardId, seed, question, due: null };
  }
  return undefined;
}

/** Cards never drilled, in an order the seed shuffles: events with no card of any kind first. */
function newCardIds(cards: readonly PracticeCard[], eventIds: readonly string[], seed: number): string[] {
  const random = new Random(seed);
  const held = new Set(cards.map((c) => c.cardId));
  const drilled = new Set(cards.map((c) => cardSubject(c.cardId)?.eventId));
  const fresh = random.shuffle(eventIds).flatMap((eventId) => random.shuffle(PRACTICE_KINDS).map((kind) => ({ eventId, id: cardIdOf(kind, eventId) })));
  const open = fresh.filter((c) => !held.has(c.id));
  return [...open.filter((c) => !drilled.has(c.eventId)), ...open.filter((c) => drilled.has(c.eventId))].map((c) => c.id);
}

/** When the member will next have something due; null without cards. */
export function nextDue(cards: readonly PracticeCard[]): string | null {
  const times = cards.map((c) => Date.parse(c.due)).filter(Number.isFinite);
  return times.length === 0 ? null : new Date(Math.min(...times)).toISOString();
}

export function dueCount(cards: readonly PracticeCard[], now: Date): number {
  return cards.filter((c) => Date.parse(c.due) <= now.getTime()).length;
}

// Without fuzz the same answers at the same times give the same schedule, which the tests rely on.
const scheduler = fsrs({ enable_fuzz: false });

/** The card after an answer: Good when right, Again when wrong. `state` is the card's previous state (undefined for a new card). */
export function reviewCard(state: unknown, correct: boolean, now: Date): { due: string; state: StoredCardState } {
  const card = parseCardState(state) ?? createEmptyCard<Card>(now);
  const next = scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card;
  return { due: next.due.toISOString(), state: storeCardState(next) };
}

const isoTime = z.string().refine((s) => Number.isFinite(Date.parse(s)));

/** ts-fsrs's Card with its dates as ISO strings, so that it survives JSON (a database column, an export). */
const storedCardState = z.object({
  due: isoTime,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.enum(State),
  last_review: isoTime.optional(),
});
export type StoredCardState = z.infer<typeof storedCardState>;

function storeCardState(card: Card): StoredCardState {
  const { due, last_review: lastReview, ...rest } = card;
  return { ...rest, due: due.toISOString(), ...(lastReview && { last_review: lastReview.toISOString() }) };
}

/** The scheduler's card from what was kept; undefined when it is not one (the card then starts afresh). */
export function parseCardState(state: unknown): Card | undefined {
  const parsed = storedCardState.safeParse(state);
  if (!parsed.success) return undefined;
  const { due, last_review: lastReview, ...rest } = parsed.data;
  return { ...rest, due: new Date(due), ...(lastReview !== undefined && { last_review: new Date(lastReview) }) };
}
