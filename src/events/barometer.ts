/**
 * The barometer: cooperation against conflict between Russia and Turkey per quarter. Each event scores by its tone
 * (`toneScore`) and the scores are summed per quarter, so a bar is a count of events and
 * the net is what is left when conflict is taken from cooperation.
 */
import { partialDateRange } from '../dates/index.ts';
import type { TimelineEvent, Tone } from './types.ts';

/** What one event adds to its quarter; the README's pictures section explains the scale. */
export const toneScore: Record<Tone, number> = { cooperation: 1, conflict: -1, neutral: 0 };

export interface BarometerQuarter {
  /** A TimeML quarter: '2016-Q3'. */
  quarter: string;
  /** +1 for each cooperation event. */
  cooperation: number;
  /** −1 for each conflict event: zero or below. */
  conflict: number;
  net: number;
  /** The events behind the bars, in date order (neutral ones too: they score 0). */
  events: TimelineEvent[];
}

export interface Barometer {
  /** Every quarter from the first event's to the last event's within the period, empty ones included. */
  quarters: BarometerQuarter[];
  /** Events dated only to a year (or any span longer than a quarter): they belong to no bar. */
  unplaced: TimelineEvent[];
  /** Events between one of the pair and a third party: shown apart, counted in no bar. */
  context: TimelineEvent[];
}

/** A quarter is at most 92 days; a date spanning more cannot be put in one. */
const longestQuarterDays = 92;
const dayMs = 86_400_000;

/** Counts the events between Russia and Turkey (already limited to the period) into quarters; the others are context. */
export function buildBarometer(events: TimelineEvent[]): Barometer {
  const placed = new Map<string, TimelineEvent[]>();
  const unplaced: TimelineEvent[] = [];
  const context = events.filter((event) => event.relation === 'context');
  for (const event of events) {
    if (event.relation === 'context') continue;
    const quarter = quarterOf(event.date);
    if (quarter === undefined) unplaced.push(event);
    else placed.set(quarter, [...(placed.get(quarter) ?? []), event]);
  }
  const keys = [...placed.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  const quarters = first && last ? quartersBetween(first, last).map((quarter) => score(quarter, placed.get(quarter) ?? [])) : [];
  return { quarters, unplaced, context };
}

function score(quarter: string, events: TimelineEvent[]): BarometerQuarter {
  const sum = (tone: Tone) => events.filter((event) => event.tone === tone).length * toneScore[tone];
  const cooperation = sum('cooperation');
  // `+ 0` turns the −0 of an empty sum into 0, which JSON and people read alike.
  const conflict = sum('conflict') + 0;
  return { quarter, cooperation, conflict, net: cooperation + conflict, events };
}

/**
 * The quarter of a date's middle day, for dates no longer than a quarter: a week that
 * straddles two quarters goes where its Thursday is, as ISO weeks go to the year of theirs.
 */
export function quarterOf(date: string): string | undefined {
  const { start, end } = partialDateRange(date);
  const first = Date.parse(start);
  const days = (Date.parse(end) - first) / dayMs + 1;
  if (days > longestQuarterDays) return undefined;
  const middle = new Date(first + Math.floor((days - 1) / 2) * dayMs);
  return `${middle.getUTCFullYear()}-Q${Math.floor(middle.getUTCMonth() / 3) + 1}`;
}

function quartersBetween(first: string, last: string): string[] {
  const index = (quarter: string) => Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1;
  const quarters: string[] = [];
  for (let i = index(first); i <= index(last); i += 1) quarters.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return quarters;
}
