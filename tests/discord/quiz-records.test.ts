import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/discord/errors.ts';
import type { Knowledge } from '../../src/knowledge/open.ts';
import { parseCardState } from '../../src/quiz/practice.ts';
import type { QuizQuestion } from '../../src/quiz/types.ts';
import type { QuizAnswerRecord } from '../../src/store/types.ts';
import { hideQuestion } from '../../src/moderation/index.ts';
import { fixedNow, guild, moderator as curator, openTestKnowledge } from '../moderation/support/knowledge.ts';
import { drillHandlers, labelled, practiceAsked } from '../quiz/support/drill-invoke.ts';
import { drillStore } from '../quiz/support/drill-store.ts';

/** On the real SQLite store: two sessions of this server (one this week, one two months ago) and their answers. */
let knowledge: Knowledge;
let questions: QuizQuestion[];
const now = fixedNow();
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const moderator = { member: { permissions: PermissionFlagsBits.ManageGuild, roles: [] } };
const student = { member: { permissions: 0n, roles: [] }, userId: 'u2' };

beforeAll(async () => {
  knowledge = await openTestKnowledge();
  questions = knowledge.bundled.quiz({ count: 2, seed: 4 });
  const session = (id: string, startedAt: string) => ({ id, guildId: guild, channelId: `c-${id}`, startedBy: 'u1', locale: 'en', questions, secondsPerQuestion: 20, startedAt });
  const answer = (sessionId: string, round: number, userId: string, points: number, streak: number, at: string): QuizAnswerRecord => ({
    sessionId, guildId: guild, round, userId, option: points > 0 ? (questions[round]?.answer ?? 0) : 3, correct: points > 0, points, streak, at,
  });
  await knowledge.store.startQuizSession(session('old', daysAgo(60)));
  await knowledge.store.startQuizSession(session('new', daysAgo(2)));
  for (const a of [
    answer('old', 0, 'u3', 150, 1, daysAgo(60)),
    answer('old', 1, 'u3', 150, 2, daysAgo(60)),
    answer('old', 0, 'u1', 0, 0, daysAgo(60)),
    answer('new', 0, 'u1', 120, 1, daysAgo(2)),
    answer('new', 1, 'u1', 110, 2, daysAgo(2)),
    answer('new', 0, 'u2', 100, 1, daysAgo(2)),
    answer('new', 1, 'u2', 0, 0, daysAgo(2)),
  ]) await knowledge.store.recordQuizAnswer(a);
});
afterAll(() => knowledge.close());

const drill = () => drillHandlers(knowledge.bundled, knowledge.store, { now }, { moderation: knowledge.moderation });

describe('/quiz leaderboard', () => {
  it('ranks the last 7 days by default, naming members without pinging them', async () => {
    const reply = await drill().run('quiz', ['leaderboard'], {}, { guildId: guild });
    expect(reply.embeds?.[0]).toMatchObject({
      title: 'Quiz leaderboard · the last 7 days',
      description: ['🥇 <@u1> · 230 points · 2 of 2 right', '🥈 <@u2> · 100 points · 1 of 2 right'].join('\n'),
    });
    expect(reply.ephemeral).toBeUndefined();
  });

  it('ranks all time on request, in Swedish for a Swedish member', async () => {
    const reply = await drill().run('quiz', ['leaderboard'], { period: 'all' }, { guildId: guild, locale: 'sv' });
    expect(reply.embeds?.[0]).toMatchObject({
      title: 'Topplista · hela tiden',
      description: ['🥇 <@u3> · 300 poäng · 2 av 2 rätt', '🥈 <@u1> · 230 poäng · 2 av 3 rätt', '🥉 <@u2> · 100 poäng · 1 av 2 rätt'].join('\n'),
    });
  });

  it('says so when nobody has answered, and belongs to a server', async () => {
    const empty = await drill().run('quiz', ['leaderboard'], {}, { guildId: '900000000000000555' });
    expect(empty.embeds?.[0]?.description).toBe('No quiz answers in the last 7 days. Start one with /quiz start.');
    await expect(drill().run('quiz', ['leaderboard'], {}, { guildId: null })).rejects.toThrow(new UserError('The quiz records belong to a server: use this in one.'));
  });
});

