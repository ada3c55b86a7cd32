import { EnvError, loadEnv, shardCountOf } from './config/env.ts';
import { onShutdown, reportStartFailure } from './lifecycle.ts';
import { createLogger } from './log.ts';
import { createShards } from './sharding/manager.ts';

/** `npm run start:sharded`: the bot in one process per shard, for more servers than one process serves. */
async function main(): Promise<void> {
  const env = loadEnv();
  const token = env.DISCORD_TOKEN;
  if (!token) throw new EnvError('sharding needs DISCORD_TOKEN (without a token, `npm start` opens the local console)');
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: [token] });
  const shards = createShards({ token, apiUrl: env.DISCORD_API_URL, shardCount: shardCountOf(env), logger });
  onShutdown(logger, () => shards.stop());
  await shards.start();
}

main().catch(reportStartFailure);
