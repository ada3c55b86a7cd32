import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Events, GatewayIntentBits, RESTEvents, ShardClientUtil } from 'discord.js';
import type { Logger } from '../../log.ts';
import type { Services } from '../commands/types.ts';
import { noMentions } from './payload.ts';
import { interactionHandler } from './interactions.ts';

export interface BotOptions {
  token: string;
  /** REST base URL other than Discord's (a test double); the gateway URL then comes from it too. */
  apiUrl?: string | undefined;
  /** Or how to make them from the client (quiz sessions post through its REST). */
  services: Services | ((client: Client) => Services);
  logger: Logger;
  /** How long stop() waits for interactions being answered. */
  drainMs?: number;
}

export interface Bot {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createBot({ token, apiUrl, services: given, logger, drainMs = 10_000 }: BotOptions): Bot {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: noMentions,
    rest: {
      ...(apiUrl && { api: apiUrl }),
      // Discord exempts interaction endpoints (callbacks, and edits and follow-ups with the
      // interaction's token) from the global 50/s limit; discord.js exempts only callbacks, which
      // would queue the answers of a busy minute. All this bot's requests are interaction requests,
      // and a real 429 is still obeyed.
      globalRequestsPerSecond: 1_000,
    },
  });
  const services = typeof given === 'function' ? given(client) : given;
  const handle = interactionHandler({ services, logger });
  const inFlight = new Set<Promise<void>>();

  client.on(Events.InteractionCreate, (interaction) => {
    const handling = handle(interaction);
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, ({ code }, shard) => logger.warn({ shard, code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));
  client.rest.on(RESTEvents.RateLimited, ({ route, method, timeToReset, global }) =>
    logger.warn({ route, method, timeToReset, global }, 'REST rate limit reached'),
  );

  return {
    client,
    async start() {
      await Promise.all([once(client, Events.ClientReady), client.login(token)]);
      logger.info({ user: client.user?.id, shards: client.ws.shards.size }, 'connected to Discord');
      await services.quizSessions?.recover((guildId) => servesGuild(client, guildId)).catch((err: unknown) => logger.error({ err }, 'quizzes left running could not be ended'));
    },
    async stop() {
      // Answer what is already being answered, within reason, before closing the connection.
      await Promise.race([Promise.allSettled([...inFlight]), sleep(drainMs, undefined, { ref: false })]);
      await services.quizSessions?.close().catch((err: unknown) => logger.error({ err }, 'running quizzes could not be ended'));
      await client.destroy();
      logger.info({ unfinished: inFlight.size }, 'disconnected from Discord');
    },
  };
}

/** Whether a server's events come to this process: with shards, to one of its own. */
function servesGuild(client: Client, guildId: string | null): boolean {
  if (guildId === null) return false;
  const shards = client.options.shards;
  return !Array.isArray(shards) || shards.includes(ShardClientUtil.shardIdForGuildId(guildId, client.options.shardCount ?? 1));
}