describe('/quiz stats', () => {
  it('shows the asker’s record by default: quizzes, answers, right answers with the share, points, best streak, cards due', async () => {
    const reply = await drill().run('quiz', ['stats'], {}, { guildId: guild });
    const fields = Object.fromEntries((reply.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));
    expect(reply.embeds?.[0]?.description).toBe('The quiz record of <@u1> in this server.');
    expect(fields).toEqual({ 'Quizzes played': '2', Answers: '3', 'Right answers': '2 (67 %)', Points: '230', 'Best streak': '2', 'Practice cards due': '0' });
  });

  it('shows another member’s record, with their practice cards due', async () => {
    const { run, press } = drill();
    const practice = await run('quiz', ['practice'], {}, { guildId: guild, userId: 'u2' });
    await press(labelled(practice, 'A'), { guildId: guild, userId: 'u2' });
    const later = drillHandlers(knowledge.bundled, knowledge.store, { now: new Date(now.getTime() + 11 * 60_000) });
    const reply = await later.run('quiz', ['stats'], { user: 'u2' }, { guildId: guild });
    const fields = Object.fromEntries((reply.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({ Answers: '2', 'Right answers': '1 (50 %)', 'Practice cards due': '1' });
  });
});

describe('practice on the SQLite store', () => {
  it('keeps a card’s scheduler state between answers: a card right twice goes days ahead', async () => {
    const member = { guildId: guild, userId: 'u7' };
    const answerRight = async (at: Date) => {
      const { run, press } = drillHandlers(knowledge.bundled, knowledge.store, { now: at });
      const reply = await run('quiz', ['practice'], {}, member);
      const { cardId, right } = practiceAsked(knowledge.bundled, reply);
      await press(labelled(reply, right), member);
      return cardId;
    };
    const first = await answerRight(now);
    const tenMinutes = new Date(now.getTime() + 10 * 60_000);
    expect(await answerRight(tenMinutes)).toBe(first);
    const [card] = await knowledge.store.practiceCards(guild, 'u7');
    expect(card?.cardId).toBe(first);
    expect(Date.parse(card?.due ?? '') - tenMinutes.getTime()).toBeGreaterThan(86_400_000);
    expect(parseCardState(card?.state)?.reps).toBe(2);
  });
});

describe('🚩 reports and the moderators’ review list', () => {
  it('records a practice question once per member, and lists it for moderators with its answer and citation', async () => {
    const { run, press } = drill();
    const practice = await run('quiz', ['practice'], {}, { guildId: guild });
    const flag = labelled(practice, '🚩');
    expect(await press(flag, { guildId: guild })).toEqual({ reply: { content: 'Thanks, the moderators will look at it.', ephemeral: true }, updatesMessage: false });
    expect((await press(flag, { guildId: guild })).reply.content).toBe('You already reported this question.');
    expect((await press(flag, { guildId: guild, locale: 'sv', userId: 'u2' })).reply.content).toBe('Tack, moderatorerna tittar på det.');

    const [report] = await knowledge.store.quizReports(guild, { limit: 1 });
    const question = report?.question as QuizQuestion;
    const list = await run('admin', ['quiz-reports'], {}, { guildId: guild, ...moderator });
    expect(list.ephemeral).toBe(true);
    expect(list.embeds?.[0]?.title).toBe('Quiz questions reported 🚩');
    const [newest, older] = list.embeds?.[0]?.fields ?? [];
    expect(newest?.name).toBe(`1. ${question.question}`);
    expect(newest?.value.split('\n')).toEqual([
      `Answer: ${'ABCD'[question.answer]}) ${question.options[question.answer]}`,
      `“${question.citations[0]?.quote}” (${question.citations[0]?.passageId})`,
      'Reported by <@u2> on 2026-01-15 12:00, in practice',
    ]);
    expect(older?.value).toContain('Reported by <@u1> on 2026-01-15 12:00, in practice');
  });

  it('reports a channel quiz’s question from its session and round', async () => {
    const { press } = drill();
    const flag = { customId: 'qr:new:1', emoji: '🚩', style: 'secondary' as const };
    expect((await press(flag, { guildId: guild, userId: 'u5' })).reply.content).toBe('Thanks, the moderators will look at it.');
    const [report] = await knowledge.store.quizReports(guild, { limit: 1 });
    expect(report).toMatchObject({ userId: 'u5', sessionId: 'new', question: questions[1] });
    const list = await drill().run('admin', ['quiz-reports'], {}, { guildId: guild, ...moderator });
    expect(list.embeds?.[0]?.fields?.[0]?.value).toContain('Reported by <@u5> on 2026-01-15 12:00, in quiz new');
  });

  it('cannot report a question of a session it cannot find, or of another server', async () => {
    const { press } = drill();
    const gone = 'That question can no longer be found, so it cannot be reported. Thank you all the same.';
    expect((await press({ customId: 'qr:nope:0', style: 'secondary' }, { guildId: guild })).reply.content).toBe(gone);
    expect((await press({ customId: 'qr:new:9', style: 'secondary' }, { guildId: guild })).reply.content).toBe(gone);
    expect((await press({ customId: 'qr:new:0', style: 'secondary' }, { guildId: '900000000000000555' })).reply.content).toBe(gone);
  });

  it('keeps the review list to moderators, and says when it is empty', async () => {
    await expect(drill().run('admin', ['quiz-reports'], {}, { guildId: guild, ...student })).rejects.toThrow(UserError);
    const other = await drill().run('admin', ['quiz-reports'], {}, { guildId: '900000000000000555', ...moderator });
    expect(other.embeds?.[0]?.description).toBe('No quiz question has been reported.');
  });

  it('dedupes in the in-memory fake as the store does', async () => {
    const { store, reports } = drillStore();
    const report = { guildId: 'g1', userId: 'u1', sessionId: null, question: questions[0] as QuizQuestion, reason: null, at: now.toISOString() };
    expect(await store.reportQuizQuestion(report)).toBe(true);
    expect(await knowledge.store.reportQuizQuestion({ ...report, guildId: 'g-fake' })).toBe(true);
    const shuffled = { ...report.question, values: [...report.question.values].reverse() };
    expect(await store.reportQuizQuestion({ ...report, sessionId: 's9', question: shuffled })).toBe(false);
    expect(await knowledge.store.reportQuizQuestion({ ...report, guildId: 'g-fake', sessionId: 's9', question: shuffled })).toBe(false);
    expect(reports).toHaveLength(1);
  });

  it('keeps no report of a question the moderators hid while a quiz asked it, and says so', async () => {
    const { press } = drill();
    await hideQuestion(knowledge.moderation, curator, (questions[0] as QuizQuestion).id);
    const before = (await knowledge.store.quizReports(guild, { limit: 50 })).length;
    const reply = await press({ customId: 'qr:new:0', emoji: '🚩', style: 'secondary' }, { guildId: guild, userId: 'u8' });
    expect(reply.reply.content).toBe('The moderators have hidden this question already; it will not be asked here again. Thank you all the same.');
    expect(await knowledge.store.quizReports(guild, { limit: 50 })).toHaveLength(before);
  });
});
