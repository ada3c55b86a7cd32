import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuizAlreadyRunning, type QuizSessions, type SessionStore } from '../../src/quiz-sessions/service.ts';
import { ChannelRefused, type QuizView } from '../../src/quiz-sessions/table.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';
import { tempDatabasePath } from '../moderation/support/knowledge.ts';
import { until } from '../support/until.ts';
import { channel, guild, newSession, sessionsUnderTest } from './support/sessions.ts';

type Scoreboard = Extract<QuizView, { kind: 'scoreboard' }>;
type Reveal = Extract<QuizView, { kind: 'reveal' }>;

describe('quiz sessions in a channel', () => {
  it('runs a whole quiz: question, answers, reveal from the stored answers, pause, …, scoreboard; then nothing is left running', async () => {
    const { store, table, clock, sessions } = sessionsUnderTest();
    const started = await sessions.start(newSession());
    expect(table.of('question').map((s) => s.view)).toEqual([{ kind: 'question', session: started, round: 0, deadline: clock.now() + 20_000 }]);
    expect(store.sessions.get(started.id)).toMatchObject({ status: 'running', round: 0, messageId: 'm1' });

    clock.advance(5_000);
    expect(await sessions.answer({ sessionId: started.id, round: 0, option: 1, userId: 'ann' })).toBe('accepted');
    expect(await sessions.answer({ sessionId: started.id, round: 0, option: 2, userId: 'bo' })).toBe('accepted');
    clock.advance(15_000);
    const reveal = (await table.next((s) => s.view.kind === 'reveal')).view as Reveal;
    expect(reveal.answers.map(({ userId, correct, points }) => ({ userId, correct, points }))).toEqual([
      { userId: 'ann', correct: true, points: 175 },
      { userId: 'bo', correct: false, points: 0 },
    ]);
    expect(table.of('close')[0]).toMatchObject({ messageId: 'm1', view: { kind: 'question', round: 0, deadline: null } });

    clock.advance(5_000);
    // The next question is posted, and the session records it as its current message.
    await until(() => store.sessions.get(started.id)?.round === 1 && store.sessions.get(started.id)?.messageId === 'm3');
    expect(await sessions.answer({ sessionId: started.id, round: 1, option: 0, userId: 'ann' })).toBe('accepted');
    clock.advance(20_000);
    await table.next((s) => s.view.kind === 'reveal' && s.view.round === 1);
    clock.advance(5_000);
    await table.next((s) => s.view.kind === 'question' && s.view.round === 2);
    clock.advance(25_000);
    const board = (await table.next((s) => s.view.kind === 'scoreboard')).view as Scoreboard;
    expect(board).toMatchObject({ ending: 'finished', stoppedBy: null, roundsAsked: 3 });
    // ann: 175 in round 1; 200 + 20 (streak) for an instant answer in round 2; bo: one wrong answer.
    expect(board.standings).toEqual([
      { userId: 'ann', points: 395, correct: 2, answered: 2 },
      { userId: 'bo', points: 0, correct: 0, answered: 1 },
    ]);
    expect(store.sessions.get(started.id)).toMatchObject({ status: 'finished' });
    expect(clock.pending).toBe(0);
    expect(await sessions.answer({ sessionId: started.id, round: 2, option: 3, userId: 'cy' })).toBe('over');
    expect(table.of('question')).toHaveLength(3);
    expect(table.of('reveal')).toHaveLength(3);
  });

  it('counts fifty members clicking at the same moment once each, however often they click', async () => {
    const { store, sessions } = sessionsUnderTest();
    const { id } = await sessions.start(newSession());
    await fiftyClick(sessions, store, id);
  });

  it('lets the store decide a repeat: an answer already stored (by another process) is not counted twice', async () => {
    const { store, sessions } = sessionsUnderTest();
    const { id } = await sessions.start(newSession());
    await store.recordQuizAnswer({ sessionId: id, guildId: guild, round: 0, userId: 'ann', option: 1, correct: true, points: 200, streak: 1, at: new Date().toISOString() });
    expect(await sessions.answer({ sessionId: id, round: 0, option: 2, userId: 'ann' })).toBe('repeat');
    expect(store.answers).toHaveLength(1);
  });

  it('puts an answer stored just before the deadline in the reveal', async () => {
    const { table, clock, sessions } = sessionsUnderTest();
    const { id } = await sessions.start(newSession());
    clock.advance(19_999);
    const storing = sessions.answer({ sessionId: id, round: 0, option: 1, userId: 'ann' });
    clock.advance(1);
    const reveal = (await table.next((s) => s.view.kind === 'reveal')).view as Reveal;
    expect(await storing).toBe('accepted');
    expect(reveal.answers.map((a) => a.userId)).toEqual(['ann']);
  });

  it('refuses a late click and a click on an earlier question', async () => {
    const { table, clock, sessions } = sessionsUnderTest();
    const { id } = await sessions.start(newSession());
    clock.advance(20_000);
    expect(await sessions.answer({ sessionId: id, round: 0, option: 1, userId: 'ann' })).toBe('late');
    clock.advance(5_000);
    await table.next((s) => s.view.kind === 'question' && s.view.round === 1);
    expect(await sessions.answer({ sessionId: id, round: 0, option: 1, userId: 'ann' })).toBe('late');
  });

  it('runs one quiz per channel: a second start is refused while the first runs, another channel may start its own', async () => {
    const { sessions } = sessionsUnderTest();
    await sessions.start(newSession());
    await expect(sessions.start(newSession({ startedBy: 'other' }))).rejects.toBeInstanceOf(QuizAlreadyRunning);
    await expect(sessions.start(newSession({ channelId: '900000000000000003' }))).resolves.toMatchObject({ status: 'running' });
  });

  it('leaves nothing running when the channel refuses the first question', async () => {
    const { store, table, clock, sessions } = sessionsUnderTest();
    table.refusing.add(channel);
    await expect(sessions.start(newSession())).rejects.toBeInstanceOf(ChannelRefused);
    expect([...store.sessions.values()].map((s) => s.status)).toEqual(['interrupted']);
    expect(clock.pending).toBe(0);
    table.refusing.clear();
    await expect(sessions.start(newSession())).resolves.toMatchObject({ status: 'running' });
  });

  it('stops in the middle of a question: the question is greyed, the scores so far are posted, and later clicks are over', async () => {
    const { store, table, clock, sessions } = sessionsUnderTest();
    const started = await sessions.start(newSession());
    clock.advance(10_000);
    await sessions.answer({ sessionId: started.id, round: 0, option: 1, userId: 'ann' });
    await sessions.stop(started, 'starter');
    expect(table.of('close')).toHaveLength(1);
    expect(table.of('scoreboard')[0]?.view).toMatchObject({ ending: 'stopped', stoppedBy: 'starter', roundsAsked: 1, standings: [{ userId: 'ann', points: 150 }] });
    expect(store.sessions.get(started.id)).toMatchObject({ status: 'stopped' });
    expect(clock.pending).toBe(0);
    expect(await sessions.answer({ sessionId: started.id, round: 0, option: 1, userId: 'bo' })).toBe('over');
    clock.advance(100_000);
    expect(table.of('reveal')).toEqual([]);
  });

  it('after a restart, ends the quizzes left running in its own servers with the scores so far, and leaves the others', async () => {
    const before = sessionsUnderTest();
    const mine = await before.sessions.start(newSession());
    const theirs = await before.sessions.start(newSession({ guildId: '900000000000000009', channelId: '900000000000000010' }));
    before.clock.advance(10_000);
    await before.sessions.answer({ sessionId: mine.id, round: 0, option: 1, userId: 'ann' });
    // The process dies here: its timers never fire again.

    const after = sessionsUnderTest({ store: before.store, table: before.table });
    expect(await after.sessions.recover((guildId) => guildId === guild)).toBe(1);
    const ended = before.table.shown.slice(-2);
    expect(ended[0]).toMatchObject({ action: 'edit', messageId: 'm1', view: { kind: 'question', deadline: null } });
    expect(ended[1]?.view).toMatchObject({ kind: 'scoreboard', ending: 'interrupted', roundsAsked: 1, standings: [{ userId: 'ann', points: 150 }] });
    expect(before.store.sessions.get(mine.id)?.status).toBe('interrupted');
    expect(before.store.sessions.get(theirs.id)?.status).toBe('running');
    expect(await after.sessions.recover((guildId) => guildId === guild)).toBe(0);
    expect(await after.sessions.answer({ sessionId: mine.id, round: 0, option: 1, userId: 'bo' })).toBe('over');
  });

  it('stops a quiz left running by a crash, posting its scores once', async () => {
    const before = sessionsUnderTest();
    const orphan = await before.sessions.start(newSession());
    const after = sessionsUnderTest({ store: before.store, table: before.table });
    await after.sessions.stop(orphan, 'moderator');
    await after.sessions.stop(orphan, 'moderator');
    expect(before.table.of('scoreboard').map((s) => s.view)).toMatchObject([{ ending: 'stopped', stoppedBy: 'moderator' }]);
  });

  it('on shutdown, ends the quizzes it runs as interrupted', async () => {
    const { store, table, clock, sessions } = sessionsUnderTest();
    const { id } = await sessions.start(newSession());
    await sessions.close();
    expect(store.sessions.get(id)?.status).toBe('interrupted');
    expect(table.of('scoreboard')[0]?.view).toMatchObject({ ending: 'interrupted', standings: [] });
    expect(clock.pending).toBe(0);
  });
});

