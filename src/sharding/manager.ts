import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import { entryPoint, runsCompiled } from '../entry-points.ts';
import type { Logger } from '../log.ts';

export interface ShardsOptions {
  token: string;
  /** REST base URL other than Discord's (a test double): asked for the shard count and given to every shard. */
  apiUrl?: string | undefined;
  /** 'auto': as many as Discord's GET /gateway/bot recommends. */
  shardCount: number | 'auto';
  logger: Logger;
  /** How long a shard may take to load its corpus and connect before starting fails. */
  readyTimeoutMs?: number;
}

export interface Shards {
  manager: ShardingManager;
  /** Starts every shard, one after another, as fast as Discord lets them identify. */
  start(): Promise<void>;
  /** Stops every shard gracefully (SIGTERM, each answers what it is answering) and starts none again. */
  stop(): Promise<void>;
}

/** Each shard is the unsharded bot: `npm start` with the shard's id and count in its environment. */
const botEntry = entryPoint('main');

// Discord lets max_concurrency shards identify every 5 s; discord.js keeps half a second to spare.
const identifyWindowMs = 5_500;

/** discord.js's ShardingManager running the bot's entry point in one process per shard. */
export function createShards({ token, apiUrl, shardCount, logger, readyTimeoutMs = 60_000 }: ShardsOptions): Shards {
  const manager = new ShardingManager(botEntry, { token, execArgv: runsCompiled ? [] : ['--import', import.meta.resolve('tsx')] });
  let stopping = false;

  manager.on('shardCreate', (shard) => {
    // A shard's environment is a copy of the manager's process environment: the API URL the
    // manager was given (perhaps from .env, which stays out of it) goes with the token.
    if (apiUrl) Object.assign(shard.env as NodeJS.ProcessEnv, { DISCORD_API_URL: apiUrl });
    shard.on('death', (child) => {
      if (stopping) return;
      const code = 'exitCode' in child ? child.exitCode : undefined;
      logger.warn({ shard: shard.id, code }, 'shard exited; starting it again');
    });
    // A failed respawn is reported here; without a listener it would crash the manager.
    shard.on('error', (err) => {
      if (!stopping) logger.error({ shard: shard.id, err }, 'shard failed to start again');
    });
  });

  async function stopShard(shard: Shard): Promise<void> {
    const child = shard.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }

  const shards: Shards = {
    manager,
    async start() {
      const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
      const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
      const count = shardCount === 'auto' ? gateway.shards : shardCount;
      const spacingMs = Math.ceil(identifyWindowMs / gateway.session_start_limit.max_concurrency);
      manager.totalShards = count;
      manager.shardList = [...Array(count).keys()];
      logger.info({ shards: count, recommended: gateway.shards }, 'starting shards');
      try {
        for (const id of manager.shardList) {
          if (id > 0) await sleep(spacingMs);
          if (stopping) return;
          await manager.createShard(id).spawn(readyTimeoutMs);
        }
      } catch (error) {
        // Stopping while a shard starts makes its spawn fail: that is no failure to start.
        if (stopping) return;
        await shards.stop();
        throw error;
      }
      logger.info({ shards: count }, 'every shard connected');
    },
    async stop() {
      stopping = true;
      manager.respawn = false;
      await Promise.all(manager.shards.map(stopShard));
      logger.info({ shards: manager.shards.size }, 'shards stopped');
    },
  };
  return shards;
}
