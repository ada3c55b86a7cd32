import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LayerSource } from '../persist/layer-state.ts';
import type { LayerBuilder } from './builder.ts';

export interface BuildWorkerData {
  dataDir: string | undefined;
  stateDir: string | false;
}

export interface BuildRequest {
  id: number;
  key: string;
  source: LayerSource;
}

export type BuildReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

/** How long a worker with nothing to build is kept (it holds its own copy of the bundled knowledge). */
const IDLE_MS = 60_000;

/**
 * Builds servers' layers on a worker thread, so that a large server's first question never stops
 * the bot answering everyone else: one worker, one build at a time in the order asked, started
 * when first needed and stopped when idle. A worker that fails fails the builds it held; the next
 * question starts another.
 */
export class WorkerBuilder implements LayerBuilder {
  #worker: Worker | undefined;
  readonly #pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  #next = 0;
  #idle: NodeJS.Timeout | undefined;

  constructor(private readonly data: BuildWorkerData) {}

  build(key: string, source: LayerSource): Promise<Uint8Array> {
    const worker = this.#running();
    clearTimeout(this.#idle);
    worker.ref();
    const id = (this.#next += 1);
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ id, key, source } satisfies BuildRequest);
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.#idle);
    await this.#worker?.terminate();
  }

  #running(): Worker {
    if (this.#worker) return this.#worker;
    const worker = startWorker(this.data);
    worker.on('message', (reply: BuildReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.bytes);
      if (this.#pending.size > 0) return;
      // Idle, it keeps no process alive: a one-shot command ends when its work does.
      worker.unref();
      this.#idle = setTimeout(() => void this.close(), IDLE_MS).unref();
    });
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = undefined;
      for (const { reject } of this.#pending.values()) reject(error);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`relations-bot: the build worker stopped (exit code ${code})`)));
    this.#worker = worker;
    return worker;
  }
}

/** The worker runs the same code as this module: compiled JavaScript, or TypeScript through tsx. */
function startWorker(data: BuildWorkerData): Worker {
  const here = fileURLToPath(import.meta.url);
  const entry = new URL(`./build-worker${extname(here)}`, import.meta.url);
  if (extname(here) !== '.ts') return new Worker(entry, { workerData: data });
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}
