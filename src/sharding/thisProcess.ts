/**
 * The shard this process runs, when discord.js's ShardingManager forked it: the manager passes
 * SHARDING_MANAGER and SHARDS (the shard's id) in the environment. Undefined otherwise.
 */
export function shardOfThisProcess(vars: NodeJS.ProcessEnv = process.env): number | undefined {
  if (!vars.SHARDING_MANAGER || vars.SHARDS === undefined) return undefined;
  const id = Number(vars.SHARDS);
  return Number.isInteger(id) ? id : undefined;
}
