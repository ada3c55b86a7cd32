/**
 * Registers the slash commands, apart from the bot: globally, or to DISCORD_GUILD_ID for a test
 * server. `--dry-run` prints the body it would send and needs no credentials.
 */
import { parseArgs } from 'node:util';
import { loadEnv } from '../src/config/env.ts';
import { deployCommands, registrationBody } from '../src/discord/deploy.ts';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });

async function main(): Promise<void> {
  if (values['dry-run']) {
    console.log(JSON.stringify(registrationBody(), null, 2));
    return;
  }
  const env = loadEnv();
  if (!env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) {
    throw new Error('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register commands (or pass --dry-run).');
  }
  const count = await deployCommands({
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    guildId: env.DISCORD_GUILD_ID,
    apiUrl: env.DISCORD_API_URL,
  });
  console.log(`Registered ${count} commands ${env.DISCORD_GUILD_ID ? `to server ${env.DISCORD_GUILD_ID}` : 'globally'}.`);
}

main().catch((error: unknown) => {
  // A message, not a stack: this runs by hand, and an error from Discord says what is wrong.
  console.error(`deploy-commands: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
