import type { QuizReportRecord } from '../../../store/types.ts';
import type { Reply } from '../../reply.ts';
import { memberMention } from '../quiz/leaderboard.ts';
import type { AdminContext } from './context.ts';
import { adminReply } from './render.ts';

const ENTRIES = 10;
const LETTERS = ['A', 'B', 'C', 'D'];

/** The newest 🚩 reports: the question, the answer it gave with its citation, who reported it and when. */
export async function quizReportsCommand({ m, actor, t }: AdminContext): Promise<Reply> {
  const reports = await m.store.quizReports(actor.guildId, { limit: ENTRIES });
  if (reports.length === 0) return adminReply({ title: t.quizReports.title, description: t.quizReports.empty });
  return adminReply({ title: t.quizReports.title, fields: reports.map((r) => ({ name: r.question.question, value: reportLines(r, t.quizReports).join('\n') })) });
}

function reportLines(r: QuizReportRecord, t: AdminContext['t']['quizReports']): string[] {
  const { question } = r;
  const [proof] = question.citations;
  return [
    `${t.answer}: ${LETTERS[question.answer]}) ${question.options[question.answer] ?? ''}`,
    ...(proof ? [`“${proof.quote}” (${proof.passageId})`] : []),
    ...(r.reason ? [`${t.reason}: ${r.reason}`] : []),
    t.by(memberMention(r.userId), r.at.slice(0, 16).replace('T', ' '), r.sessionId),
  ];
}
