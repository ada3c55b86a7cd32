import { dueCount } from '../../../quiz/practice.ts';
import type { Reply } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';
import { guildOf, nowOf, quizStoreOf } from './drill-context.ts';
import { drillStrings } from './drill-strings.ts';
import { leaderboardColor, memberMention } from './leaderboard.ts';

/** /quiz stats [user]: a member's record in this server (the asker's by default), and their practice cards due. */
export async function runStats(invocation: CommandInvocation): Promise<Reply> {
  const t = drillStrings(invocation.locale).stats;
  const guildId = guildOf(invocation);
  const store = quizStoreOf(invocation);
  const userId = typeof invocation.options.user === 'string' ? invocation.options.user : invocation.userId;
  const [stats, cards] = await Promise.all([store.quizStats(guildId, userId), store.practiceCards(guildId, userId)]);
  const field = (name: string, value: string | number) => ({ name, value: String(value), inline: true });
  return {
    embeds: [
      {
        title: t.title,
        description: t.of(memberMention(userId)),
        fields: [
          field(t.sessions, stats.sessions),
          field(t.answers, stats.answered),
          field(t.right, t.share(stats.correct, stats.answered)),
          field(t.points, stats.points),
          field(t.bestStreak, stats.bestStreak),
          field(t.due, dueCount(cards, nowOf(invocation))),
        ],
        color: leaderboardColor,
      },
    ],
  };
}
