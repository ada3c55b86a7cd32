import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../../src/discord/commands/types.ts';
import { deployCommands, registrationBody } from '../../src/discord/deploy.ts';
import { DiscordDouble } from './double/index.ts';
import { startApp } from './support/app.ts';
import { schemaErrors } from './support/schemas.ts';

const body = registrationBody();
const applicationId = '123456789012345678';
/** Discord's rule for command and option names, which its OpenAPI description does not carry. */
const namePattern = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type Named = Pick<CommandDefinition, 'name' | 'name_localizations' | 'description' | 'description_localizations'> & { options?: Named[] };
/** Commands and their options, down through subcommand groups and subcommands. */
const within = (item: Named): Named[] => [item, ...(item.options ?? []).flatMap(within)];
const everything = (): Named[] => body.flatMap((command) => within(command as Named));

/** What Discord counts against a command's 4000 characters, in one locale: names, descriptions, choices' names and values. */
function characters(item: Record<string, unknown>, locale: 'en' | 'sv'): number {
  const inLocale = (key: 'name' | 'description') =>
    String((locale === 'sv' ? (item[`${key}_localizations`] as Record<string, string> | undefined)?.['sv-SE'] : undefined) ?? item[key] ?? '');
  const nested = [...((item.options as Array<Record<string, unknown>>) ?? []), ...((item.choices as Array<Record<string, unknown>>) ?? [])];
  return inLocale('name').length + inLocale('description').length + String(item.value ?? '').length + nested.reduce((sum, child) => sum + characters(child, locale), 0);
}

describe('command registration', () => {
  it.each(body.map((command) => [command.name, command] as const))('/%s passes ApplicationCommandUpdateRequest', (_, command) => {
    expect(schemaErrors('ApplicationCommandUpdateRequest', command)).toEqual([]);
  });

  it('lists the commands of the issues', () => {
    expect(body.map((command) => command.name)).toEqual(['ask', 'when', 'timeline', 'barometer', 'quiz', 'sources', 'help', 'admin']);
  });

  it('names everything in lower case by Discord’s rules, in English and Swedish', () => {
    for (const item of everything()) {
      for (const name of [item.name, item.name_localizations?.['sv-SE']]) {
        expect(name).toMatch(namePattern);
        expect(name).toBe(name?.toLowerCase());
      }
    }
  });

  it('localizes every name and description for sv-SE, within 1 to 100 characters', () => {
    for (const item of everything()) {
      expect(Object.keys(item.name_localizations ?? {})).toEqual(['sv-SE']);
      for (const description of [item.description, item.description_localizations?.['sv-SE']]) {
        expect(description?.length).toBeGreaterThan(0);
        expect(description?.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('stays within Discord’s 4000 characters of names, descriptions and values per command, in each locale', () => {
    for (const command of body) {
      for (const locale of ['en', 'sv'] as const) expect(characters(command as unknown as Record<string, unknown>, locale)).toBeLessThanOrEqual(4000);
    }
  });

  it('shows /admin only to members with Manage Server, and only in servers', () => {
    const admin = body.find((command) => command.name === 'admin');
    expect(admin?.default_member_permissions).toBe(32);
    expect(admin?.contexts).toEqual([0]);
  });

  it('has options with unique names, at most 25, and required ones first', () => {
    for (const command of body) {
      const options = command.options ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      expect(new Set(options.map((option) => option.name)).size).toBe(options.length);
      const required = options.map((option) => ('required' in option && option.required) === true);
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
  });
});

describe('npm run deploy-commands', () => {
  let discord: DiscordDouble;
  beforeAll(async () => {
    discord = await DiscordDouble.start({ applicationId });
  });
  afterAll(() => discord.close());

  it('--dry-run prints the body it would send, which passes the schema, without credentials', async () => {
    const app = startApp({}, 'scripts/deploy-commands.ts', ['--dry-run']);
    expect(await app.exited).toBe(0);
    const printed = JSON.parse(app.stdout()) as unknown[];
    expect(printed).toEqual(body);
    for (const command of printed) expect(schemaErrors('ApplicationCommandUpdateRequest', command)).toEqual([]);
  });

  it('registers globally with the bot token', async () => {
    expect(await deployCommands({ token: 'tok', applicationId, apiUrl: discord.apiUrl })).toBe(8);
    const put = await discord.waitForRequest((request) => request.method === 'PUT');
    expect(put.path).toBe(`/applications/${applicationId}/commands`);
    expect(put.headers.authorization).toBe('Bot tok');
    expect(put.body).toEqual(body);
  });

  it('registers to DISCORD_GUILD_ID when it is set, and says where', async () => {
    const app = startApp(
      { DISCORD_TOKEN: 'tok', DISCORD_APPLICATION_ID: applicationId, DISCORD_GUILD_ID: '223456789012345678', DISCORD_API_URL: discord.apiUrl },
      'scripts/deploy-commands.ts',
    );
    expect(await app.exited).toBe(0);
    expect(app.stdout()).toBe('Registered 8 commands to server 223456789012345678.\n');
    expect(discord.registeredCommands.get('223456789012345678')).toHaveLength(8);
  });

  it('explains what is missing instead of failing with a stack trace', async () => {
    const app = startApp({}, 'scripts/deploy-commands.ts');
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toBe(
      'deploy-commands: Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register commands (or pass --dry-run).\n',
    );
  });
});
