import type { QuizReportRecord } from '../../store/types.ts';
import { positiveInt, type CommandInput, type CommandOutput } from '../command.ts';
import { requiredGuild } from '../guild.ts';
import { LETTERS } from './quiz-round.ts';

/** `quiz reports --guild ID`: the questions members flagged 🚩 in a server, newest first. */
export async function quizReports({ options, moderation }: CommandInput): Promise<CommandOutput> {
  const guildId = requiredGuild(options);
  const reports = await (await moderation()).store.quizReports(guildId, { limit: positiveInt(options.limit, 'limit', 20) });
  return { json: reports, text: reports.length === 0 ? 'No quiz question has been reported.' : reports.map(renderReport).join('\n\n') };
}

function renderReport({ question, userId, sessionId, reason, at }: QuizReportRecord): string {
  return [
    `${at} reported by ${userId} ${sessionId ? `in quiz ${sessionId}` : 'in practice'}${reason ? `: ${reason}` : ''}`,
    `  ${question.question}`,
    `  answer: ${LETTERS[question.answer]}) ${question.options[question.answer] ?? ''}`,
    ...question.citations.map((c) => `  [${c.passageId}] ${c.quote}`),
  ].join('\n');
}
