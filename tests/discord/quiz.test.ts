import type { APIEmbed, APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Knowledge } from '../../src/knowledge/open.ts';
import { standings } from '../../src/quiz/scoring.ts';
import { openStore } from '../../src/store/open.ts';
import type { QuizSessionRecord, Store } from '../../src/store/types.ts';
import { openTestKnowledge, tempDatabasePath } from '../moderation/support/knowledge.ts';
import { ManualClock } from '../quiz-sessions/support/manual-clock.ts';
import type { DiscordDouble, InteractionHandle } from './double/index.ts';
import { defaultGuildId } from './double/payloads.ts';
import { manageServer, subcommandInteraction, type MemberActor } from './double/subcommands.ts';
import { startBot, type RunningBot } from './support/bot.ts';
import { problems } from './support/checks.ts';
import { buttonsOf, callbackOf, editOf, type MessageData } from './support/messages.ts';

const ephemeral = 64;
const REVEAL_MS = 3_000;
const starter = '800000000000000100';
const member = (i: number) => String(800000000000000200n + BigInt(i));
const as = (id: string, channelId: string, extra: Partial<MemberActor> = {}): MemberActor => ({ guildId: defaultGuildId, channelId, user: { id }, ...extra });

function quiz(discord: DiscordDouble, subcommand: string, options: Record<string, string | number>, actor: MemberActor): Promise<InteractionHandle> {
  return discord.dispatchInteraction(subcommandInteraction(discord.applicationId, 'quiz', [subcommand], options, actor));
}

/** The next message the bot posts in a channel whose embed title matches. */
async function posted(discord: DiscordDouble, channelId: string, title: RegExp): Promise<APIEmbed> {
  const request = await discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && title.test(embedOf(r.body)?.title ?? ''));
  return embedOf(request.body) as APIEmbed;
}

const embedOf = (body: unknown) => (body as MessageData | undefined)?.embeds?.[0];

/** The bot's question message in a channel, as members see it now. */
function questionMessage(discord: DiscordDouble, channelId: string, round: number): APIMessage {
  const message = discord.channels.in(channelId).filter((m) => /^Question \d+ of \d+$/u.test(m.embeds[0]?.title ?? ''))[round];
  if (!message) throw new Error(`no question ${round + 1} in channel ${channelId}`);
  return message;
}

const answerButton = (message: APIMessage, letter: string) => buttonsOf(message).find((b) => b.label === letter)?.custom_id ?? '';
const sessionIdOf = (message: APIMessage) => answerButton(message, 'A').split(':')[1] ?? '';

/** `<@id>: 340 points` (scoreboard) or `<@id> · 340 points` (leaderboard): points by member. */
function pointsByMember(text: string): Map<string, number> {
  return new Map([...text.matchAll(/<@(\d+)>\D*?(\d+) point/gu)].map(([, id = '', points = '']) => [id, Number(points)]));
}

