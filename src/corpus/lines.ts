/** A line of the original file: its text and the offset where that text starts. */
export interface Line {
  text: string;
  start: number;
}

export function splitLines(original: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of original.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push({ text, start });
    start += raw.length + 1;
  }
  return lines;
}

/** Removes `length` characters from the start of a line, keeping its offsets right. */
export function dropPrefix(line: Line, length: number): Line {
  return { text: line.text.slice(length), start: line.start + length };
}

export function dropSuffix(line: Line, length: number): Line {
  return { text: line.text.slice(0, line.text.length - length), start: line.start };
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}
