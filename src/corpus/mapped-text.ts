/**
 * Text that remembers, for every character, where it came from in the original
 * file, so that a passage of cleaned text can be cited by original offsets.
 */
export class MappedTextBuilder {
  private chars: string[] = [];
  private origins: number[] = [];

  get length(): number {
    return this.chars.length;
  }

  push(char: string, origin: number): void {
    this.chars.push(char);
    this.origins.push(origin);
  }

  lastChar(): string | undefined {
    return this.chars[this.chars.length - 1];
  }

  tail(count: number): string {
    return this.chars.slice(-count).join('');
  }

  lastOrigin(): number {
    return this.origins[this.origins.length - 1] ?? 0;
  }

  /** Drops trailing spaces (a paragraph or a joined line never ends in one). */
  trimEnd(): void {
    while (this.chars.length > 0 && this.chars[this.chars.length - 1] === ' ') {
      this.chars.pop();
      this.origins.pop();
    }
  }

  build(): MappedText {
    return { text: this.chars.join(''), origins: this.origins.slice() };
  }
}

export interface MappedText {
  text: string;
  /** origins[i] is the offset in the original of text[i]. */
  origins: number[];
}

/** The original span [start, end) that cleaned span [from, to) came from. */
export function originalSpan(mapped: MappedText, from: number, to: number): { start: number; end: number } {
  const start = mapped.origins[from] ?? 0;
  const end = (mapped.origins[Math.max(from, to - 1)] ?? start) + 1;
  return { start, end };
}
