import type { PracticeCardRecord, QuizMemberStats, QuizReportRecord, QuizSessionRecord, QuizStanding, QuizStore } from '../../../src/store/types.ts';

const notHere = (name: string) => () => Promise.reject(new Error(`${name} is not in the drill store`));

/**
 * The quiz records practice, standings and reports read, kept in memory: cards by member, a report
 * refused the second time a member sends it, sessions and standings as a test sets them.
 */
export function drillStore(preset: { sessions?: QuizSessionRecord[]; standings?: QuizStanding[]; stats?: Record<string, QuizMemberStats> } = {}) {
  const cards = new Map<string, PracticeCardRecord>();
  const reports: QuizReportRecord[] = [];
  const leaderboardCalls: Array<{ guildId: string; since: string | null; limit: number }> = [];
  const key = (guildId: string | null, userId: string, cardId = '') => JSON.stringify([guildId, userId, cardId]);
  const store: QuizStore = {
    startQuizSession: notHere('startQuizSession'),
    runningQuizSession: notHere('runningQuizSession'),
    runningQuizSessions: notHere('runningQuizSessions'),
    updateQuizSession: notHere('updateQuizSession'),
    recordQuizAnswer: notHere('recordQuizAnswer'),
    quizAnswers: notHere('quizAnswers'),
    async quizSession(id) {
      return preset.sessions?.find((s) => s.id === id) ?? null;
    },
    async quizLeaderboard(guildId, options) {
      leaderboardCalls.push({ guildId, ...options });
      return (preset.standings ?? []).slice(0, options.limit);
    },
    async quizStats(_guildId, userId) {
      return preset.stats?.[userId] ?? { userId, points: 0, correct: 0, answered: 0, sessions: 0, bestStreak: 0 };
    },
    async practiceCards(guildId, userId) {
      return [...cards.values()].filter((c) => c.guildId === guildId && c.userId === userId).map((c) => structuredClone(c));
    },
    async savePracticeCard(card, readAt) {
      if ((cards.get(key(card.guildId, card.userId, card.cardId))?.updatedAt ?? null) !== readAt) return false;
      // As a database column would: the state goes through JSON.
      cards.set(key(card.guildId, card.userId, card.cardId), { ...card, state: JSON.parse(JSON.stringify(card.state)) as unknown });
      return true;
    },
    async reportQuizQuestion(report) {
      // As the store's contract says: the same member, server, kind and wording over the same option values.
      const sameQuestion = (r: QuizReportRecord) => r.question.kind === report.question.kind && r.question.question === report.question.question && [...r.question.values].sort().join('\n') === [...report.question.values].sort().join('\n');
      const same = (r: QuizReportRecord) => r.guildId === report.guildId && r.userId === report.userId && sameQuestion(r);
      if (reports.some(same)) return false;
      reports.unshift(report);
      return true;
    },
    async quizReports(guildId, { limit }) {
      return reports.filter((r) => r.guildId === guildId).slice(0, limit);
    },
  };
  return { store, cards, reports, leaderboardCalls };
}
