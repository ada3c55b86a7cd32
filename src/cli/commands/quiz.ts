import { formatPeriod, periodBetween } from '../../answers/period.ts';
import type { Language } from '../../corpus/types.ts';
import { QUIZ_KINDS, type QuizKind, type QuizQuestion } from '../../quiz/types.ts';
import { positiveInt, UsageError, type CliCommand, type CommandInput, type CommandOutput } from '../command.ts';
import { guildOption, optionalGuild } from '../guild.ts';
import { periodOptions } from '../period.ts';
import { curateCommand } from './quiz-curate.ts';
import { flags, LETTERS, playAll, questionText, type Reporter } from './quiz-round.ts';
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

export function languageOf(value: string | boolean | undefined): Language {
  if (value === undefined) return 'en';
  if (value !== 'en' && value !== 'sv') throw new UsageError('--lang takes en or sv');
  return value;
}

interface Drawn {
  questions: QuizQuestion[];
  /** Said when the choice allows fewer questions than asked. */
  notice?: string;
}

async function draw({ options, engine }: CommandInput, fallback: number): Promise<Drawn> {
  const kind = kindOf(options.kind);
  const count = positiveInt(options.count, 'count', fallback);
  const period = periodOptions(options);
  const language = languageOf(options.lang);
  const questions = (await engine(optionalGuild(options))).quiz({ count, seed: seedOf(options.seed), language, ...(kind && { kind }), ...period });
  const about = [kind && `${kind} questions`, (period.from || period.to) && `about ${formatPeriod(periodBetween(period.from, period.to), 'en')}`].filter(Boolean).join(' ');
  if (questions.length === 0) throw new UsageError(`no quiz question can be made${about ? ` (${about})` : ''}: try a wider period or another kind`);
  if (questions.length < count) return { questions, notice: `Only ${questions.length} of the ${count} questions asked can be made${about ? ` (${about})` : ''} without asking about an event twice.` };
  return { questions };
}

/** 🚩 in a played round stores a report for the server's moderators: it needs the server. */
async function reporter({ options, moderation }: CommandInput): Promise<Reporter> {
  const guildId = optionalGuild(options);
  if (guildId === undefined) throw new UsageError('🚩 needs --guild ID: a report goes to the moderators of a server');
  const { store, now } = await moderation();
  return (question) => store.reportQuizQuestion({ guildId, userId: 'cli', sessionId: null, question, reason: null, at: now().toISOString() });
}

const withNotice = (output: CommandOutput, drawn: Drawn): CommandOutput => (drawn.notice ? { ...output, notice: drawn.notice } : output);

export const quizCommand: CliCommand = {
  name: 'quiz',
  usage:
    'quiz [play] [--count N] [--seed S] [--kind K] [--from DATE] [--to DATE] [--lang en|sv] [--guild ID] [--json] | quiz reports --guild ID [--limit N] | quiz questions list|show|hide|restore|edit|add … --guild ID',
  summary: 'quiz questions from the timeline (play: answer A–D one a line, 🚩 after a letter reports it; reports: what members flagged; questions: curate the bank)',
  options: {
    count: { type: 'string' },
    seed: { type: 'string' },
    kind: { type: 'string' },
    limit: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    lang: { type: 'string' },
    question: { type: 'string' },
    options: { type: 'string' },
    answer: { type: 'string' },
    passage: { type: 'string' },
    quote: { type: 'string' },
    ...guildOption,
  },
  async run(input) {
    const [mode, ...rest] = input.positionals;
    if (mode === 'questions') return curateCommand(input, rest);
    if (rest.length > 0 || (mode !== undefined && mode !== 'play' && mode !== 'reports')) throw new UsageError(`unknown quiz mode "${input.positionals.join(' ')}"; try: quiz, quiz play, quiz reports, quiz questions`);
    if (mode === 'reports') return quizReports(input);
    if (mode === 'play') {
      const drawn = await draw(input, 5);
      const lines = (await input.readStdin()).split('\n');
      const played = await playAll(drawn.questions, lines, lines.some(flags) ? await reporter(input) : undefined);
      return withNotice({ json: drawn.questions, text: played }, drawn);
    }
    const drawn = await draw(input, 10);
    const json = drawn.questions.map(({ id, kind, language, question, options, answer, difficulty, citations }) => ({ id, kind, language, question, options, answer, difficulty, citations }));
    return withNotice({ json, text: drawn.questions.map((q, i) => `${questionText(q, i + 1)}\n   answer: ${LETTERS[q.answer]}`).join('\n\n') }, drawn);
  },
};
