import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Picture } from '../pictures/index.ts';
import { UsageError } from './command.ts';

/** The `--png FILE` option: a file name, or nothing when no picture is wanted. */
export function pngOption(value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/\.png$/iu.test(value)) throw new UsageError('--png takes a file name ending in .png');
  return value;
}

/** Writes the picture (making its folder if need be) and says where, for the person at the terminal. */
export async function writePicture(file: string, picture: Picture, what: string): Promise<string> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, picture.png);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return `Wrote the ${what} picture (${picture.width}×${picture.height} px) to ${file}`;
}

/** The picture code (and its native canvas) is loaded only by a command asked for a picture. */
export const drawing = () => import('../pictures/index.ts');
