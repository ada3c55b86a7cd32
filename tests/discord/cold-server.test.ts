import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledge, type Knowledge } from '../../src/knowledge/open.ts';
import { addDocument } from '../../src/moderation/index.ts';
import { fixedNow, guild, moderator, otherGuild, tempDatabasePath, utf8 } from '../moderation/support/knowledge.ts';
import type { APIMessage } from 'discord.js';
import type { InteractionHandle } from './double/index.ts';
import { manageServer, subcommandInteraction } from './double/subcommands.ts';
import { startBot, type RunningBot } from './support/bot.ts';
import { largeDocument } from './support/large-document.ts';
import { buttonId, callbackOf, editOf } from './support/messages.ts';

const ephemeral = 64;

/**
 * A restarted bot whose first question comes from a server with a large document of its own, and
 * nothing saved of that server's layer: making it takes seconds, on a worker thread.
 */
describe('a server whose knowledge is not made yet', () => {
  const databasePath = tempDatabasePath();
  const stateDir = mkdtempSync(join(tmpdir(), 'relations-cold-state-'));
  let knowledge: Knowledge;
  let run: RunningBot;
  /** A timeline page, its paging buttons to be pressed in the cold server (their state is in the custom_id). */
  let page: APIMessage;

  beforeAll(async () => {
    // Added through the CLI's path, which saves nothing where the bot looks.
    const cli = await openKnowledge({ databasePath, now: fixedNow, stateDir: false });
    await addDocument(cli.moderation, moderator, { upload: { name: 'chronology.txt', bytes: utf8(largeDocument(300_000)) }, title: 'A long chronology', published: '2024' });
    await cli.close();
    knowledge = await openKnowledge({ databasePath, now: fixedNow, stateDir, build: 'worker' });
    run = await startBot(knowledge.bundled, { moderation: knowledge.moderation });
    // Made in a server with nothing of its own: the cold server's knowledge is not asked for yet.
    const timeline = await run.discord.slash('timeline', {}, { guildId: otherGuild });
    await timeline.edit();
    page = timeline.message();
  });
  afterAll(async () => {
    await run.stop();
    await knowledge.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  // Sent while the server is cold; their answers are checked once it is warm.
  const waiting: Record<string, InteractionHandle> = {};

  it('acknowledges before it waits: each command as it answers (in public, or privately), a press as an update; what cannot wait answers at once from what is ready', async () => {
    const { discord } = run;
    const at = { guildId: guild, channelId: '900000000000000031' };
    const asModerator = { ...at, permissions: manageServer };
    const quiz = (subcommand: string) => discord.dispatchInteraction(subcommandInteraction(discord.applicationId, 'quiz', [subcommand], {}, at));
    const admin = (...path: [string, string]) => discord.dispatchInteraction(subcommandInteraction(discord.applicationId, 'admin', path, {}, asModerator));
    Object.assign(waiting, {
      help: await discord.slash('help', {}, at),
      sources: await discord.slash('sources', {}, at),
      when: await discord.slash('when', { event: 'S-400' }, at),
      'quiz start': await quiz('start'),
      'quiz leaderboard': await quiz('leaderboard'),
      'quiz practice': await quiz('practice'),
      'admin documents list': await admin('documents', 'list'),
      'Next on a timeline page': await discord.click(page, buttonId(page, 'Next'), at),
    });
    // A form cannot follow a deferral, nor can choices as the user types: Discord waits 3 s for them.
    const form = await admin('documents', 'add');
    const typing = await discord.autocomplete('when', { event: 'S-400' }, 'event', at);

    const callbacks = await Promise.all(Object.values(waiting).map(callbackOf));
    const acknowledged = callbacks.map(({ type, data }) => ({ type, private: data?.flags === ephemeral }));
    expect(Object.fromEntries(Object.keys(waiting).map((name, i) => [name, acknowledged[i]]))).toEqual({
      help: { type: 5, private: false },
      sources: { type: 5, private: false },
      when: { type: 5, private: false },
      'quiz start': { type: 5, private: false },
      'quiz leaderboard': { type: 5, private: false },
      'quiz practice': { type: 5, private: true },
      'admin documents list': { type: 5, private: true },
      'Next on a timeline page': { type: 6, private: false },
    });
    const formOpened = await callbackOf(form);
    expect([formOpened.type, (formOpened.data as { custom_id?: string }).custom_id]).toEqual([9, 'adoc']);
    const offered = (await callbackOf(typing)).data as { choices: Array<{ value: string }> };
    expect(offered.choices.map((choice) => choice.value)).toEqual(knowledge.bundled.suggestEvents('S-400', 25).map((event) => event.id));
    expect(offered.choices.length).toBeGreaterThan(0);
    expect(await knowledge.engines.current(guild)).toBeUndefined();
  });

  it("is acknowledged at once, and does not hold up another server's answer, which comes before its own", async () => {
    const cold = await run.discord.slash('ask', { question: 'When was the S-400 contract signed?', private: true }, { guildId: guild });
    expect(await callbackOf(cold)).toEqual({ type: 5, data: { flags: ephemeral } });

    const other = await run.discord.slash('ask', { question: 'When did Turkey shoot down the Russian Su-24?' }, { guildId: otherGuild });
    expect((await callbackOf(other)).type).toBe(5);
    expect((await editOf(other)).embeds?.[0]?.title).toBe('When did Turkey shoot down the Russian Su-24?');
    // The cold server's layer is still being made on the worker thread: its answer has not come.
    expect(cold.requests().map((request) => request.method)).toEqual(['POST']);

    const answer = (await cold.edit()).body as { embeds: Array<{ description: string }> };
    const serverEngine = await knowledge.engines.engineFor(guild);
    expect(answer.embeds[0]?.description).toBe(serverEngine.ask('When was the S-400 contract signed?').answer);
    expect(cold.requests().map((request) => request.method)).toEqual(['POST', 'PATCH']);
  });

  it('answers at once once its knowledge is there, as any server does', async () => {
    const warm = await run.discord.slash('sources', {}, { guildId: guild });
    const { type, data } = await callbackOf(warm);
    expect(type).toBe(4);
    expect(data.embeds?.[0]?.fields?.map((field) => field.name)).toContain('A long chronology');
    for (const handle of Object.values(waiting)) expect((await handle.edit()).method).toBe('PATCH');
  });
});
