import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: LevelWithSilent;
  /** Defaults to stdout. */
  destination?: DestinationStream;
  /** Strings that must never appear in a log line (the bot token). */
  secrets?: readonly (string | undefined)[];
  /** The shard this process runs under the ShardingManager: every line carries it. */
  shard?: number | undefined;
}

// Interaction tokens travel in REST paths; an error from discord.js quotes its URL.
const tokenInPath = /(\/(?:interactions|webhooks)\/\d+\/)[\w.-]+/g;

export function scrub(text: string, secrets: readonly (string | undefined)[] = []): string {
  let clean = text.replace(tokenInPath, '$1[token]');
  for (const secret of secrets) {
    if (secret) clean = clean.split(secret).join('[secret]');
  }
  return clean;
}

interface ErrorSummary {
  type: string;
  message: string;
  code?: unknown;
  status?: unknown;
  method?: unknown;
  url?: unknown;
  cause?: ErrorSummary;
}

/** An error without its stack: logs say what failed and where it was going, never the frames. */
export function summarizeError(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const { code, status, method, url } = error as Error & Record<string, unknown>;
  return {
    type: error.name,
    message: error.message,
    ...(code !== undefined && { code }),
    ...(status !== undefined && { status }),
    ...(method !== undefined && { method }),
    ...(typeof url === 'string' && { url }),
    ...(error.cause !== undefined && { cause: summarizeError(error.cause) }),
  };
}

export function createLogger({ level, destination, secrets = [], shard }: LoggerOptions): Logger {
  const logger = pino(
    {
      level,
      serializers: { err: summarizeError },
      redact: { paths: ['token', '*.token', '*.*.token', 'headers.authorization'], censor: '[redacted]' },
      // The last line of defence: whatever a field holds, the written line is scrubbed.
      hooks: { streamWrite: (line) => scrub(line, secrets) },
    },
    destination ?? pino.destination(1),
  );
  return shard === undefined ? logger : logger.child({ shard });
}
