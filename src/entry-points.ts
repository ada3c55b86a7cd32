import { fileURLToPath } from 'node:url';

/** Set to true by the build (scripts/build.mjs) in the compiled bundles; undeclared when the TypeScript sources run. */
declare const RELATIONS_BOT_COMPILED: true | undefined;

/** Whether this code runs from the compiled bundles in dist/ rather than from the sources through tsx. */
export const runsCompiled = typeof RELATIONS_BOT_COMPILED !== 'undefined';

/**
 * Another entry point of the bot (a shard's process, the build worker), run the way this code
 * runs: its bundle in dist/ when compiled, else its TypeScript source, which needs tsx.
 */
export function entryPoint(name: 'main' | 'build-worker'): string {
  return fileURLToPath(new URL(runsCompiled ? `../dist/${name}.js` : `./${SOURCES[name]}.ts`, import.meta.url));
}

/** The source of each entry point (scripts/compiled.mjs lists the bundles made of them). */
const SOURCES = { main: 'main', 'build-worker': 'knowledge/build-worker' } as const;
