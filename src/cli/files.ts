import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { UsageError } from './command.ts';

export interface ReadLimit {
  bytes: number;
  /** Throws the refusal of a file of `size` bytes, over the limit. */
  refuse(size: number): never;
}

const CHUNK = 64 * 1024;

function notAFile(path: string, stats: Stats): UsageError {
  const what =
    stats.isDirectory() ? 'a folder'
    : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device'
    : stats.isFIFO() ? 'a pipe'
    : stats.isSocket() ? 'a socket'
    : 'not a regular file';
  return new UsageError(`"${path}" is ${what}, not a file: give the path of a .txt, .md or .json file`);
}

/**
 * The bytes of a regular file within `limit`, judged by its stat before a byte is read: a folder,
 * a device (/dev/zero, /dev/urandom), a pipe or a file over the limit is refused at once. The file
 * is opened without waiting (a pipe swapped in meanwhile cannot block) and read in chunks up to one
 * byte past the limit, so a file that grows while read is refused too, never swallowed.
 */
export async function readRegularFile(path: string, limit: ReadLimit): Promise<Uint8Array> {
  const cannot = (error: unknown) => new UsageError(`cannot read the file "${path}" (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  const before = await stat(path).catch((error: unknown) => {
    throw cannot(error);
  });
  if (!before.isFile()) throw notAFile(path, before);
  if (before.size > limit.bytes) limit.refuse(before.size);
  const file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((error: unknown) => {
    throw cannot(error);
  });
  try {
    const opened = await file.stat();
    if (!opened.isFile()) throw notAFile(path, opened);
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const { bytesRead, buffer } = await file.read(Buffer.alloc(CHUNK), 0, CHUNK, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      length += bytesRead;
      if (length > limit.bytes) limit.refuse(length);
    }
    return Buffer.concat(chunks, length);
  } finally {
    await file.close();
  }
}
