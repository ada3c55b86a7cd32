import { randomInt } from 'node:crypto';
import { formatPeriod, periodBetween } from '../../../answers/period.ts';
import { ChannelRefused } from '../../../quiz-sessions/table.ts';
import { QuizAlreadyRunning } from '../../../quiz-sessions/service.ts';
import { QUIZ_KINDS } from '../../../quiz/types.ts';
import { UserError } from '../../errors.ts';
import type { Options } from '../../input.ts';
import { colors, type Reply } from '../../reply.ts';
import { inLocale } from '../optionLabel.ts';
import { periodOptions } from '../period.ts';
import type { CommandDefinition, CommandInvocation } from '../types.ts';
import { quizDefinition, ROUNDS, SECONDS } from './definition.ts';
import { sessionContext } from './session-context.ts';
import { quizSessionStrings, type QuizSessionStrings } from './session-strings.ts';

/** /quiz start's own options, as a definition of their own, so messages name them as the user sees them. */
const startOptions: CommandDefinition = {
  name: 'quiz start',
  description: '',
  options: [...(quizDefinition.options.find((option) => option.name === 'start')?.options ?? [])],
};

/**
 * /quiz start [rounds] [kind] [from] [to] [seconds]: draws the questions from this server's
 * knowledge and starts the channel's quiz. The reply announces it; the questions are the bot's
 * own messages in the channel (see quiz-sessions).
 */
export async function runStart(invocation: CommandInvocation): Promise<Reply> {
  const { locale, options, userId } = invocation;
  const t = quizSessionStrings(locale);
  const { sessions, guildId, channelId } = sessionContext(invocation);
  const rounds = wholeNumber(options, 'rounds', ROUNDS, invocation.locale, t);
  const seconds = wholeNumber(options, 'seconds', SECONDS, invocation.locale, t);
  const kind = QUIZ_KINDS.find((candidate) => candidate === options.kind);
  const period = periodOptions(startOptions, options, locale);
  // Refused privately while that is quick to know; then acknowledged before the question bank,
  // which takes a second or more for a server with large documents, is drawn from.
  if (await sessions.running(channelId)) throw new UserError(t.alreadyRunning);
  await invocation.defer(false);
  const questions = invocation.services.engine.quiz({ count: rounds, seed: randomInt(2 ** 31), language: locale === 'sv' ? 'sv' : 'en', ...(kind && { kind }), ...period });
  if (questions.length === 0) throw new UserError(t.noQuestions);
  try {
    await sessions.start({ guildId, channelId, startedBy: userId, locale, questions, secondsPerQuestion: seconds });
  } catch (error) {
    if (error instanceof QuizAlreadyRunning) throw new UserError(t.alreadyRunning);
    if (error instanceof ChannelRefused) throw new UserError(t.cannotPost);
    throw error;
  }
  const lines = [
    t.announce(userId),
    ...(period.from || period.to ? [t.about(formatPeriod(periodBetween(period.from, period.to), locale))] : []),
    ...(questions.length < rounds ? [t.fewer(questions.length)] : []),
    t.stopHint,
  ];
  return { embeds: [{ title: t.announceTitle(questions.length, seconds), description: lines.join('\n\n'), color: colors.answer }] };
}

function wholeNumber(options: Options, name: string, range: { min: number; max: number; default: number }, locale: CommandInvocation['locale'], t: QuizSessionStrings): number {
  const value = options[name];
  if (value === undefined) return range.default;
  if (typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max) return value;
  const label = inLocale(name, startOptions.options?.find((option) => option.name === name)?.name_localizations, locale);
  throw new UserError(t.outOfRange(label, range.min, range.max));
}
