import { pino } from 'pino';
import { databasePath, EnvError, loadEnv } from './config/env.ts';
import { runConsole } from './console/console.ts';
import { createBot } from './discord/adapter/bot.ts';
import { StoredFeedbackSink } from './discord/feedback.ts';
import { askRateLimiter } from './discord/rateLimit.ts';
import { openKnowledge } from './knowledge/open.ts';
import { createLogger, type Logger } from './log.ts';

async function main(): Promise<void> {
  const env = loadEnv();
  const token = env.DISCORD_TOKEN;
  // In the console, stdout is the conversation: logs go to stderr.
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: [token], destination: pino.destination(token ? 1 : 2) });
  // A stray rejection inside discord.js or a handler is logged, not a reason to stop answering everyone.
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
  const knowledge = await openKnowledge({
    databasePath: databasePath(env),
    onSkipped: (guild, events) => logger.warn({ guild, events }, 'changes name events no longer there; skipped'),
  });
  const engine = knowledge.bundled;
  const feedback = new StoredFeedbackSink(knowledge.store);
  const moderation = knowledge.moderation;

  if (token) {
    const services = { engine, feedback, moderation, askLimiter: askRateLimiter() };
    const bot = createBot({ token, apiUrl: env.DISCORD_API_URL, services, logger });
    onShutdown(logger, async () => {
      await bot.stop();
      await knowledge.close();
    });
    await bot.start();
  } else {
    const stopped = new AbortController();
    onShutdown(logger, async () => stopped.abort());
    const interactive = process.stdin.isTTY === true;
    await runConsole({ services: { engine, feedback, moderation }, logger, input: process.stdin, output: process.stdout, interactive, signal: stopped.signal });
    await knowledge.close();
  }
}

/** SIGINT or SIGTERM stops gracefully; a second one stops at once. */
function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

main().catch((error: unknown) => {
  // Configuration mistakes read as a message; anything else is summarised, never dumped as a stack.
  const message = error instanceof EnvError || error instanceof Error ? error.message : String(error);
  console.error(`relations-bot could not start: ${message}`);
  process.exitCode = 1;
});
