import { Writable } from 'node:stream';
import type { Client } from 'discord.js';
import { createBot, type Bot } from '../../../src/discord/adapter/bot.ts';
import { channelQuizSessions } from '../../../src/discord/adapter/channel.ts';
import type { Services } from '../../../src/discord/commands/types.ts';
import { InMemoryFeedbackSink } from '../../../src/discord/feedback.ts';
import type { RateLimiter } from '../../../src/discord/rateLimit.ts';
import type { Engine } from '../../../src/engine.ts';
import { createLogger } from '../../../src/log.ts';
import type { Moderation } from '../../../src/moderation/index.ts';
import type { QuizSessionsOptions } from '../../../src/quiz-sessions/service.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { DiscordDouble, type DiscordDoubleOptions } from '../double/index.ts';

export const testToken = 'MTAx.fake-bot-token.for-tests-only';

/** Log lines as the bot wrote them, parsed. */
export class LogLines extends Writable {
  readonly raw: string[] = [];

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.raw.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }

  get entries(): Array<Record<string, unknown>> {
    return this.raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

export interface RunningBot {
  discord: DiscordDouble;
  bot: Bot;
  services: Services & { feedback: InMemoryFeedbackSink };
  logs: LogLines;
  stop(): Promise<void>;
}

/** The real discord.js bot connected to a fresh Discord double. */
export interface BotExtras {
  askLimiter?: RateLimiter;
  double?: DiscordDoubleOptions;
  /** A double already running, as a restarted bot finds Discord; stop() leaves it running. */
  discord?: DiscordDouble;
  moderation?: Moderation;
  quizStore?: QuizStore;
  /** Quizzes in channels, on this store and clock, posted through the bot's REST. */
  quizSessions?: Omit<QuizSessionsOptions, 'table' | 'logger'>;
}

export async function startBot(engine: Engine, { askLimiter, double, discord: running, moderation, quizStore, quizSessions }: BotExtras = {}): Promise<RunningBot> {
  const discord = running ?? (await DiscordDouble.start(double));
  const logs = new LogLines();
  const logger = createLogger({ level: 'debug', destination: logs, secrets: [testToken] });
  const services: RunningBot['services'] = { engine, feedback: new InMemoryFeedbackSink(), ...(askLimiter && { askLimiter }), ...(moderation && { moderation }), ...(quizStore && { quizStore }) };
  const withQuizzes = (client: Client) => Object.assign(services, quizSessions && { quizSessions: channelQuizSessions(client, async () => engine, { ...quizSessions, logger }) });
  const bot = createBot({ token: testToken, apiUrl: discord.apiUrl, services: withQuizzes, logger, drainMs: 2_000 });
  await bot.start();
  return {
    discord,
    bot,
    services,
    logs,
    async stop() {
      await bot.stop();
      if (!running) await discord.close();
    },
  };
}
