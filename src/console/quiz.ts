import { flags, optionOf, QuizRound, type Reporter } from '../cli/commands/quiz-round.ts';
import { UserError } from '../discord/errors.ts';
import type { Engine } from '../engine.ts';
import { QUIZ_KINDS, type QuizKind } from '../quiz/types.ts';

const ROUND = { default: 5, max: 20 };
const usage = `Type /quiz [questions 1–${ROUND.max}] [${QUIZ_KINDS.join('|')}] for a round here, or /quiz practice for your own drill.`;
const prompt = 'Answer A, B, C or D, with 🚩 to report the question (another /command ends the round).';

/** A quiz round in the console, as `quiz play` plays one, but a question at a time. */
export class ConsoleQuiz {
  #round: QuizRound | undefined;

  get playing(): boolean {
    return this.#round !== undefined;
  }

  /** `/quiz [N] [kind]`: the first question. */
  start(args: string, engine: Engine, now: Date): string {
    let count = ROUND.default;
    let kind: QuizKind | undefined;
    for (const word of args.split(/\s+/u).filter(Boolean)) {
      if (/^\d+$/u.test(word) && Number(word) >= 1 && Number(word) <= ROUND.max) count = Number(word);
      else if ((QUIZ_KINDS as readonly string[]).includes(word)) kind = word as QuizKind;
      else throw new UserError(usage);
    }
    const questions = engine.quiz({ count, seed: now.getTime() % 2 ** 31, ...(kind && { kind }) });
    if (questions.length === 0) throw new UserError('No quiz question can be made from these events.');
    this.#round = new QuizRound(questions);
    return `${this.#round.current()}\n\n${prompt}`;
  }

  /** A line typed during the round: the verdict (and a 🚩 filed), then the next question or the score. */
  async answer(line: string, report?: Reporter): Promise<string> {
    const round = this.#round;
    const flagged = flags(line);
    const given = optionOf(line.replace(/🚩|\bflag\b/giu, ''));
    if (!round) return '';
    if (given === undefined) throw new UserError(prompt);
    const question = round.questions[round.asked];
    const reported = flagged && question && report ? `\n   ${(await report(question)) ? 'Reported: the moderators will look at it.' : 'You already reported this question.'}` : '';
    const verdict = round.answer(given);
    return `${verdict}${reported}\n\n${round.done ? this.end() : `${round.current()}\n\n${prompt}`}`;
  }

  /** Ends the round: the score over the questions answered. */
  end(): string {
    const score = this.#round?.score() ?? '';
    this.#round = undefined;
    return score;
  }
}
