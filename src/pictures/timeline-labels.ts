/**
 * Where the timeline's labels go. Labels stand in two columns beside a vertical time ribbon,
 * cooperation on one side and conflict on the other; in each column they keep the order of
 * their dates and are pushed apart only as far as needed not to touch (a crowded run is spread
 * around where its dates are). Because the order is kept, the leaders from the ribbon to the
 * labels never cross, and because each column is one stack, no two labels can overlap.
 *
 * Pure: sizes come in, positions come out, so tests check collisions without pixels.
 */
export type Side = 'cooperation' | 'conflict';

export interface Stackable {
  id: string;
  /** Where its middle would be if nothing else were there. */
  want: number;
  size: number;
}

/**
 * The start of every item along one line, in order of `want`, at least `gap` apart, between
 * `low` and `high` (when they can all fit). Each run of items that would touch is placed where
 * its items are, on average, closest to their wants.
 */
export function stack(items: Stackable[], low: number, high: number, gap: number): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.want - b.want || a.id.localeCompare(b.id));
  const runs: Array<{ items: Stackable[]; start: number; extent: number }> = [];
  for (const item of sorted) {
    let run = { items: [item], start: item.want - item.size / 2, extent: item.size };
    for (let last = runs[runs.length - 1]; last && last.start + last.extent + gap > run.start; last = runs[runs.length - 1]) {
      runs.pop();
      run = merged(last.items.concat(run.items), gap);
    }
    runs.push(run);
  }
  const starts: number[] = [];
  for (const run of runs) {
    let offset = 0;
    for (const item of run.items) {
      starts.push(run.start + offset);
      offset += item.size + gap;
    }
  }
  // Held inside [low, high]: pushed down from the top, then up from the bottom.
  sorted.forEach((item, i) => {
    const previous = sorted[i - 1];
    starts[i] = Math.max(starts[i] as number, previous ? (starts[i - 1] as number) + previous.size + gap : low);
  });
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    const item = sorted[i] as Stackable;
    starts[i] = Math.min(starts[i] as number, i < sorted.length - 1 ? (starts[i + 1] as number) - gap - item.size : high - item.size);
  }
  return new Map(sorted.map((item, i) => [item.id, starts[i] as number]));
}

/** A run placed so that the sum of squared distances from its items' wants is least. */
function merged(items: Stackable[], gap: number) {
  let offset = 0;
  let sum = 0;
  for (const item of items) {
    sum += item.want - (offset + item.size / 2);
    offset += item.size + gap;
  }
  return { items, start: sum / items.length, extent: offset - gap };
}

/** The length a column needs for its labels one under the other. */
export function stackLength(sizes: number[], gap: number): number {
  return sizes.reduce((sum, size) => sum + size, 0) + Math.max(0, sizes.length - 1) * gap;
}

/**
 * Cooperation and conflict have their sides; a neutral event goes to the side with fewer of
 * its six nearest neighbours in time (then to the side with fewer labels so far), so that
 * neither column crowds where the other has room.
 */
export function chooseSides(events: Array<{ id: string; tone: 'cooperation' | 'conflict' | 'neutral' }>): Map<string, Side> {
  const sides = new Map<string, Side>();
  for (const event of events) if (event.tone !== 'neutral') sides.set(event.id, event.tone);
  const count = (side: Side, among: Array<{ id: string }>) => among.filter((e) => sides.get(e.id) === side).length;
  events.forEach((event, i) => {
    if (event.tone !== 'neutral') return;
    const near = events.slice(Math.max(0, i - 3), i + 4);
    const [a, b] = [count('cooperation', near), count('conflict', near)];
    const side = a !== b ? (a < b ? 'cooperation' : 'conflict') : count('cooperation', events) <= count('conflict', events) ? 'cooperation' : 'conflict';
    sides.set(event.id, side);
  });
  return sides;
}
