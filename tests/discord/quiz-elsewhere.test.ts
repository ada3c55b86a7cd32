import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/open.ts';
import { openTestKnowledge, tempDatabasePath } from '../moderation/support/knowledge.ts';
import { ManualClock } from '../quiz-sessions/support/manual-clock.ts';
import { defaultGuildId } from './double/payloads.ts';
import { subcommandInteraction, type MemberActor } from './double/subcommands.ts';
import { startBot, type RunningBot } from './support/bot.ts';
import { problems } from './support/checks.ts';
import { buttonsOf, callbackOf } from './support/messages.ts';

const ephemeral = 64;
const channel = '900000000000000031';
const clicker = { id: '800000000000000301' };

/**
 * A quiz's answer button carries its session in its custom_id; copied into another channel, another
 * server or a DM (or forged), a click there must count nothing, as a 🚩 from elsewhere does.
 */
describe('a quiz answer clicked outside its channel, through the Discord double', () => {
  let knowledge: Knowledge;
  let run: RunningBot;
  let question: APIMessage;
  let sessionId: string;
  const clock = new ManualClock(Date.now());

  beforeAll(async () => {
    knowledge = await openTestKnowledge(tempDatabasePath());
    const store = knowledge.store;
    run = await startBot(knowledge.bundled, { moderation: knowledge.moderation, quizStore: store, quizSessions: { store, clock, revealMs: 1_000 } });
    const start = await run.discord.dispatchInteraction(
      subcommandInteraction(run.discord.applicationId, 'quiz', ['start'], { rounds: 3, seconds: 30 }, { guildId: defaultGuildId, channelId: channel, user: { id: '800000000000000300' } }),
    );
    await callbackOf(start);
    await run.discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
    question = run.discord.channels.in(channel).find((m) => /^Question 1 of 3$/u.test(m.embeds[0]?.title ?? '')) as APIMessage;
    sessionId = (buttonsOf(question)[0]?.custom_id ?? '').split(':')[1] ?? '';
  });
  afterAll(async () => {
    expect(run.discord.requests.flatMap(problems)).toEqual([]);
    await run.stop();
    await knowledge.close();
  });

  const answerA = () => buttonsOf(question).find((b) => b.label === 'A')?.custom_id ?? '';

  it.each<[string, MemberActor]>([
    ['another channel of the server', { guildId: defaultGuildId, channelId: '900000000000000032', user: clicker }],
    ['another server', { guildId: '900000000000000077', channelId: channel, user: clicker }],
    ['a direct message', { guildId: null, channelId: '900000000000000033', user: clicker }],
  ])('from %s: refused privately, nothing counted', async (_where, actor) => {
    const ack = await callbackOf(await run.discord.click(question, answerA(), actor));
    expect(ack).toMatchObject({ type: 4, data: { flags: ephemeral, content: 'This answer button belongs to a quiz in another channel: answer there.' } });
    expect(await knowledge.store.quizAnswers(sessionId)).toEqual([]);
  });

  it('from its own channel: counted', async () => {
    const ack = await callbackOf(await run.discord.click(question, answerA(), { guildId: defaultGuildId, channelId: channel, user: clicker }));
    expect(ack.data.content).toBe('Your answer A is in.');
    expect((await knowledge.store.quizAnswers(sessionId)).map((a) => a.userId)).toEqual([clicker.id]);
  });
});
