import type { Client } from 'discord.js';
import { pino } from 'pino';
import { databasePath, databaseSecrets, loadEnv } from './config/env.ts';
import { runConsole } from './console/console.ts';
import { createBot } from './discord/adapter/bot.ts';
import { channelQuizSessions } from './discord/adapter/channel.ts';
import { StoredFeedbackSink } from './discord/feedback.ts';
import { askRateLimiter } from './discord/rateLimit.ts';
import { openKnowledge } from './knowledge/open.ts';
import { onShutdown, reportStartFailure } from './lifecycle.ts';
import { createLogger } from './log.ts';
import { shardOfThisProcess } from './sharding/thisProcess.ts';

async function main(): Promise<void> {
  const env = loadEnv();
  const token = env.DISCORD_TOKEN;
  // In the console, stdout is the conversation: logs go to stderr.
  const logger = createLogger({
    level: env.LOG_LEVEL,
    secrets: [token, ...databaseSecrets(env)],
    destination: pino.destination(token ? 1 : 2),
    shard: shardOfThisProcess(),
  });
  // A stray rejection inside discord.js or a handler is logged, not a reason to stop answering everyone.
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
  const knowledge = await openKnowledge({
    databasePath: databasePath(env),
    databaseUrl: env.DATABASE_URL,
    onSkipped: (guild, events) => logger.warn({ guild, events }, 'changes name events no longer there; skipped'),
    onLayer: (guild, { from, ms }) => logger.info({ guild, from, ms }, "server's knowledge ready"),
    // The bot serves many servers at once: one server's large build must not stop the others' answers.
    build: token ? 'worker' : 'thread',
  });
  const engine = knowledge.bundled;
  const feedback = new StoredFeedbackSink(knowledge.store);
  const moderation = knowledge.moderation;

  if (token) {
    // discord.js reads SHARD_COUNT as its own count: outside start:sharded it is that command's
    // setting ('auto' or empty would stop the client), and npm start runs one shard.
    if (shardOfThisProcess() === undefined) delete process.env.SHARD_COUNT;
    const services = { engine, feedback, moderation, quizStore: knowledge.store, askLimiter: askRateLimiter() };
    const engineFor = (guildId: string | null) => knowledge.engines.engineFor(guildId);
    const withQuizzes = (client: Client) => ({ ...services, quizSessions: channelQuizSessions(client, engineFor, { store: knowledge.store, logger }) });
    const bot = createBot({ token, apiUrl: env.DISCORD_API_URL, services: withQuizzes, logger });
    onShutdown(logger, async () => {
      await bot.stop();
      await knowledge.close();
    });
    await bot.start();
  } else {
    const stopped = new AbortController();
    onShutdown(logger, async () => stopped.abort());
    const interactive = process.stdin.isTTY === true;
    await runConsole({ services: { engine, feedback, moderation, quizStore: knowledge.store }, logger, input: process.stdin, output: process.stdout, interactive, signal: stopped.signal, guildId: env.DISCORD_GUILD_ID ?? null });
    await knowledge.close();
  }
}

main().catch(reportStartFailure);
