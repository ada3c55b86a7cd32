import { constants, type Stats } from 'node:fs';
import { access, mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** How long the file system may take to answer about the path: a hung network mount fails, it does not hang. */
const FILE_SYSTEM_TIMEOUT_MS = 5_000;

/** What every SQLite database file starts with. */
const HEADER = 'SQLite format 3\u0000';

/** The path cannot hold a SQLite database; the message says why, in words. */
export class SqlitePathError extends Error {
  override name = 'SqlitePathError';
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

function kindOf(stats: Stats): string {
  if (stats.isFile()) return 'a file';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isFIFO()) return 'a pipe';
  if (stats.isSocket()) return 'a socket';
  return 'something else than a file';
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    // Not there, or a file stands where a folder of the path should be: the walk up says which.
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return null;
    throw new SqlitePathError(`cannot look at ${path} (${codeOf(error)})`);
  }
}

/**
 * Makes the missing folders of `folder` one at a time from the nearest one that exists, so that
 * a folder that cannot be made fails with its reason (node's recursive mkdir loops forever on
 * some paths, such as one under /proc).
 */
async function makeFolders(folder: string): Promise<void> {
  const found = await statOrNull(folder);
  if (found) {
    if (!found.isDirectory()) throw new SqlitePathError(`${folder} is ${kindOf(found)}, not a folder`);
    return;
  }
  const parent = dirname(folder);
  if (parent === folder) throw new SqlitePathError(`${folder} does not exist`);
  await makeFolders(parent);
  try {
    await mkdir(folder);
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw new SqlitePathError(`cannot create the folder ${folder} (${codeOf(error)})`);
  }
}

async function writable(path: string, what: string): Promise<void> {
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new SqlitePathError(`${what} ${path} cannot be written (${codeOf(error)})`);
  }
}

async function check(path: string): Promise<void> {
  const found = await statOrNull(path);
  if (!found) {
    await makeFolders(dirname(path));
    await writable(dirname(path), 'the folder');
    return;
  }
  if (!found.isFile()) throw new SqlitePathError(`${path} is ${kindOf(found)}, not a database file`);
  await writable(path, 'the file');
  if (found.size === 0) return;
  const file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(HEADER.length), 0, HEADER.length, 0);
    if (buffer.subarray(0, bytesRead).toString('latin1') !== HEADER) throw new SqlitePathError(`${path} is not a SQLite database (another kind of file is there)`);
  } finally {
    await file.close();
  }
}

/**
 * Checks before SQLite opens it that `path` can hold the database: an existing regular file that
 * is a SQLite database and can be written, or a place where one can be created (its folders are
 * made). Every refusal says why; a file system that does not answer fails after a few seconds.
 */
export async function prepareSqlitePath(path: string): Promise<void> {
  if (path === ':memory:') return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SqlitePathError(`the file system did not answer about ${path} within ${FILE_SYSTEM_TIMEOUT_MS / 1000} s`)), FILE_SYSTEM_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(path), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
