import { QUIZ_KINDS, type QuizKind, type QuizQuestion } from '../../quiz/types.ts';
import { positiveInt, UsageError, type CliCommand } from '../command.ts';

const LETTERS = ['A', 'B', 'C', 'D'];

function kindOf(value: string | boolean | undefined): QuizKind | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(QUIZ_KINDS as readonly string[]).includes(value)) throw new UsageError(`--kind takes one of ${QUIZ_KINDS.join(', ')}`);
  return value as QuizKind;
}

function seedOf(value: string | boolean | undefined): number {
  if (value === undefined) return Date.now() % 2 ** 31;
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError('--seed takes a whole number from 0');
  return seed;
}

function render(question: QuizQuestion, n: number): string {
  return [`${n}. ${question.question}`, ...question.options.map((o, i) => `   ${LETTERS[i]}) ${o}`)].join('\n');
}

/** Plays the questions against answers read one a line (A–D); a wrong or missing answer shows the right one and its quote. */
function play(questions: QuizQuestion[], answers: string[]): string {
  const lines: string[] = [];
  let score = 0;
  questions.forEach((question, i) => {
    lines.push(render(question, i + 1));
    const given = LETTERS.indexOf((answers[i] ?? '').trim().toUpperCase());
    const right = given === question.answer;
    if (right) score++;
    lines.push(`   ${right ? 'Right' : `Not quite: ${LETTERS[question.answer]}) ${question.options[question.answer]}`}`);
    const proof = question.citations[0];
    if (proof) lines.push(`   Source [${proof.passageId}]: "${proof.quote}"`, '');
  });
  lines.push(`Score: ${score}/${questions.length}`);
  return lines.join('\n');
}

export const quizCommand: CliCommand = {
  name: 'quiz',
  usage: 'quiz [play] [--count N] [--seed S] [--kind when|first|order|what|who] [--json]',
  summary: 'quiz questions from the timeline (play: answer A–D, one a line on stdin)',
  options: { count: { type: 'string' }, seed: { type: 'string' }, kind: { type: 'string' } },
  async run({ positionals, options, engine, readStdin }) {
    const [mode, ...rest] = positionals;
    if (rest.length > 0 || (mode !== undefined && mode !== 'play')) throw new UsageError(`unknown quiz mode "${positionals.join(' ')}"; try: quiz, quiz play`);
    const kind = kindOf(options.kind);
    const questions = (await engine()).quiz({
      count: positiveInt(options.count, 'count', mode === 'play' ? 5 : 10),
      seed: seedOf(options.seed),
      ...(kind ? { kind } : {}),
    });
    if (mode === 'play') return { json: questions, text: play(questions, (await readStdin()).split('\n')) };
    const json = questions.map(({ kind: k, question, options: o, answer, citations, difficulty }) => ({ kind: k, question, options: o, answer, difficulty, citations }));
    return { json, text: questions.map((q, i) => `${render(q, i + 1)}\n   answer: ${LETTERS[q.answer]}`).join('\n\n') };
  },
};
