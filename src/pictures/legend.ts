/** A legend: keys (a mark drawn at a given spot) followed by their words, in rows that wrap. */
import type { Measure } from './font.ts';
import { ink } from './palette.ts';
import type { Mark } from './scene.ts';

export interface LegendEntry {
  /** Draws the key centred on (x, y) in a square of `size`. */
  key: (x: number, y: number, size: number) => Mark[];
  text: string;
}

export const legendSize = 21;
const keySize = 22;
const entryGap = 28;
const rowHeight = 34;

/** The legend's marks from (left, top) within `width`, and where it ends. */
export function legend(entries: LegendEntry[], left: number, top: number, width: number, measure: Measure): { marks: Mark[]; bottom: number } {
  const marks: Mark[] = [];
  let x = left;
  let row = 0;
  for (const entry of entries) {
    const entryWidth = keySize + 8 + measure(entry.text, legendSize, 'regular');
    if (x > left && x + entryWidth > left + width) {
      row += 1;
      x = left;
    }
    const middle = top + row * rowHeight + rowHeight / 2;
    marks.push(...entry.key(x + keySize / 2, middle, keySize));
    marks.push({ kind: 'text', x: x + keySize + 8, y: middle + legendSize * 0.36, text: entry.text, size: legendSize, weight: 'regular', color: ink.text, align: 'left' });
    x += entryWidth + entryGap;
  }
  return { marks, bottom: top + (row + 1) * rowHeight };
}