/** Fifty members click at once, every third of them three times (once with another option): each counts once, with their first pick. */
async function fiftyClick(sessions: QuizSessions, store: SessionStore, id: string): Promise<void> {
  const members = Array.from({ length: 50 }, (_, i) => `member${i}`);
  const clicks = members.flatMap((userId, i) => {
    const first = { sessionId: id, round: 0, option: i % 4, userId };
    return i % 3 === 0 ? [first, { ...first, option: (i + 1) % 4 }, first] : [first];
  });
  const verdicts = await Promise.all(clicks.map((click) => sessions.answer(click)));
  expect(verdicts.filter((v) => v === 'accepted')).toHaveLength(50);
  expect(verdicts.filter((v) => v === 'repeat')).toHaveLength(clicks.length - 50);
  const stored = await store.quizAnswers(id);
  expect(stored.map((a) => a.userId).sort()).toEqual([...members].sort());
  expect(stored.every((a) => a.option === Number(a.userId.slice(6)) % 4)).toBe(true);
}

describe('quiz sessions on the SQLite store', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ databasePath: tempDatabasePath() });
  });
  afterAll(() => store.close());

  it('counts fifty members clicking at the same moment once each, however often they click', async () => {
    const { sessions } = sessionsUnderTest({ store });
    const { id } = await sessions.start(newSession());
    await fiftyClick(sessions, store, id);
  });

  it('refuses a second running quiz in a channel, and lets the store decide a repeat', async () => {
    const { sessions } = sessionsUnderTest({ store });
    const { id } = await sessions.start(newSession({ channelId: '900000000000000040' }));
    await expect(sessions.start(newSession({ channelId: '900000000000000040' }))).rejects.toBeInstanceOf(QuizAlreadyRunning);
    await store.recordQuizAnswer({ sessionId: id, guildId: guild, round: 0, userId: 'ann', option: 1, correct: true, points: 200, streak: 1, at: new Date().toISOString() });
    expect(await sessions.answer({ sessionId: id, round: 0, option: 2, userId: 'ann' })).toBe('repeat');
    expect(await store.quizAnswers(id)).toHaveLength(1);
  });
});
