import type { Box } from '../../src/pictures/scene.ts';

type Point = [number, number];

/** Whether the segment a–b passes through the inside of the box (touching its edge is allowed). */
export function segmentEntersBox([ax, ay]: Point, [bx, by]: Point, box: Box): boolean {
  // Liang–Barsky clipping against the box shrunk by a hair, so a leader ending on its own box's edge does not count.
  const inner = { x0: box.x + 0.5, y0: box.y + 0.5, x1: box.x + box.width - 0.5, y1: box.y + box.height - 0.5 };
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  for (const [p, q] of [[-dx, ax - inner.x0], [dx, inner.x1 - ax], [-dy, ay - inner.y0], [dy, inner.y1 - ay]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether two segments cross (sharing an end point does not count). */
export function segmentsCross([a, b]: [Point, Point], [c, d]: [Point, Point]): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}
