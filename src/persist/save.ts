import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Unpacked } from './container.ts';

/** A saved state's sections; undefined when the file is missing or is not a whole state of ours. */
export async function readSaved(file: string): Promise<Unpacked | undefined> {
  try {
    return new Unpacked(await readFile(file));
  } catch {
    return undefined;
  }
}

/** Written to a temporary file and renamed into place, so that a reader never sees half a state. */
export async function saveAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch {
    // A state that cannot be saved (a read-only disk) is built again next time; the engine works all the same.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
