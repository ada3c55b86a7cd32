import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/open.ts';
import { listQuestions } from '../../src/moderation/index.ts';
import type { QuizQuestion } from '../../src/quiz/types.ts';
import { guild, openTestKnowledge, otherGuild, tempDatabasePath } from '../moderation/support/knowledge.ts';
import { buttonClick } from './double/payloads.ts';
import { attachment, manageServer, subcommandInteraction, type MemberActor } from './double/subcommands.ts';
import { startBot, type RunningBot } from './support/bot.ts';
import { problems } from './support/checks.ts';
import { buttonsOf, callbackOf, editOf } from './support/messages.ts';

const asModerator: MemberActor = { guildId: guild, user: { id: '800000000000000007' }, permissions: manageServer };
const asStudent: MemberActor = { guildId: guild, user: { id: '800000000000000008' }, permissions: '2147483648', roles: [] };

describe('/admin quiz and the 🚩 reports’ hide button, through the Discord double', () => {
  const databasePath = tempDatabasePath();
  let knowledge: Knowledge;
  let run: RunningBot;
  const admin = (subcommand: [string, string] | [string], options: Parameters<typeof subcommandInteraction>[3], actor: MemberActor) =>
    run.discord.dispatchInteraction(subcommandInteraction(run.discord.applicationId, 'admin', subcommand, options, actor));
  /** A click on a button of a private reply, by a member with the given permissions. */
  const click = (customId: string, actor: MemberActor) => {
    const payload = buttonClick(run.discord.applicationId, { id: '900000000000000777', channel_id: '900000000000000002', components: [] } as unknown as APIMessage, customId, actor) as unknown as { member: Record<string, unknown> };
    Object.assign(payload.member, { permissions: actor.permissions, roles: actor.roles ?? [] });
    return run.discord.dispatchInteraction(payload as never);
  };

  beforeAll(async () => {
    knowledge = await openTestKnowledge(databasePath);
    run = await startBot(knowledge.bundled, { moderation: knowledge.moderation, quizStore: knowledge.store });
  });
  afterAll(async () => {
    expect(run.discord.requests.flatMap(problems)).toEqual([]);
    await run.stop();
    await knowledge.close();
  });

  it('lists the questions with their ids and hides one, privately and audited; a student may not', async () => {
    const [target] = (await listQuestions(knowledge.moderation, guild, { kind: 'when' })).map((e) => e.question) as [QuizQuestion];
    const list = await admin(['quiz', 'list'], { kind: 'when' }, asModerator);
    expect((await callbackOf(list)).data.flags).toBe(64);
    expect((await editOf(list)).embeds?.[0]?.description).toContain(`${target.id} · when`);
    const refused = await admin(['quiz', 'hide'], { question: target.id }, asStudent);
    expect((await callbackOf(refused)).data.content).toMatch(/^Only moderators can use \/admin/u);
    const hidden = await admin(['quiz', 'hide'], { question: target.id }, asModerator);
    await callbackOf(hidden);
    expect((await editOf(hidden)).embeds?.[0]).toMatchObject({ title: expect.stringMatching(/^Question hidden/u), footer: { text: target.id } });
    expect((await knowledge.store.guild(guild)).quizCurations).toMatchObject([{ questionId: target.id, action: 'hide', by: 'discord:800000000000000007' }]);
    const again = await admin(['quiz', 'hide'], { question: target.id }, asModerator);
    await callbackOf(again);
    expect((await editOf(again)).content).toBe(`Question ${target.id} is hidden in this server already; restore it to change it.`);
  });

  it('adds a question of its own, and refuses one whose answer the quote does not state', async () => {
    const options = { text: 'Who confirmed the S400 contract?', options: 'Erdogan|Putin|Assad|Trump', answer: 'A', passage: 'ankara-moscow-journey/p24s1' };
    const added = await admin(['quiz', 'add'], options, asModerator);
    await callbackOf(added);
    expect((await editOf(added)).embeds?.[0]?.title).toMatch(/^Question added/u);
    const [entry] = await knowledge.store.audit(guild, { limit: 1 });
    expect(entry).toMatchObject({ action: 'quiz.add', actor: 'discord:800000000000000007', after: { question: options.text, origin: 'moderator' } });
    const wrong = await admin(['quiz', 'add'], { ...options, text: 'Who else?', answer: 'B' }, asModerator);
    await callbackOf(wrong);
    expect((await editOf(wrong)).content).toBe('The quote does not state the answer “Putin”: cite the passage that proves it.');
  });

  it('edits a question, asked so in this server from then on, and restores it, each audited with before and after', async () => {
    const [target] = (await listQuestions(knowledge.moderation, guild, { kind: 'who' })).map((e) => e.question) as [QuizQuestion];
    const edited = await admin(['quiz', 'edit'], { question: target.id, text: 'Which leader did this?' }, asModerator);
    await callbackOf(edited);
    expect((await editOf(edited)).embeds?.[0]?.footer?.text).toBe(target.id);
    expect((await knowledge.engines.engineFor(guild)).quizBank().find((q) => q.id === target.id)?.question).toBe('Which leader did this?');
    const [editEntry] = await knowledge.store.audit(guild, { limit: 1 });
    expect(editEntry).toMatchObject({ action: 'quiz.edit', target: target.id, actor: 'discord:800000000000000007', before: { question: target.question }, after: { question: 'Which leader did this?' } });
    const refused = await admin(['quiz', 'edit'], { question: target.id, answer: 'ABCD'.charAt((target.answer + 1) % 4) }, asModerator);
    await callbackOf(refused);
    expect((await editOf(refused)).content).toMatch(/^The quote does not state the answer/u);
    const restored = await admin(['quiz', 'restore'], { question: target.id }, asModerator);
    await callbackOf(restored);
    expect((await editOf(restored)).embeds?.[0]?.title).toMatch(/^Question restored/u);
    expect((await knowledge.engines.engineFor(guild)).quizBank().find((q) => q.id === target.id)?.question).toBe(target.question);
    const [restoreEntry] = await knowledge.store.audit(guild, { limit: 1 });
    expect(restoreEntry).toMatchObject({ action: 'quiz.restore', target: target.id });
  });

  it('puts one button under each 🚩 report that hides its question, for moderators only', async () => {
    const [question] = (await knowledge.engines.engineFor(guild)).quiz({ count: 1, seed: 3, kind: 'year' }) as [QuizQuestion];
    await knowledge.store.reportQuizQuestion({ guildId: guild, userId: '800000000000000009', sessionId: null, question, reason: null, at: '2026-01-15T12:00:00.000Z' });
    const reports = await admin(['quiz-reports'], {}, asModerator);
    const reply = (await callbackOf(reports)).data;
    const [hide] = buttonsOf(reply);
    expect(hide?.label).toBe('Hide this question (1)');
    expect((await callbackOf(await click(hide?.custom_id ?? '', asStudent))).data.content).toMatch(/^Only moderators can use \/admin/u);
    const done = (await callbackOf(await click(hide?.custom_id ?? '', asModerator))).data;
    expect(done.embeds?.[0]).toMatchObject({ title: expect.stringMatching(/^Question hidden/u), footer: { text: question.id } });
    expect((await knowledge.engines.engineFor(guild)).quizBank().map((q) => q.id)).not.toContain(question.id);
    const [entry] = await knowledge.store.audit(guild, { limit: 1 });
    expect(entry).toMatchObject({ action: 'quiz.hide', target: question.id });
  });

  it('keeps what /admin quiz decided through /admin export and /admin import into another server, and through a restart of the bot', async () => {
    const [target] = (await listQuestions(knowledge.moderation, guild, { kind: 'true-false' })).map((e) => e.question) as [QuizQuestion];
    const edited = await admin(['quiz', 'edit'], { question: target.id, text: 'True or false, then?' }, asModerator);
    await callbackOf(edited);
    expect((await editOf(edited)).embeds?.[0]?.footer?.text).toBe(target.id);
    const decided = async (server: string) => (await listQuestions(knowledge.moderation, server, {})).filter((e) => e.action !== null).map((e) => `${e.action} ${e.question.id} ${e.question.question}`).sort();
    const before = await decided(guild);
    expect(new Set(before.map((line) => line.split(' ')[0]))).toEqual(new Set(['hide', 'edit', 'add']));

    const exported = (await (await admin(['export'], {}, asModerator)).callback()).files[0];
    const file = attachment(run.discord, 'export.json', new Uint8Array(exported?.data ?? []), 'application/json');
    const imported = await admin(['import'], { file }, { ...asModerator, guildId: otherGuild });
    await callbackOf(imported);
    expect((await editOf(imported)).content).toMatch(/^Imported /u);

    await run.stop();
    await knowledge.close();
    knowledge = await openTestKnowledge(databasePath);
    run = await startBot(knowledge.bundled, { moderation: knowledge.moderation, quizStore: knowledge.store });
    for (const server of [guild, otherGuild]) {
      expect(await decided(server)).toEqual(before);
      const list = await admin(['quiz', 'list'], { kind: 'true-false' }, { ...asModerator, guildId: server });
      await callbackOf(list);
      expect((await editOf(list)).embeds?.[0]?.description).toContain(`${target.id} · true-false [edited]: True or false, then?`);
    }
    const [entry] = await knowledge.store.audit(otherGuild, { limit: 1 });
    expect(entry).toMatchObject({ action: 'import', actor: 'discord:800000000000000007' });
  });
});
