const discordEpoch = 1_420_070_400_000n;
let increment = 0n;

/** A Discord id made now: discord.js reads an interaction's age from it (the 15-minute token). */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return ((BigInt(at) - discordEpoch) << 22n | increment).toString();
}

/** Which of `shardCount` gateway connections Discord sends a guild's events to. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
