import { createEngine, type Engine } from '../../../src/engine.ts';

let engine: Promise<Engine> | undefined;

/** The real engine on the bundled corpus, built once; the end-to-end tests read their expectations from it. */
export function e2eEngine(): Promise<Engine> {
  engine ??= createEngine();
  return engine;
}
