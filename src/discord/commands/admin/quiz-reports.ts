import type { QuizReportRecord } from '../../../store/types.ts';
import type { Reply } from '../../reply.ts';
import { memberMention } from '../quiz/leaderboard.ts';
import type { AdminContext } from './context.ts';
import { hideButton } from './quiz.ts';
import { adminReply } from './render.ts';

const ENTRIES = 10;
const LETTERS = ['A', 'B', 'C', 'D'];

/** The newest 🚩 reports: the question, the answer it gave with its citation, who reported it and when. */
export async function quizReportsCommand({ m, actor, t }: AdminContext): Promise<Reply> {
  const reports = await m.store.quizReports(actor.guildId, { limit: ENTRIES });
  if (reports.length === 0) return adminReply({ title: t.quizReports.title, description: t.quizReports.empty });
  // Each report with a question id of this version gets its own button to hide the question.
  const hideable = reports.map((r, i) => ({ n: i + 1, id: r.question.id })).filter((r): r is { n: number; id: string } => typeof r.id === 'string' && /^q[0-9a-f]{11}$/u.test(r.id));
  return {
    ...adminReply({ title: t.quizReports.title, fields: reports.map((r, i) => ({ name: `${i + 1}. ${r.question.question}`.slice(0, 256), value: reportLines(r, t.quizReports).join('\n') })) }),
    buttons: [...new Map(hideable.map((r) => [r.id, r])).values()].map((r) => hideButton(r.id, `${t.quiz.hide} (${r.n})`)),
  };
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
