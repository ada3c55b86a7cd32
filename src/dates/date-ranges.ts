import { partialDateRange } from './partial-date.ts';

/** The first and last day of a partial date, as days (YYYY-MM-DD) and as epoch milliseconds. */
export interface DayRange {
  start: string;
  end: string;
  startMs: number;
  endMs: number;
}

/** Dates remembered before the memory is cleared: a moderator's quiz questions may name any date. */
const MAX_REMEMBERED = 10_000;

/**
 * The days of partial dates, each worked out once: clustering claims, ordering events and taking a
 * period's events read the same few thousand dates over and over. Whoever reads many dates holds
 * one and hands it on, so that no module keeps a copy of its own.
 */
export class DateRanges {
  private readonly known = new Map<string, DayRange>();

  /** The days a partial date covers; throws on a non-date, as `partialDateRange` does. */
  of(date: string): DayRange {
    let found = this.known.get(date);
    if (!found) {
      const { start, end } = partialDateRange(date);
      found = { start, end, startMs: Date.parse(start), endMs: Date.parse(end) };
      if (this.known.size >= MAX_REMEMBERED) this.known.clear();
      this.known.set(date, found);
    }
    return found;
  }
}
