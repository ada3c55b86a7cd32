// What `npm run build` makes and the launcher runs: the entry points bundled into dist/, and a
// stamp of what they were made from. Plain JavaScript, so that nothing has to be
// compiled or transpiled before it can tell whether the compiled code is current.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SOURCES = join(ROOT, 'src');
export const COMPILED = join(ROOT, 'dist');
export const STAMP = join(COMPILED, '.sources');
/** The bundles in dist/, by name, and the source of each: a program, or the build worker. */
export const ENTRY_POINTS = { main: 'main', sharded: 'sharded', cli: 'cli/main', 'build-worker': 'knowledge/build-worker' };
/** Besides src/: the packages bundled in (their versions are in the lock file) and how they are bundled. */
const ALSO = ['package-lock.json', 'scripts/build.mjs'];

/**
 * A hash of every file under src/ (its path, size and modification time), the lock file and the
 * build script: it changes with any edit, checkout, new file or package update, and costs a few
 * milliseconds.
 */
export function sourcesStamp() {
  const hash = createHash('sha256');
  const files = readdirSync(SOURCES, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
  for (const file of [...files, ...ALSO.map((name) => join(ROOT, name))]) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file.slice(ROOT.length)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** Whether dist/ was compiled from the sources as they are now. */
export function compiledIsCurrent() {
  try {
    return readFileSync(STAMP, 'utf8') === sourcesStamp();
  } catch {
    return false;
  }
}

/** The module URL of an entry point (`main`, `cli`, `sharded`): its bundle when current, else its TypeScript source. */
export function entryUrl(name, compiled = compiledIsCurrent()) {
  const source = ENTRY_POINTS[name];
  if (source === undefined) throw new Error(`relations-bot: no entry point "${name}" (entry points: ${Object.keys(ENTRY_POINTS).join(', ')})`);
  return pathToFileURL(compiled ? join(COMPILED, `${name}.js`) : join(SOURCES, `${source}.ts`)).href;
}
