import type { Reply } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';
import { guildOf, nowOf, quizStoreOf } from './drill-context.ts';
import { drillStrings } from './drill-strings.ts';

const SHOWN = 10;
const WEEK_MS = 7 * 86_400_000;
const medals = ['🥇', '🥈', '🥉'];
export const leaderboardColor = 0xd69e2e;

/** A member as Discord shows them in an embed: their name, and no one is pinged. */
export const memberMention = (userId: string) => `<@${userId}>`;

/**
 * /quiz leaderboard [period]: points per member in this server. "week" is the last 7 days before
 * now (a rolling window, the same wherever the members live), the default; "all" is all time.
 */
export async function runLeaderboard(invocation: CommandInvocation): Promise<Reply> {
  const t = drillStrings(invocation.locale).leaderboard;
  const week = invocation.options.period !== 'all';
  const since = week ? new Date(nowOf(invocation).getTime() - WEEK_MS).toISOString() : null;
  const standings = await quizStoreOf(invocation).quizLeaderboard(guildOf(invocation), { since, limit: SHOWN });
  const lines = standings.map((s, i) => t.line(medals[i] ?? `${i + 1}.`, memberMention(s.userId), s.points, s.correct, s.answered));
  return { embeds: [{ title: t.title(week), description: lines.length > 0 ? lines.join('\n') : t.empty(week), color: leaderboardColor }] };
}
