import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/open.ts';
import { serverExportSchema } from '../../src/moderation/exchange-schema.ts';
import { contentHash, grainArticle, grainQuestion, guild, openTestKnowledge, otherGuild, tempDatabasePath, utf8 } from '../moderation/support/knowledge.ts';
import { attachment, manageServer, modalSubmit, subcommandInteraction, type MemberActor } from './double/subcommands.ts';
import { startBot, type RunningBot } from './support/bot.ts';
import { problems } from './support/checks.ts';
import { callbackOf, editOf } from './support/messages.ts';

const ephemeral = 64;
const moderatorUser = { id: '800000000000000007' };
const asModerator: MemberActor = { guildId: guild, user: moderatorUser, permissions: manageServer };
const asStudent: MemberActor = { guildId: guild, user: { id: '800000000000000008' }, permissions: '2147483648', roles: [] };

describe('/admin through the Discord double', () => {
  const path = tempDatabasePath();
  let knowledge: Knowledge;
  let run: RunningBot;
  const admin = (subcommand: [string, string] | [string], options: Parameters<typeof subcommandInteraction>[3], actor: MemberActor) =>
    run.discord.dispatchInteraction(subcommandInteraction(run.discord.applicationId, 'admin', subcommand, options, actor));

  beforeAll(async () => {
    knowledge = await openTestKnowledge(path);
    run = await startBot(knowledge.bundled, { moderation: knowledge.moderation });
  });
  afterAll(async () => {
    expect(run.discord.requests.flatMap(problems)).toEqual([]);
    await run.stop();
    await knowledge.close();
  });

  it('refuses a member without Manage Server or the moderator role, privately, and audits the attempt', async () => {
    const before = (await knowledge.store.guild(guild));
    const handle = await admin(['documents', 'list'], {}, asStudent);
    expect(await callbackOf(handle)).toMatchObject({
      type: 4,
      data: { flags: ephemeral, content: 'Only moderators can use /admin: members with Manage Server, or with the moderator role set in /admin settings.' },
    });
    expect(await knowledge.store.guild(guild)).toEqual(before);
    expect((await knowledge.store.audit(guild, { limit: 1 }))[0]).toMatchObject({ actor: 'discord:800000000000000008', action: 'refused', target: '/admin documents list', after: { reason: 'not a moderator' } });
  });

  it('adds an attached document: deferred privately, then a summary; /ask in that server cites it, another server does not see it', async () => {
    const file = attachment(run.discord, 'grain.md', utf8(grainArticle));
    const handle = await admin(['documents', 'add'], { file, title: 'Russia and Turkey agree on a grain corridor', published: '2023-05', publisher: 'Wire' }, asModerator);
    expect(await callbackOf(handle)).toEqual({ type: 5, data: { flags: ephemeral } });
    const [summary] = (await editOf(handle)).embeds ?? [];
    expect(summary?.title).toBe('Added: Russia and Turkey agree on a grain corridor');
    expect(summary?.description).toBe('4 passages and 2 dated events found. Questions in this server see it now.');
    expect(summary?.fields?.[0]?.value).toContain('2023-03-03 · Russia and Turkey signed an agreement in Sochi');

    const asked = await run.discord.slash('ask', { question: grainQuestion }, { guildId: guild });
    await callbackOf(asked);
    const [answer] = (await editOf(asked)).embeds ?? [];
    expect(answer?.fields?.map((field) => field.name)).toContain('[1] Russia and Turkey agree on a grain corridor');

    const elsewhere = await run.discord.slash('ask', { question: grainQuestion }, { guildId: otherGuild });
    await callbackOf(elsewhere);
    const [abstention] = (await editOf(elsewhere)).embeds ?? [];
    expect(abstention?.description).toMatch(/^The documents don't say/u);
    expect(JSON.stringify(abstention?.fields ?? [])).not.toContain('Russia and Turkey agree on a grain corridor');
  });

  it('opens a form for pasted text when no file is attached, and adds what is submitted', async () => {
    const handle = await admin(['documents', 'add'], { title: 'Pasted note' }, asModerator);
    const { type, data } = (await handle.callback()).body as { type: number; data: { custom_id: string; components: Array<{ components: Array<{ custom_id: string; value?: string }> }> } };
    expect(type).toBe(9);
    expect(data.components.map((row) => row.components[0]?.custom_id)).toEqual(['title', 'published', 'publisher', 'language', 'text']);
    expect(data.components[0]?.components[0]?.value).toBe('Pasted note');

    const values = { title: 'Pasted note', published: '2022', publisher: '', language: '', text: 'A pasted note.\n\nOn 5 August 2022, Putin and Erdogan met in Sochi and agreed to expand trade.' };
    const submitted = await run.discord.dispatchInteraction(modalSubmit(run.discord.applicationId, data.custom_id, values, asModerator));
    expect(await callbackOf(submitted)).toEqual({ type: 5, data: { flags: ephemeral } });
    expect((await editOf(submitted)).embeds?.[0]?.title).toBe('Added: Pasted note');
  });

  it('refuses a binary attachment with a clear private message and changes nothing', async () => {
    const before = contentHash(path);
    const file = attachment(run.discord, 'scan.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]));
    const handle = await admin(['documents', 'add'], { file, title: 'Scan', published: '2020' }, asModerator);
    expect(await callbackOf(handle)).toEqual({ type: 5, data: { flags: ephemeral } });
    expect((await editOf(handle)).content).toBe('“scan.txt” is not plain text (it contains NUL bytes). Save it as plain text (UTF-8) and try again.');
    expect(contentHash(path)).toBe(before);
  });

  it('says so when the attachment cannot be downloaded from Discord, and changes nothing', async () => {
    const before = contentHash(path);
    const gone = { ...attachment(run.discord, 'grain.md', utf8(grainArticle)), url: `${run.discord.apiUrl.replace(/\/api$/u, '')}/attachments/0/gone.md` };
    const handle = await admin(['documents', 'add'], { file: gone, title: 'Gone', published: '2020' }, asModerator);
    expect(await callbackOf(handle)).toEqual({ type: 5, data: { flags: ephemeral } });
    expect((await editOf(handle)).content).toBe('I could not download “grain.md” from Discord. Please attach it again, or try again in a minute.');
    expect(contentHash(path)).toBe(before);
  });

  it('completes the document option with the server’s own documents', async () => {
    const payload = subcommandInteraction(run.discord.applicationId, 'admin', ['documents', 'remove'], { document: 'grain' }, asModerator) as unknown as { type: number; data: { options: Array<{ options: Array<{ options: Array<Record<string, unknown>> }> }> } };
    payload.type = 4;
    const leaf = payload.data.options[0]?.options[0]?.options[0];
    if (leaf) leaf.focused = true;
    const typing = await run.discord.dispatchInteraction(payload as never);
    const { data } = (await typing.callback()).body as { data: { choices: Array<{ name: string; value: string }> } };
    expect(data.choices).toEqual([{ name: 'Russia and Turkey agree on a grain corridor', value: 'russia-and-turkey-agree-on-a-grain-corridor' }]);
  });

  it('completes nothing for a member who may not moderate: no documents, passages or review queue', async () => {
    const completing = (path: [string, string], option: string, typed: string) => {
      const payload = subcommandInteraction(run.discord.applicationId, 'admin', path, { [option]: typed }, asStudent) as unknown as { type: number; data: { options: Array<{ options: Array<{ options: Array<Record<string, unknown>> }> }> } };
      payload.type = 4;
      const leaf = payload.data.options[0]?.options[0]?.options[0];
      if (leaf) leaf.focused = true;
      return run.discord.dispatchInteraction(payload as never);
    };
    for (const [path, option, typed] of [[['documents', 'remove'], 'document', 'grain'], [['events', 'add'], 'passage', 'S-400'], [['review', 'approve'], 'event', '']] as const) {
      const { data } = (await (await completing([...path], option, typed)).callback()).body as { data: { choices: unknown[] } };
      expect(data.choices).toEqual([]);
    }
  });

  it('exports the server as a JSON attachment that import accepts', async () => {
    const handle = await admin(['export'], {}, asModerator);
    const callback = await handle.callback();
    expect(callback.body).toMatchObject({ type: 4, data: { flags: ephemeral } });
    const [file] = callback.files;
    expect(file?.filename).toBe(`server-${guild}-export.json`);
    const exported = serverExportSchema.parse(JSON.parse(file?.data.toString('utf8') ?? ''));
    expect(exported.documents.map((d) => d.title).sort()).toEqual(['Pasted note', 'Russia and Turkey agree on a grain corridor']);
  });

  it.each([['constructor'], ['__proto__'], ['toString'], ['hasOwnProperty']])('answers a forged /admin %s (and /quiz the same) with a clear private refusal', async (name) => {
    const forged = [await admin([name], {}, asModerator), await run.discord.dispatchInteraction(subcommandInteraction(run.discord.applicationId, 'quiz', [name], {}, asModerator))];
    for (const handle of forged) {
      expect(await callbackOf(handle)).toMatchObject({ type: 4, data: { flags: ephemeral, content: 'I do not know that command. Type /help to see what I can do.' } });
    }
  });

  it('lets members with the moderator role in once it is set', async () => {
    const role = '700000000000000003';
    await callbackOf(await admin(['settings'], { 'moderator-role': role }, asModerator));
    const handle = await admin(['documents', 'list'], {}, { ...asStudent, roles: [role] });
    const { data } = await callbackOf(handle);
    expect(data.embeds?.[0]?.title).toBe('Documents added in this server');
  });
});
