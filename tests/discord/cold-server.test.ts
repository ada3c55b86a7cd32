import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledge, type Knowledge } from '../../src/knowledge/open.ts';
import { addDocument } from '../../src/moderation/index.ts';
import { fixedNow, guild, moderator, otherGuild, tempDatabasePath, utf8 } from '../moderation/support/knowledge.ts';
import type { InteractionHandle } from './double/index.ts';
import { subcommandInteraction } from './double/subcommands.ts';
import { startBot, type RunningBot } from './support/bot.ts';
import { largeDocument } from './support/large-document.ts';
import { callbackOf, editOf } from './support/messages.ts';

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

  beforeAll(async () => {
    // Added through the CLI's path, which saves nothing where the bot looks.
    const cli = await openKnowledge({ databasePath, now: fixedNow, stateDir: false });
    await addDocument(cli.moderation, moderator, { upload: { name: 'chronology.txt', bytes: utf8(largeDocument(300_000)) }, title: 'A long chronology', published: '2024' });
    await cli.close();
    knowledge = await openKnowledge({ databasePath, now: fixedNow, stateDir, build: 'worker' });
    run = await startBot(knowledge.bundled, { moderation: knowledge.moderation });
  });
  afterAll(async () => {
    await run.stop();
    await knowledge.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  // Sent while the server is cold; their answers are checked once it is warm.
  const waiting: Record<string, InteractionHandle> = {};

  it('acknowledges every command before it waits, as each command answers: in public, or privately', async () => {
    const { discord } = run;
    const at = { guildId: guild, channelId: '900000000000000031' };
    const quiz = (subcommand: string) => discord.dispatchInteraction(subcommandInteraction(discord.applicationId, 'quiz', [subcommand], {}, at));
    Object.assign(waiting, {
      help: await discord.slash('help', {}, at),
      sources: await discord.slash('sources', {}, at),
      when: await discord.slash('when', { event: 'S-400' }, at),
      'quiz start': await quiz('start'),
      'quiz leaderboard': await quiz('leaderboard'),
      'quiz practice': await quiz('practice'),
    });
    const callbacks = await Promise.all(Object.values(waiting).map(callbackOf));
    const acknowledged = callbacks.map(({ type, data }) => ({ type, private: data.flags === ephemeral }));
    expect(Object.fromEntries(Object.keys(waiting).map((name, i) => [name, acknowledged[i]]))).toEqual({
      help: { type: 5, private: false },
      sources: { type: 5, private: false },
      when: { type: 5, private: false },
      'quiz start': { type: 5, private: false },
      'quiz leaderboard': { type: 5, private: false },
      'quiz practice': { type: 5, private: true },
    });
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
