import { QUIZ_KINDS, type QuizKind } from '../../quiz/types.ts';
import { positiveInt, UsageError, type CliCommand, type CommandInput } from '../command.ts';
import { guildOption, optionalGuild } from '../guild.ts';
import { LETTERS, playAll, questionText } from './quiz-round.ts';
import { quizReports } from './quiz-reports.ts';

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

async function questions({ options, engine }: CommandInput, count: number) {
  const kind = kindOf(options.kind);
  return (await engine(optionalGuild(options))).quiz({ count: positiveInt(options.count, 'count', count), seed: seedOf(options.seed), ...(kind ? { kind } : {}) });
}

export const quizCommand: CliCommand = {
  name: 'quiz',
  usage: 'quiz [play] [--count N] [--seed S] [--kind when|first|order|what|who] [--guild ID] [--json] | quiz reports --guild ID [--limit N]',
  summary: 'quiz questions from the timeline (play: answer A–D, one a line on stdin; reports: the questions members flagged)',
  options: { count: { type: 'string' }, seed: { type: 'string' }, kind: { type: 'string' }, limit: { type: 'string' }, ...guildOption },
  async run(input) {
    const [mode, ...rest] = input.positionals;
    if (rest.length > 0 || (mode !== undefined && mode !== 'play' && mode !== 'reports')) throw new UsageError(`unknown quiz mode "${input.positionals.join(' ')}"; try: quiz, quiz play, quiz reports`);
    if (mode === 'reports') return quizReports(input);
    if (mode === 'play') {
      const round = await questions(input, 5);
      return { json: round, text: playAll(round, (await input.readStdin()).split('\n')) };
    }
    const asked = await questions(input, 10);
    const json = asked.map(({ kind, question, options, answer, citations, difficulty }) => ({ kind, question, options, answer, difficulty, citations }));
    return { json, text: asked.map((q, i) => `${questionText(q, i + 1)}\n   answer: ${LETTERS[q.answer]}`).join('\n\n') };
  },
};
