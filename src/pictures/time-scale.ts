/**
 * Days to pixels along the timeline's axis (top to bottom). Time is proportional, except that three or more
 * whole years without an event shrink to a marked break: the corpus has one event in 1952 and
 * the rest from 2015, and a proportional axis would squeeze those into a sliver.
 */
import { partialDateRange } from '../dates/index.ts';

const dayMs = 86_400_000;
export const dayNumber = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`) / dayMs;
const yearStart = (year: number): number => Date.UTC(year, 0, 1) / dayMs;
const yearOf = (day: number): number => new Date(day * dayMs).getUTCFullYear();

/** The days a partial date covers, as day numbers: `end` is the day after the last. */
export function dayRange(date: string): { start: number; end: number } {
  const { start, end } = partialDateRange(date);
  return { start: dayNumber(start), end: dayNumber(end) + 1 };
}

/** Part of the axis: a stretch drawn to scale, or a break standing for empty years. */
export interface Segment {
  kind: 'span' | 'break';
  start: number;
  end: number;
  /** Where it begins and ends on the axis, in pixels. */
  p0: number;
  p1: number;
}

export interface TimeScale {
  segments: Segment[];
  at(day: number): number;
  /** Pixels a day takes where time is to scale. */
  dayLength: number;
}

const shortestBreak = 3;

/**
 * A scale from `start` to `end` (day numbers, end exclusive) over [first, last] pixels; `busy`
 * are the day ranges that must stay to scale (the events).
 */
export function timeScale(domain: { start: number; end: number }, busy: Array<{ start: number; end: number }>, first: number, last: number, breakLength: number): TimeScale {
  const pieces = piecesOf(domain, busy);
  const breaks = pieces.filter((piece) => piece.kind === 'break').length;
  const days = pieces.filter((piece) => piece.kind === 'span').reduce((sum, piece) => sum + piece.end - piece.start, 0);
  const dayLength = (last - first - breaks * breakLength) / Math.max(1, days);
  let p = first;
  const segments = pieces.map((piece) => {
    const length = piece.kind === 'break' ? breakLength : (piece.end - piece.start) * dayLength;
    const segment = { ...piece, p0: p, p1: p + length };
    p += length;
    return segment;
  });
  return {
    segments,
    dayLength,
    at(day) {
      const segment = segments.find((s) => day < s.end) ?? segments[segments.length - 1];
      if (!segment) return first;
      const share = (Math.min(Math.max(day, segment.start), segment.end) - segment.start) / (segment.end - segment.start);
      return segment.p0 + share * (segment.p1 - segment.p0);
    },
  };
}

/** The domain cut into spans and breaks: a break is a run of at least three whole years no event touches. */
function piecesOf(domain: { start: number; end: number }, busy: Array<{ start: number; end: number }>) {
  const pieces: Array<{ kind: Segment['kind']; start: number; end: number }> = [];
  const touched = (year: number) => busy.some((range) => range.start < yearStart(year + 1) && range.end > yearStart(year));
  let spanStart = domain.start;
  let year = yearOf(domain.start);
  while (yearStart(year) < domain.end) {
    let empty = 0;
    while (yearStart(year + empty) >= domain.start && yearStart(year + empty + 1) <= domain.end && !touched(year + empty)) empty += 1;
    if (empty >= shortestBreak) {
      if (yearStart(year) > spanStart) pieces.push({ kind: 'span', start: spanStart, end: yearStart(year) });
      pieces.push({ kind: 'break', start: yearStart(year), end: yearStart(year + empty) });
      spanStart = yearStart(year + empty);
      year += empty;
    } else {
      year += 1;
    }
  }
  if (domain.end > spanStart) pieces.push({ kind: 'span', start: spanStart, end: domain.end });
  return pieces;
}

/** Where a year or a month begins inside the spans: the axis's ticks. */
export function ticks(scale: TimeScale, unit: 'year' | 'month'): Array<{ day: number; year: number; month: number }> {
  const found: Array<{ day: number; year: number; month: number }> = [];
  for (const segment of scale.segments.filter((s) => s.kind === 'span')) {
    const first = new Date(segment.start * dayMs);
    let year = first.getUTCFullYear();
    let month = unit === 'year' ? 0 : first.getUTCMonth();
    for (;;) {
      const day = Date.UTC(year, month, 1) / dayMs;
      if (day >= segment.end) break;
      if (day >= segment.start) found.push({ day, year, month });
      if (unit === 'year' || month === 11) {
        year += 1;
        month = 0;
      } else {
        month += 1;
      }
    }
  }
  return found;
}
