import { createHash } from 'node:crypto';

/** A table's header: its first lines that start with `#` (source, licence, columns, the hash of its rows). */
const HEADER = /^(?:#[^\n]*\n)*/u;
const ROWS_HASH = /^# sha256 of the rows below: ([0-9a-f]{64})$/mu;

function rowsHash(rows: string): string {
  return createHash('sha256').update(rows).digest('hex');
}

/** A converted table as its script writes it: the header lines, one naming the hash of the rows, then the rows, a line each. */
export function tableText(header: readonly string[], rows: readonly string[]): string {
  const body = rows.map((row) => `${row}\n`).join('');
  return `${[...header, `# sha256 of the rows below: ${rowsHash(body)}`].join('\n')}\n${body}`;
}

/**
 * The hash of a table's rows that its header names, if it names one: what a saved state is keyed on
 * instead of hashing megabytes at every start. Only their scripts write the tables, and a test
 * checks each bundled one's header against its rows (`rowsMatchHeader`).
 */
export function declaredRowsHash(text: string): string | undefined {
  return ROWS_HASH.exec(HEADER.exec(text)?.[0] ?? '')?.[1];
}

/** Whether a table's rows are the ones its header names the hash of. */
export function rowsMatchHeader(text: string): boolean {
  const header = HEADER.exec(text)?.[0] ?? '';
  return declaredRowsHash(text) === rowsHash(text.slice(header.length));
}

/**
 * A lexicon file held as it was read: one string, sorted lines of `key<TAB>fields…`, and the offset
 * of each line. A lookup is a binary search; nothing is parsed until asked for, so a table of a
 * hundred thousand entries costs its text and one array of offsets. Lines starting with `#` are
 * the file's header (source and licence). The offsets are found at the first look-up, so that an
 * engine that starts from its saved state and is not asked anything pays only for reading the file.
 */
export class SortedTable {
  #starts: Int32Array | undefined;

  constructor(private readonly text: string) {}

  private get starts(): Int32Array {
    if (this.#starts) return this.#starts;
    const starts: number[] = [];
    const text = this.text;
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf('\n', at);
      const next = end < 0 ? text.length : end + 1;
      if (text.charCodeAt(at) !== 35 /* # */ && next - at > 1) starts.push(at);
      at = next;
    }
    return (this.#starts = Int32Array.from(starts));
  }

  /** The first key that is not greater than the one before it, if any: the files are sorted by their scripts, and a test checks it. */
  firstUnsorted(): string | undefined {
    for (let i = 1; i < this.starts.length; i++) if (this.keyAt(i - 1) >= this.keyAt(i)) return this.keyAt(i);
    return undefined;
  }

  get size(): number {
    return this.starts.length;
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** The fields after the key, or undefined when the table has no such key. */
  get(key: string): string[] | undefined {
    const i = this.find(key);
    if (i < 0) return undefined;
    const line = this.lineAt(i);
    return line.slice(line.indexOf('\t') + 1).split('\t');
  }

  *entries(): Generator<[string, string[]]> {
    for (let i = 0; i < this.starts.length; i++) {
      const [key, ...fields] = this.lineAt(i).split('\t');
      yield [key as string, fields];
    }
  }

  private find(key: string): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const found = this.keyAt(mid);
      if (found === key) return mid;
      if (found < key) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  private lineAt(i: number): string {
    const start = this.starts[i] as number;
    const end = this.text.indexOf('\n', start);
    return this.text.slice(start, end < 0 ? this.text.length : end);
  }

  private keyAt(i: number): string {
    const start = this.starts[i] as number;
    const tab = this.text.indexOf('\t', start);
    return this.text.slice(start, tab);
  }
}
