import type { DocumentMeta } from './types.ts';

/**
 * A passage's text with its document's declared readings applied (whole words, as written), or
 * undefined when none applies: the quote stays verbatim, analysis reads what was meant.
 */
export function readingOf(meta: Pick<DocumentMeta, 'readings'>, text: string): string | undefined {
  if (!meta.readings?.length) return undefined;
  let read = text;
  for (const { pattern, reads } of patternsOf(meta.readings)) read = read.replace(pattern, reads);
  return read === text ? undefined : read;
}

type Readings = NonNullable<DocumentMeta['readings']>;

/** Each document's patterns, compiled once: a document's every passage is read through them. */
const compiled = new WeakMap<Readings, Array<{ pattern: RegExp; reads: string }>>();

function patternsOf(readings: Readings): Array<{ pattern: RegExp; reads: string }> {
  let patterns = compiled.get(readings);
  if (!patterns) {
    patterns = readings.map(({ written, reads }) => ({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(written)}(?![\\p{L}\\p{N}])`, 'gu'), reads }));
    compiled.set(readings, patterns);
  }
  return patterns;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
