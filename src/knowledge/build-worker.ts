import { parentPort, workerData } from 'node:worker_threads';
import { loadEngineBase } from '../engine.ts';
import { inThreadBuilder } from './builder.ts';
import type { BuildReply, BuildRequest, BuildWorkerData } from './worker-builder.ts';

/**
 * The worker thread that builds servers' layers: it loads the bundled knowledge once (from the
 * saved state, as the bot does) and builds one layer at a time, in the order asked.
 */
const { dataDir, stateDir } = workerData as BuildWorkerData;
const builder = inThreadBuilder(await loadEngineBase(dataDir, { stateDir }));
const port = parentPort;

port?.on('message', (request: BuildRequest) => {
  builder.build(request.key, request.source).then(
    (built) => {
      // Sent without a copy: a fresh buffer of its own, never a slice of a shared pool.
      const bytes = built.byteOffset === 0 && built.byteLength === built.buffer.byteLength ? built : built.slice();
      port.postMessage({ id: request.id, bytes } satisfies BuildReply, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies BuildReply),
  );
});
