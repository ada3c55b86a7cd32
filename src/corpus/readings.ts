import type { DocumentMeta } from './types.ts';

/**
 * A passage's text with its document's declared readings applied (whole words, as written), or
 * undefined when none applies: the quote stays verbatim, analysis reads what was meant.
 */
export function readingOf(meta: Pick<DocumentMeta, 'readings'>, text: string): string | undefined {
  let read = text;
  for (const { written, reads } of meta.readings ?? []) {
    read = read.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(written)}(?![\\p{L}\\p{N}])`, 'gu'), reads);
  }
  return read === text ? undefined : read;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
