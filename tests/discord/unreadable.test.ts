import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledge, type Knowledge } from '../../src/knowledge/open.ts';
import { fixedNow, guild, tempDatabasePath, utf8 } from '../moderation/support/knowledge.ts';
import { poisonEventDate } from '../knowledge/support/poison.ts';
import { attachment, manageServer, subcommandInteraction, type MemberActor } from './double/subcommands.ts';
import { startBot, type RunningBot } from './support/bot.ts';
import { problems } from './support/checks.ts';
import { callbackOf, editOf } from './support/messages.ts';

const ephemeral = 64;
const asModerator: MemberActor = { guildId: guild, user: { id: '800000000000000007' }, permissions: manageServer };
const student = { guildId: guild, user: { id: '800000000000000008' } };

/**
 * One bad stored row (an event change dated 2015-99, as an older import let in) made every
 * interaction in its server fail. Now the server still answers /help, /sources (the bundled
 * corpus), /admin export and /admin import; tells moderators what is wrong and how to repair it;
 * and answers everything again once repaired.
 */
describe('a server whose stored data cannot be read, through the Discord double', () => {
  const databasePath = tempDatabasePath();
  let knowledge: Knowledge;
  let run: RunningBot;
  let eventId: string;
  const admin = (path: [string] | [string, string], options: Parameters<typeof subcommandInteraction>[3] = {}) =>
    run.discord.dispatchInteraction(subcommandInteraction(run.discord.applicationId, 'admin', path, options, asModerator));

  beforeAll(async () => {
    knowledge = await openKnowledge({ databasePath, now: fixedNow });
    eventId = knowledge.bundled.timeline()[0]?.id ?? '';
    await poisonEventDate({ databasePath }, guild, eventId, '2015-99');
    run = await startBot(knowledge.bundled, { moderation: knowledge.moderation });
  });
  afterAll(async () => {
    expect(run.discord.requests.flatMap(problems)).toEqual([]);
    await run.stop();
    await knowledge.close();
  });

  it('still answers /help and /sources (on the bundled corpus)', async () => {
    const help = await callbackOf(await run.discord.slash('help', {}, student));
    expect(help.data.embeds?.[0]?.title).toBe('Relations bot');
    const sources = await callbackOf(await run.discord.slash('sources', {}, student));
    expect(sources.data.embeds?.[0]?.fields?.length).toBe(knowledge.bundled.sources().length);
  });

  it('tells a student, privately, that it cannot answer here and who can repair it', async () => {
    const asked = await callbackOf(await run.discord.slash('ask', { question: 'When was the S-400 contract signed?' }, student));
    expect(asked).toMatchObject({
      type: 4,
      data: { flags: ephemeral, content: "This server's own documents and events cannot be read right now, so I cannot answer here. A moderator sees what is wrong in any /admin command and can repair it with /admin export and /admin import." },
    });
    expect(run.logs.entries).toContainEqual(expect.objectContaining({ msg: "the server's stored data cannot be read", guild }));
  });

  it('tells a moderator what is wrong and how to repair it', async () => {
    const listed = await callbackOf(await admin(['documents', 'list']));
    expect(listed.data.content).toBe(
      `This server's stored data cannot be read, so questions here get no answer until it is repaired. The change of event “${eventId}” (date): its value “2015-99” does not fit the field. ` +
        'To repair it: /admin export, correct or remove that entry in the file, then /admin import the file (the audit keeps what it replaces).',
    );
  });

  it('exports the server, and imports the corrected export; then the server answers again', async () => {
    const exported = await admin(['export']);
    const [file] = (await exported.callback()).files;
    const corrected = (file?.data.toString('utf8') ?? '').replace('"2015-99"', '"2015-09"');
    const imported = await admin(['import'], { file: attachment(run.discord, 'server.json', utf8(corrected)) });
    expect(await callbackOf(imported)).toEqual({ type: 5, data: { flags: ephemeral } });
    expect((await editOf(imported)).content).toMatch(/^Imported 0 documents, 0 added events and 1 event changes\./u);
    // The import changed the server: its knowledge is made again, so /when is acknowledged first.
    const asked = await run.discord.slash('when', { event: eventId }, student);
    const { type, data } = await callbackOf(asked);
    const answer = type === 5 ? await editOf(asked) : data;
    expect(answer.embeds?.[0]?.description).toMatch(/^Date: September 2015 \(2015-09\)/u);
  });
});
