import type { Language } from '../../../corpus/types.ts';
import type { Engine } from '../../../engine.ts';
import { cardIdOf, cardQuestion, PRACTICE_KINDS, type QuestionMaker } from '../../../quiz/practice.ts';
import { Random } from '../../../quiz/random.ts';
import type { QuizQuestion } from '../../../quiz/types.ts';
import { roomFor } from '../../customId.ts';

/**
 * A practice question travels in its buttons as a card id and a seed: the same engine makes the
 * same question from them, so the buttons need no store and survive restarts.
 */
export const PRACTICE_ANSWER = 'qp';

const SEEDS = 2 ** 31;

export const encodeSeed = (seed: number) => seed.toString(36);

export function decodeSeed(text: string): number | undefined {
  if (!/^[0-9a-z]{1,6}$/u.test(text)) return undefined;
  const seed = Number.parseInt(text, 36);
  return seed < SEEDS ? seed : undefined;
}

/** A seed of its own for each member and moment. */
export function seedFor(userId: string, now: Date): number {
  return new Random(now.getTime() % SEEDS ^ [...userId].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7)).int(SEEDS);
}

export const nextSeed = (seed: number) => new Random(seed).int(SEEDS);

/** Cards ask in the member's language: the same card and seed make the same question in it. */
export function questionMaker(engine: Engine, language: Language): QuestionMaker {
  return (kind, about, seed) => engine.quiz({ count: 1, seed, kind, about, language })[0];
}

export function practiceQuestion(engine: Engine, cardId: string, seed: number, language: Language): QuizQuestion | undefined {
  return cardQuestion(cardId, seed, questionMaker(engine, language));
}

/** Events whose cards fit an answer button (`qp:<option>:<seed>:<card id>`, at most 100 characters). */
export function practisableEvents(engine: Engine): string[] {
  const room = roomFor(PRACTICE_ANSWER, ['0', encodeSeed(SEEDS - 1)]);
  return engine
    .timeline()
    .map((e) => e.id)
    .filter((id) => PRACTICE_KINDS.every((kind) => cardIdOf(kind, id).length <= room));
}
