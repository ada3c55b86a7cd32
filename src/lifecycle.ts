import type { Logger } from './log.ts';
import { shardOfThisProcess } from './sharding/thisProcess.ts';

/**
 * SIGINT or SIGTERM stops gracefully; a second one stops at once.
 * A shard of the ShardingManager stops on the manager's SIGTERM alone: Ctrl+C reaches every process
 * of the terminal's group, and a shard that took it too would read the manager's SIGTERM as the
 * second signal and drop the answers it is still giving.
 */
export function onShutdown(logger: Logger, stop: () => Promise<void>): void {
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
  const leftToManager = () => logger.debug('SIGINT: the sharding manager stops this shard');
  process.on('SIGINT', shardOfThisProcess() === undefined ? handler : leftToManager);
  process.on('SIGTERM', handler);
}

/** Configuration mistakes read as a message; anything else is summarised, never dumped as a stack. */
export function reportStartFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`relations-bot could not start: ${message}`);
  process.exitCode = 1;
  // A shard's channel to its sharding manager would keep it running: close it so the process ends.
  if (process.connected) process.disconnect();
}
