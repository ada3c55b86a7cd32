import { expect, it } from 'vitest';
import { StoreConflict } from '../../src/store/types.ts';
import { describeStores } from './support/backends.ts';
import { answer, channel, guild, question, session } from './support/quiz-records.ts';

const otherChannel = '910000000000000002';
const member = (n: number) => `8000000000000001${String(n).padStart(2, '0')}`;

describeStores('the quiz store', ({ open }) => {
  it('keeps one running session per channel; a finished one makes room for the next', async () => {
    const store = await open();
    const started = await store.startQuizSession(session('s1'));
    expect(started).toMatchObject({ id: 's1', status: 'running', round: 0, roundStartedAt: null, messageId: null, endedAt: null });
    expect(await store.quizSession('s1')).toEqual(started);
    await expect(store.startQuizSession(session('s2'))).rejects.toThrow(StoreConflict);
    await store.startQuizSession(session('s3', { channelId: otherChannel }));
    expect(await store.runningQuizSession(channel)).toEqual(started);
    expect((await store.runningQuizSessions()).map((s) => s.id)).toEqual(['s1', 's3']);

    expect(await store.updateQuizSession('s1', { status: 'finished', endedAt: '2026-01-15T12:05:00.000Z' })).toBe(true);
    expect(await store.runningQuizSession(channel)).toBeNull();
    await store.startQuizSession(session('s2'));
    expect((await store.runningQuizSessions()).map((s) => s.id)).toEqual(['s2', 's3']);
    expect(await store.quizSession('missing')).toBeNull();
  });

  it('lets only one of many sessions started at once in a channel run', async () => {
    const store = await open();
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => store.startQuizSession(session(`s${i}`))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').every((r) => r.reason instanceof StoreConflict)).toBe(true);
  });

  it('moves a running session on, and changes nothing once it is no longer running', async () => {
    const store = await open();
    await store.startQuizSession(session('s1'));
    expect(await store.updateQuizSession('s1', { round: 1, roundStartedAt: '2026-01-15T12:01:00.000Z', messageId: '920000000000000001' })).toBe(true);
    expect(await store.quizSession('s1')).toMatchObject({ round: 1, roundStartedAt: '2026-01-15T12:01:00.000Z', messageId: '920000000000000001', status: 'running' });
    expect(await store.updateQuizSession('s1', { messageId: null })).toBe(true);
    expect(await store.updateQuizSession('s1', {})).toBe(true);
    expect(await store.updateQuizSession('s1', { status: 'interrupted', endedAt: '2026-01-15T12:02:00.000Z' })).toBe(true);

    const ended = await store.quizSession('s1');
    expect(ended).toMatchObject({ status: 'interrupted', messageId: null, endedAt: '2026-01-15T12:02:00.000Z', questions: session('s1').questions });
    expect(await store.updateQuizSession('s1', { round: 2 })).toBe(false);
    expect(await store.updateQuizSession('s1', {})).toBe(false);
    expect(await store.updateQuizSession('missing', { round: 2 })).toBe(false);
    expect(await store.quizSession('s1')).toEqual(ended);
  });

  it('counts one answer per member and round when fifty clicks arrive at once', async () => {
    const store = await open();
    await store.startQuizSession(session('s1'));
    const attempts = Array.from({ length: 50 }, (_, i) => answer('s1', member(1), { option: i % 4, correct: i % 4 === 0, at: `2026-01-15T12:00:${String(i).padStart(2, '0')}.000Z` }));
    const clicks = await Promise.all(attempts.map((attempt) => store.recordQuizAnswer(attempt)));
    expect(clicks.filter(Boolean)).toHaveLength(1);
    // The click that counted is the one kept, as it was.
    expect(await store.quizAnswers('s1')).toEqual([attempts[clicks.indexOf(true)]]);
    expect(await store.recordQuizAnswer(answer('s1', member(1), { round: 1 }))).toBe(true);
  });

  it('keeps every answer when fifty members click at once, in the order recorded', async () => {
    const store = await open();
    await store.startQuizSession(session('s1'));
    const clicks = await Promise.all(Array.from({ length: 50 }, (_, i) => store.recordQuizAnswer(answer('s1', member(i), { correct: i % 2 === 0, points: i % 2 === 0 ? 50 : 0 }))));
    expect(clicks.every(Boolean)).toBe(true);
    const kept = await store.quizAnswers('s1');
    expect(kept.map((a) => a.userId).sort()).toEqual(Array.from({ length: 50 }, (_, i) => member(i)).sort());
    expect(kept.filter((a) => a.correct)).toHaveLength(25);
    await store.recordQuizAnswer(answer('s1', member(0), { round: 1, at: '2026-01-15T12:00:30.000Z' }));
    expect((await store.quizAnswers('s1')).at(-1)).toMatchObject({ userId: member(0), round: 1 });
  });

  it('ranks members by points over the sessions since a time, or of all time', async () => {
    const store = await open();
    const oldSession = session('old', { startedAt: '2026-01-01T12:00:00.000Z' });
    await store.startQuizSession(oldSession);
    await store.recordQuizAnswer(answer('old', member(1), { points: 500 }));
    await store.updateQuizSession('old', { status: 'finished' });
    await store.startQuizSession(session('new', { startedAt: '2026-01-15T12:00:00.000Z' }));
    await store.recordQuizAnswer(answer('new', member(1), { points: 100 }));
    await store.recordQuizAnswer(answer('new', member(2), { points: 150 }));
    await store.recordQuizAnswer(answer('new', member(2), { round: 1, points: 0, correct: false, streak: 0 }));
    await store.recordQuizAnswer(answer('new', member(3), { points: 100 }));
    // Another server's session does not count here.
    await store.startQuizSession(session('elsewhere', { guildId: '900000000000000009', channelId: otherChannel }));
    await store.recordQuizAnswer(answer('elsewhere', member(4), { guildId: '900000000000000009', points: 900 }));

    expect(await store.quizLeaderboard(guild, { since: '2026-01-08T00:00:00.000Z', limit: 10 })).toEqual([
      { userId: member(2), points: 150, correct: 1, answered: 2 },
      { userId: member(1), points: 100, correct: 1, answered: 1 },
      { userId: member(3), points: 100, correct: 1, answered: 1 },
    ]);
    expect(await store.quizLeaderboard(guild, { since: null, limit: 2 })).toEqual([
      { userId: member(1), points: 600, correct: 2, answered: 2 },
      { userId: member(2), points: 150, correct: 1, answered: 2 },
    ]);
    expect(await store.quizLeaderboard(guild, { since: '2026-02-01T00:00:00.000Z', limit: 10 })).toEqual([]);
  });

  it("gives a member's record in a server: sessions, answers, right answers, points and best streak", async () => {
    const store = await open();
    await store.startQuizSession(session('a'));
    const streaks = [1, 2, 3, 0, 1];
    for (const [round, streak] of streaks.entries()) {
      await store.recordQuizAnswer(answer('a', member(1), { round, streak, correct: streak > 0, points: streak > 0 ? 100 + 10 * streak : 0 }));
    }
    await store.updateQuizSession('a', { status: 'finished' });
    await store.startQuizSession(session('b'));
    await store.recordQuizAnswer(answer('b', member(1), { streak: 2, points: 100 }));
    await store.recordQuizAnswer(answer('b', member(2), { streak: 7, points: 100 }));

    expect(await store.quizStats(guild, member(1))).toEqual({ userId: member(1), sessions: 2, answered: 6, correct: 5, points: 570, bestStreak: 3 });
    expect(await store.quizStats(guild, member(9))).toEqual({ userId: member(9), sessions: 0, answered: 0, correct: 0, points: 0, bestStreak: 0 });
    expect(await store.quizStats('900000000000000009', member(1))).toMatchObject({ answered: 0 });
  });

  it('replaces a practice card with the same server, member and card id; outside servers is a place of its own', async () => {
    const store = await open();
    const card = { guildId: guild, userId: member(1), cardId: 'when:000/p3s1@3', due: '2026-01-16T12:00:00.000Z', state: { stability: 1.5, reps: 1, last_review: '2026-01-15T12:00:00.000Z' }, updatedAt: '2026-01-15T12:00:00.000Z' };
    expect(await store.savePracticeCard(card, null)).toBe(true);
    expect(await store.savePracticeCard({ ...card, cardId: 'who:001/p2s4@0', due: '2026-01-15T18:00:00.000Z' }, null)).toBe(true);
    expect(await store.savePracticeCard({ ...card, guildId: null, state: { reps: 9 } }, null)).toBe(true);
    const relearned = { ...card, due: '2026-01-20T12:00:00.000Z', state: { stability: 4.2, reps: 2 }, updatedAt: '2026-01-16T12:00:00.000Z' };
    expect(await store.savePracticeCard(relearned, card.updatedAt)).toBe(true);

    expect(await store.practiceCards(guild, member(1))).toEqual([{ ...card, cardId: 'who:001/p2s4@0', due: '2026-01-15T18:00:00.000Z' }, relearned]);
    expect(await store.practiceCards(null, member(1))).toEqual([{ ...card, guildId: null, state: { reps: 9 } }]);
    expect(await store.practiceCards(guild, member(2))).toEqual([]);
  });

  it('saves a practice card only as it was read: of two reviews of one reading, the first counts', async () => {
    const store = await open();
    const card = { guildId: guild, userId: member(1), cardId: 'when:000/p3s1@3', due: '2026-01-16T12:00:00.000Z', state: { reps: 1 }, updatedAt: '2026-01-15T12:00:00.000Z' };
    const firstReviews = await Promise.all(Array.from({ length: 10 }, (_, i) => store.savePracticeCard({ ...card, state: { reps: i } }, null)));
    expect(firstReviews.filter(Boolean)).toHaveLength(1);
    const [held] = await store.practiceCards(guild, member(1));
    const again = { ...card, updatedAt: '2026-01-16T12:00:00.000Z' };
    const second = await Promise.all([store.savePracticeCard(again, held?.updatedAt ?? null), store.savePracticeCard(again, held?.updatedAt ?? null)]);
    expect(second.filter(Boolean)).toHaveLength(1);
    expect(await store.savePracticeCard({ ...card, updatedAt: '2026-01-17T12:00:00.000Z' }, '2026-01-01T00:00:00.000Z')).toBe(false);
    expect((await store.practiceCards(guild, member(1)))[0]?.updatedAt).toBe('2026-01-16T12:00:00.000Z');
  });

  it("keeps one report per member and question, whatever the order of its options; the newest first", async () => {
    const store = await open();
    await store.startQuizSession(session('s1'));
    const report = { guildId: guild, userId: member(1), sessionId: 's1', question: question(), reason: 'two dates are right', at: '2026-01-15T12:01:00.000Z' };
    expect(await store.reportQuizQuestion(report)).toBe(true);
    const shuffled = { ...question(), options: [...question().options].reverse(), values: [...question().values].reverse(), answer: 3 };
    const again = await Promise.all(Array.from({ length: 10 }, () => store.reportQuizQuestion({ ...report, sessionId: null, question: shuffled, reason: null })));
    expect(again.some(Boolean)).toBe(false);

    const other = { ...report, question: question('When did Turkey shoot down the Su-24?'), at: '2026-01-15T12:02:00.000Z' };
    expect(await store.reportQuizQuestion(other)).toBe(true);
    expect(await store.reportQuizQuestion({ ...report, userId: member(2) })).toBe(true);
    expect(await store.reportQuizQuestion({ ...report, guildId: null, sessionId: null })).toBe(true);

    expect(await store.quizReports(guild, { limit: 10 })).toEqual([{ ...report, userId: member(2) }, other, report]);
    expect(await store.quizReports(guild, { limit: 1 })).toHaveLength(1);
    expect(await store.quizReports(null, { limit: 10 })).toEqual([{ ...report, guildId: null, sessionId: null }]);
  });
});
