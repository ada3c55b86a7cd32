import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { z } from 'zod';
import { urlSecrets } from './secrets.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  // An empty line in .env (`DISCORD_GUILD_ID=`) means "not set", not "invalid".
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

const shardCount = z
  .string()
  .trim()
  .regex(/^(auto|[1-9]\d*)$/, 'must be a positive whole number or auto')
  .transform((value) => (value === 'auto' ? value : Number(value)));

/** A URL node-postgres can read: the protocol, a host, and user, password and database that decode. */
function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    for (const part of [url.username, url.password, url.pathname]) decodeURIComponent(part);
    return /^postgres(?:ql)?:$/u.test(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

const envSchema = z.object({
  DISCORD_TOKEN: optional(z.string().trim().min(1)),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/ })),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
  DATABASE_PATH: optional(z.string().trim().min(1)),
  // The message never echoes the value: the URL may carry a password.
  DATABASE_URL: optional(z.string().refine(isPostgresUrl, { error: 'must be a postgres:// or postgresql:// URL with a host, its user and password %-escaped' })),
  SHARD_COUNT: optional(shardCount),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = 'EnvError';
}

/** Validates variables without echoing their values: one of them is a secret. */
export function parseEnv(vars: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(vars);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new EnvError(`invalid environment: ${problems.join('; ')}`);
}

/** Where moderators' changes are kept when DATABASE_PATH is not set: in the git-ignored `var/`. */
export const DEFAULT_DATABASE_PATH = fileURLToPath(new URL('../../var/relations-bot.sqlite', import.meta.url));

export function databasePath(env: Env): string {
  return env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
}

/** What must never reach a log line from DATABASE_URL: the URL itself and its password, as written and decoded. */
export function databaseSecrets(env: Env): string[] {
  return env.DATABASE_URL ? urlSecrets(env.DATABASE_URL) : [];
}

/** How many shards `npm run start:sharded` runs: 'auto' asks Discord how many it recommends. */
export function shardCountOf(env: Env): number | 'auto' {
  return env.SHARD_COUNT ?? 'auto';
}

let cached: Env | undefined;

/** The process environment with `.env` underneath it, read once. */
export function loadEnv(): Env {
  if (!cached) {
    const vars: Record<string, string | undefined> = { ...process.env };
    dotenv.config({ quiet: true, processEnv: vars as Record<string, string> });
    cached = parseEnv(vars);
  }
  return cached;
}
