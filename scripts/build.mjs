// `npm run build`: each entry point of the bot bundled into one JavaScript file in dist/ (with
// esbuild), so that a command starts without loading and transpiling some two hundred modules,
// then dist/ stamped with the sources it was made from. Does nothing when dist/ is current.
// npm ci (prepare), npm start and npm test run it; the launcher runs the TypeScript sources
// through tsx while dist/ is out of date, so an outdated build is never run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMPILED, ENTRY_POINTS, SOURCES, STAMP, compiledIsCurrent, sourcesStamp } from './compiled.mjs';

/** Packages that stay outside the bundles: native code, optional native add-ons, and discord.js's tree of optional ones. */
const EXTERNAL = ['better-sqlite3', '@napi-rs/canvas', 'pg-native', 'discord.js', '@discordjs/*', 'zlib-sync', 'bufferutil', 'utf-8-validate'];

/**
 * Every module keeps its own location: `import.meta.url` in a bundled module is the URL of its
 * source file, so what it finds beside itself (data/, var/, migrations, fonts) is what the
 * sources find. Every output file is in a folder of the project's top level (dist/, var/), so the
 * way back to src/ is the same from each.
 */
const ownLocations = {
  name: 'own-locations',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const fromOutput = `../src/${relative(SOURCES, path).split(sep).join('/')}`;
      const url = `new URL(${JSON.stringify(fromOutput)}, import.meta.url).href`;
      return { contents: source.replace(/\bimport\.meta\.url\b/gu, url), loader: 'ts' };
    });
  },
};

/** How the bot's code is bundled: for dist/, and for what must run as the bot runs (the core bench). */
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  define: { RELATIONS_BOT_COMPILED: 'true' },
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [ownLocations],
  logLevel: 'warning',
};

/**
 * Bundles the entry points into dist/: one file each, and chunks for what they share or load
 * only when needed (the engine, the database drivers, the pictures), so that a command parses
 * and runs only what it uses.
 */
export async function build() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, source]) => [name, join(SOURCES, `${source}.ts`)])),
    outdir: COMPILED,
    chunkNames: 'chunk-[hash]',
    splitting: true,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !compiledIsCurrent()) {
  const stamp = sourcesStamp();
  // No stamp while half built: a command started meanwhile runs the sources instead.
  rmSync(COMPILED, { recursive: true, force: true });
  mkdirSync(COMPILED, { recursive: true });
  try {
    await build();
  } catch {
    console.error('relations-bot: bundling src/ failed; commands run from the TypeScript sources');
    process.exit(1);
  }
  writeFileSync(STAMP, stamp);
}
