import type { QuizQuestion } from '../../quiz/types.ts';

/** A round of questions played in a terminal, one answer at a time: `quiz play` and the console's /quiz. */

export const LETTERS = ['A', 'B', 'C', 'D'];

export function questionText(question: QuizQuestion, n: number): string {
  return [`${n}. ${question.question}`, ...question.options.map((o, i) => `   ${LETTERS[i]}) ${o}`)].join('\n');
}

/** The option a letter names (A–D, either case), or undefined. */
export function optionOf(text: string): number | undefined {
  const index = LETTERS.indexOf(text.trim().toUpperCase());
  return index < 0 ? undefined : index;
}

export class QuizRound {
  #next = 0;
  #score = 0;

  constructor(readonly questions: readonly QuizQuestion[]) {}

  get done(): boolean {
    return this.#next >= this.questions.length;
  }

  /** The index of the question waiting for an answer. */
  get asked(): number {
    return this.#next;
  }

  /** The question waiting for an answer. */
  current(): string {
    const question = this.questions[this.#next];
    return question ? questionText(question, this.#next + 1) : '';
  }

  /** Judges the answer to the current question (undefined: none given) and moves on: right, or the right option, and its source. */
  answer(given: number | undefined): string {
    const question = this.questions[this.#next++];
    if (!question) return '';
    const right = given === question.answer;
    if (right) this.#score++;
    const lines = [`   ${right ? 'Right' : `Not quite: ${LETTERS[question.answer]}) ${question.options[question.answer]}`}`];
    const proof = question.citations[0];
    if (proof) lines.push(`   Source [${proof.passageId}]: "${proof.quote}"`);
    return lines.join('\n');
  }

  /** The score over the questions asked so far. */
  score(): string {
    return `Score: ${this.#score}/${Math.min(this.#next, this.questions.length)}`;
  }
}

/** 🚩 (or the word "flag") on an answer's line reports the question to the moderators. */
const FLAG = /🚩|\bflag\b/iu;

export const flags = (line: string) => FLAG.test(line);

/** Files a 🚩 report; false when this reporter had already reported the question. */
export type Reporter = (question: QuizQuestion) => Promise<boolean>;

/**
 * Plays a whole round against answers given in advance, one a line: a missing or unreadable
 * one counts as wrong; a line with 🚩 also reports its question.
 */
export async function playAll(questions: readonly QuizQuestion[], answers: readonly string[], report?: Reporter): Promise<string> {
  const round = new QuizRound(questions);
  const blocks: string[] = [];
  for (let i = 0; !round.done; i++) {
    const line = answers[i] ?? '';
    const question = questions[i] as QuizQuestion;
    const block = `${round.current()}\n${round.answer(optionOf(line.replace(FLAG, '')))}`;
    const reported = report && flags(line) ? `\n   ${(await report(question)) ? 'Reported: the moderators will look at it.' : 'You already reported this question.'}` : '';
    blocks.push(`${block}${reported}\n`);
  }
  return [...blocks, round.score()].join('\n');
}