describe('a quiz in a channel, through the Discord double', () => {
  const path = tempDatabasePath();
  let knowledge: Knowledge;
  let run: RunningBot;
  const clock = new ManualClock(Date.now());

  beforeAll(async () => {
    knowledge = await openTestKnowledge(path);
    const store = knowledge.store;
    run = await startBot(knowledge.bundled, { moderation: knowledge.moderation, quizStore: store, quizSessions: { store, clock, revealMs: REVEAL_MS } });
  });
  afterAll(async () => {
    expect(run.discord.requests.flatMap(problems)).toEqual([]);
    expect(run.logs.entries.filter((entry) => Number(entry.level) >= 50)).toEqual([]);
    await run.stop();
    await knowledge.close();
  });

  it('runs three rounds: twenty members click at once (some twice), each counted once; reveals with the quote; a scoreboard that matches the store and the leaderboard', async () => {
    const channel = '900000000000000021';
    const { discord } = run;
    const start = await quiz(discord, 'start', { rounds: 3, seconds: 10, kind: 'when' }, as(starter, channel));
    expect(await callbackOf(start)).toEqual({ type: 5, data: { flags: 0 } });
    const first = await posted(discord, channel, /^Question 1 of 3$/u);
    expect(first.description).toContain(`Answers close <t:${Math.ceil((clock.now() + 10_000) / 1000)}:R>.`);
    const announcement = (await editOf(start)).embeds?.[0];
    expect(announcement?.title).toBe('Quiz: 3 questions, 10 seconds each');
    expect(announcement?.description).toContain(`<@${starter}> started a quiz.`);

    const question = questionMessage(discord, channel, 0);
    expect(buttonsOf(question).map((b) => b.label ?? b.emoji?.name)).toEqual(['A', 'B', 'C', 'D', '🚩']);
    const sessionId = sessionIdOf(question);
    const session = (await knowledge.store.quizSession(sessionId)) as QuizSessionRecord;
    const right = session.questions[0]?.answer as number;
    const letter = 'ABCD'[right] as string;

    // Twenty members: the first ten at once, the others four seconds later; every fifth clicks a second time.
    const click = (i: number, option: number) => discord.click(question, answerButton(question, 'ABCD'[option] as string), as(member(i), channel));
    const wave = async (members: number[]) => {
      const handles = await Promise.all(members.flatMap((i) => (i % 5 === 0 ? [click(i, i % 4), click(i, (i + 1) % 4)] : [click(i, i % 4)])));
      return Promise.all(handles.map(async (handle) => (await callbackOf(handle)).data));
    };
    const acks = [...(await wave([...Array(10).keys()]))];
    clock.advance(4_000);
    acks.push(...(await wave([...Array(10).keys()].map((i) => i + 10))));
    expect(acks.every((ack) => ack.flags === ephemeral)).toBe(true);
    const contents = acks.map((ack) => ack.content ?? '');
    expect(contents.filter((c) => /^Your answer [ABCD] is in\.$/u.test(c))).toHaveLength(20);
    expect(contents.filter((c) => c === 'You already answered this question.')).toHaveLength(4);
    const stored = await knowledge.store.quizAnswers(sessionId);
    expect(stored.map((a) => a.userId).sort()).toEqual([...Array(20).keys()].map(member).sort());
    expect(stored.every((a) => a.option === Number(BigInt(a.userId) - 800000000000000200n) % 4)).toBe(true);

    clock.advance(6_000);
    const reveal = await posted(discord, channel, /^Question 1: the answer is/u);
    expect(reveal.title).toBe(`Question 1: the answer is ${letter}`);
    const winners = stored.filter((a) => a.correct);
    expect(winners.length).toBe(5);
    for (const a of winners) expect(reveal.description).toContain(`<@${a.userId}> +${a.points}`);
    expect(new Set(winners.map((a) => a.points))).toEqual(new Set([200, 160]));
    expect(reveal.description).toContain('20 answered.');
    expect(reveal.fields?.[0]?.value).toContain(session.questions[0]?.citations[0]?.quote.slice(0, 60));
    const closed = questionMessage(discord, channel, 0);
    expect(buttonsOf(closed).slice(0, 4).every((b) => b.disabled)).toBe(true);
    expect(closed.embeds[0]?.description).toContain('Answers are closed.');
    const late = await discord.click(closed, answerButton(closed, 'A'), as(member(30), channel));
    expect((await callbackOf(late)).data.content).toBe('Time is up for this question.');

    for (const round of [1, 2]) {
      clock.advance(REVEAL_MS);
      await posted(discord, channel, new RegExp(`^Question ${round + 1} of 3$`, 'u'));
      const next = questionMessage(discord, channel, round);
      const answer = (await knowledge.store.quizSession(sessionId))?.questions[round]?.answer as number;
      for (const [i, option] of [[0, answer], [1, (answer + 1) % 4]] as const) {
        const handle = await discord.click(next, answerButton(next, 'ABCD'[option] as string), as(member(i), channel));
        expect((await callbackOf(handle)).data.content).toMatch(/^Your answer [ABCD] is in\.$/u);
      }
      clock.advance(10_000);
      await posted(discord, channel, new RegExp(`^Question ${round + 1}: the answer is`, 'u'));
    }
    clock.advance(REVEAL_MS);
    const scoreboard = await posted(discord, channel, /^Final scores$/u);
    const expected = standings(await knowledge.store.quizAnswers(sessionId));
    expect(expected).toHaveLength(20);
    const shown = pointsByMember(scoreboard.description ?? '');
    expect([...shown]).toEqual(expected.map((s) => [s.userId, s.points]));
    expect((await knowledge.store.quizSession(sessionId))?.status).toBe('finished');


    const board = await quiz(discord, 'leaderboard', { period: 'all' }, as(starter, channel));
    const leaders = pointsByMember((await callbackOf(board)).data.embeds?.[0]?.description ?? '');
    expect(leaders.size).toBeGreaterThan(0);
    for (const [userId, points] of leaders) expect(shown.get(userId)).toBe(points);
    expect([...leaders.values()]).toEqual(expected.slice(0, leaders.size).map((s) => s.points));
  });

  it('runs one quiz per channel, and lets only its starter or a moderator stop it', async () => {
    const channel = '900000000000000022';
    const { discord } = run;
    await callbackOf(await quiz(discord, 'start', { rounds: 3, seconds: 20 }, as(starter, channel)));
    await posted(discord, channel, /^Question 1 of 3$/u);
    const question = questionMessage(discord, channel, 0);
    await callbackOf(await discord.click(question, answerButton(question, 'A'), as(member(1), channel)));

    const second = await quiz(discord, 'start', {}, as(member(2), channel));
    expect(await callbackOf(second)).toMatchObject({ type: 4, data: { flags: ephemeral, content: expect.stringMatching(/^A quiz is already running in this channel\./u) } });
    const refused = await quiz(discord, 'stop', {}, as(member(2), channel));
    expect(await callbackOf(refused)).toMatchObject({ type: 4, data: { flags: ephemeral, content: `Only the member who started this quiz (<@${starter}>) or a moderator can stop it.` } });
    expect((await knowledge.store.runningQuizSession(channel))?.status).toBe('running');

    const stop = await quiz(discord, 'stop', {}, as(starter, channel));
    expect(await callbackOf(stop)).toEqual({ type: 5, data: { flags: ephemeral } });
    expect((await editOf(stop)).content).toBe('The quiz is stopped; the scores so far are posted in the channel.');
    const scores = await posted(discord, channel, /^Quiz stopped: the scores so far$/u);
    expect(scores.description).toContain(`<@${starter}> stopped the quiz after 1 of 3 questions.`);
    expect(scores.description).toMatch(new RegExp(`<@${member(1)}>: \\d+ points \\(\\d of 1 right\\)`, 'u'));
    expect(buttonsOf(questionMessage(discord, channel, 0)).filter((b) => /^[A-D]$/u.test(b.label ?? '')).every((b) => b.disabled)).toBe(true);
    expect(await knowledge.store.runningQuizSession(channel)).toBeNull();
    const none = await quiz(discord, 'stop', {}, as(starter, channel));
    expect((await callbackOf(none)).data.content).toBe('No quiz is running in this channel.');

  });

  it('acknowledges /quiz start before it draws the questions, which takes a while for a large server', async () => {
    const channel = '900000000000000027';
    const { discord } = run;
    const engine = await knowledge.engines.engineFor(defaultGuildId);
    const draw = engine.quiz.bind(engine);
    const callbacks = () => discord.requests.filter((r) => r.path.endsWith('/callback')).length;
    const callbacksAtDraw: number[] = [];
    const spy = vi.spyOn(engine, 'quiz').mockImplementation((options) => {
      callbacksAtDraw.push(callbacks());
      return draw(options);
    });
    try {
      const before = callbacks();
      const start = await quiz(discord, 'start', { rounds: 3 }, as(starter, channel));
      expect((await callbackOf(start)).type).toBe(5);
      await posted(discord, channel, /^Question 1 of 3$/u);
      expect(callbacksAtDraw).toEqual([before + 1]);
    } finally {
      spy.mockRestore();
    }
    await callbackOf(await quiz(discord, 'stop', {}, as(starter, channel)));
  });

  it('lets a member with Manage Server stop anyone’s quiz', async () => {
    const channel = '900000000000000025';
    const { discord } = run;
    await callbackOf(await quiz(discord, 'start', {}, as(member(3), channel)));
    await posted(discord, channel, /^Question 1 of 5$/u);
    const byModerator = await quiz(discord, 'stop', {}, as(member(4), channel, { permissions: manageServer }));
    expect((await callbackOf(byModerator)).type).toBe(5);
    expect((await posted(discord, channel, /^Quiz stopped/u)).description).toContain(`<@${member(4)}> stopped the quiz after 1 of 5 questions.`);
  });

  it('says clearly when it may not post in the channel, and leaves nothing running', async () => {
    const channel = '900000000000000023';
    const { discord } = run;
    discord.channels.refusing.add(channel);
    const start = await quiz(discord, 'start', {}, as(starter, channel));
    expect((await callbackOf(start)).type).toBe(5);
    expect((await editOf(start)).content).toBe('I cannot post in this channel: I need View Channel, Send Messages and Embed Links here. No quiz was started.');
    expect(await knowledge.store.runningQuizSession(channel)).toBeNull();
    discord.channels.refusing.delete(channel);
    await callbackOf(await quiz(discord, 'start', { rounds: 3 }, as(starter, channel)));
    expect((await posted(discord, channel, /^Question 1 of 3$/u)).title).toBe('Question 1 of 3');
    await callbackOf(await quiz(discord, 'stop', {}, as(starter, channel)));
  });

  it('asks only about the period given, and refuses a period in the wrong order', async () => {
    const channel = '900000000000000024';
    const { discord } = run;
    const backwards = await quiz(discord, 'start', { from: '2019', to: '2016' }, as(starter, channel));
    expect((await callbackOf(backwards)).data).toMatchObject({ flags: ephemeral, content: '“from” (2019) comes after “to” (2016). Swap them and try again.' });
    const start = await quiz(discord, 'start', { rounds: 3, kind: 'when', from: '2016', to: '2016' }, as(starter, channel));
    await callbackOf(start);
    expect((await editOf(start)).embeds?.[0]?.description).toContain('Questions about 2016.');
    await posted(discord, channel, /^Question 1 of 3$/u);
    const session = (await knowledge.store.runningQuizSession(channel)) as QuizSessionRecord;
    for (const q of session.questions) expect(q.values[q.answer]).toMatch(/^2016/u);
    await callbackOf(await quiz(discord, 'stop', {}, as(starter, channel)));
  });

  it('refuses a number of rounds out of range, and talks Swedish to a Swedish starter', async () => {
    const channel = '900000000000000026';
    const { discord } = run;
    const tooFew = await quiz(discord, 'start', { rounds: 2 }, as(starter, channel));
    expect((await callbackOf(tooFew)).data).toMatchObject({ flags: ephemeral, content: 'The “rounds” option must be a whole number from 3 to 20.' });
    const swedish = { locale: 'sv-SE' };
    const start = await quiz(discord, 'start', { rounds: 3, kind: 'when' }, as(starter, channel, swedish));
    await callbackOf(start);
    expect((await editOf(start)).embeds?.[0]?.title).toBe('Frågesport: 3 frågor, 20 sekunder var');
    await posted(discord, channel, /^Fråga 1 av 3$/u);
    const question = discord.channels.in(channel)[0] as APIMessage;
    const ack = await discord.click(question, answerButton(question, 'C'), as(member(5), channel, swedish));
    expect((await callbackOf(ack)).data.content).toBe('Ditt svar C är registrerat.');
    const stop = await quiz(discord, 'stop', {}, as(starter, channel, swedish));
    await callbackOf(stop);
    expect((await editOf(stop)).content).toBe('Frågesporten är stoppad; ställningen hittills finns i kanalen.');
    expect((await posted(discord, channel, /^Frågesporten stoppades/u)).description).toContain('stoppade frågesporten efter 1 av 3 frågor');
  });

  it('carries a 🚩 on every question that reports it for review', async () => {
    const channel = '900000000000000027';
    const { discord } = run;
    await callbackOf(await quiz(discord, 'start', { rounds: 3 }, as(starter, channel)));
    await posted(discord, channel, /^Question 1 of 3$/u);
    const question = questionMessage(discord, channel, 0);
    const flag = buttonsOf(question).find((b) => b.emoji?.name === '🚩');
    expect(flag?.custom_id).toBe(`qr:${sessionIdOf(question)}:0`);
    const report = await discord.click(question, flag?.custom_id ?? '', as(member(6), channel));
    expect((await callbackOf(report)).data.flags).toBe(ephemeral);
    const [reported] = await knowledge.store.quizReports(defaultGuildId, { limit: 1 });
    expect(reported).toMatchObject({ userId: member(6), sessionId: sessionIdOf(question), question: { question: (await knowledge.store.quizSession(sessionIdOf(question)))?.questions[0]?.question } });
    await callbackOf(await quiz(discord, 'stop', {}, as(starter, channel)));
  });

  it('after a restart in the middle of a quiz, ends it with the scores so far; a graceful stop does the same for its own quizzes', async () => {
    const store: Store = await openStore({ databasePath: tempDatabasePath() });
    const engine = knowledge.bundled;
    const channel = '900000000000000031';
    const before = await startBot(engine, { quizStore: store, quizSessions: { store, clock: new ManualClock(Date.now()), revealMs: REVEAL_MS } });
    const { discord } = before;
    try {
      await callbackOf(await quiz(discord, 'start', { rounds: 4 }, as(starter, channel)));
      await posted(discord, channel, /^Question 1 of 4$/u);
      const question = questionMessage(discord, channel, 0);
      for (const i of [1, 2]) {
        const letter = 'ABCD'[i] as string;
        const click = await discord.click(question, answerButton(question, letter), as(member(i), channel));
        expect((await callbackOf(click)).data.content).toBe(`Your answer ${letter} is in.`);
      }
      // The process dies: no goodbye, its timers never fire again.
      await before.bot.client.destroy();

      const after = await startBot(engine, { discord, quizStore: store, quizSessions: { store, clock: new ManualClock(Date.now()), revealMs: REVEAL_MS } });
      const scores = await posted(discord, channel, /^Quiz interrupted: the scores so far$/u);
      expect(scores.description).toContain('The bot restarted during the quiz, after 1 of 4 questions; the answers given until then count.');
      expect([...pointsByMember(scores.description ?? '').keys()].sort()).toEqual([member(1), member(2)].sort());
      expect(buttonsOf(questionMessage(discord, channel, 0)).slice(0, 4).every((b) => b.disabled)).toBe(true);
      expect(await store.runningQuizSessions()).toEqual([]);
      const stale = await discord.click(question, answerButton(question, 'D'), as(member(3), channel));
      expect((await callbackOf(stale)).data.content).toBe('This quiz has ended.');

      const another = '900000000000000032';
      await callbackOf(await quiz(discord, 'start', { rounds: 3 }, as(starter, another)));
      await posted(discord, another, /^Question 1 of 3$/u);
      await after.stop();
      expect((await posted(discord, another, /^Quiz interrupted/u)).description).toContain('Nobody answered.');
      expect(await store.runningQuizSessions()).toEqual([]);
      expect(discord.requests.flatMap(problems)).toEqual([]);
    } finally {
      await discord.close();
      await store.close();
    }
  });
});
