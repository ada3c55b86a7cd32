/**
 * What a parser found, before resolution. Like chrono's ParsingComponents it keeps what the
 * text STATES (the relation) apart from what will be IMPLIED (filled in by the resolver
 * from the publication date or the running narrative).
 */
import type { CalendarValue, Season } from './calendar.ts';
import type { Holiday } from './holidays.ts';
import type { Qualifier, VagueValue } from './types.ts';

/** A period that recurs every year: a month, a season or a quarter. */
export type YearlyPeriod =
  | { kind: 'month'; month: number }
  | { kind: 'season'; season: Season }
  | { kind: 'quarter'; quarter: number }
  /** A named day whose date is computed each year: "Christmas Day", "midsommarafton", "Good Friday". */
  | { kind: 'holiday'; holiday: Holiday };

export type RelativeUnit = 'year' | 'quarter' | 'month' | 'week' | 'day';
export type Direction = 'last' | 'this' | 'next';

export type Relation =
  /** Everything is stated: "24 November 2015", "2016", "the 1990s". */
  | { kind: 'absolute'; value: CalendarValue }
  /** Month, season or quarter (maybe with a day and weekday) but no year: "In July", "On May 18", "Saturday, April 25". */
  | { kind: 'yearless'; period: YearlyPeriod; day?: number; weekday?: number }
  /** A bare day number, only ever from damaged text: "In 29,". */
  | { kind: 'day-only'; day: number }
  /** "the end of the year": whichever year the text is talking about. */
  | { kind: 'current-period'; unit: 'year' | 'month' }
  /**
   * Counted from the publication date: "last year", "this week", "two years ago", "den 27 juni
   * förra året"; a fractional offset ("two and a half years ago") is counted in a finer unit.
   */
  | { kind: 'deictic'; unit: RelativeUnit; offset: number; period?: YearlyPeriod; day?: number }
  /** The nearest such month/season before, at or after publication: "last July", "this summer". */
  | { kind: 'recurring'; period: YearlyPeriod; direction: Direction }
  /**
   * A weekday, counted from publication: "on Friday", "last Monday", "i måndags"; with `week`
   * it lies in that week counted from publication's: "Monday last week", "förra veckans måndag".
   */
  | { kind: 'weekday'; weekday: number; direction: Direction | 'bare'; week?: number }
  /**
   * Counted from the previous date in the text: "two days later", "the following month";
   * `event` when the text names what it counts from ("three weeks before the summit"),
   * which the resolver takes to be the story's last date; `clause` when the date is that of the
   * clause after it, counted back from the subject's happening ("Mötet kom en vecka efter att …");
   * `spread` when the count is vague ("a few days later"): the date lies `spread` units beyond the offset at most.
   */
  | { kind: 'anaphoric'; unit: 'year' | 'month' | 'week' | 'day'; offset: number; event?: boolean; clause?: boolean; spread?: number }
  /** "at the turn of the year", "vid årsskiftet": the end of the story's year or the nearest one. */
  | { kind: 'year-turn' }
  /** "now", "in the past": no calendar value. */
  | { kind: 'vague'; value: VagueValue };

/**
 * How a mention sits in its sentence, which decides whether it moves the narrative:
 * a frame ("In 2016, …") sets the scene, a bounded one ("until 2020") only limits it,
 * an attributive one ("the August 1988 cease-fire") only names a thing, and a start ("since
 * December") dates a state that lasts into the time of writing, background to the story.
 */
export type Role = 'frame' | 'inline' | 'bounded' | 'attributive' | 'start';

export interface DateDraft {
  start: number;
  end: number;
  /** Name of the parser that found it, for debugging and tests. */
  parser: string;
  /** Position of that parser in the configuration: earlier parsers win ties. */
  priority: number;
  relation: Relation;
  qualifier?: Qualifier;
  garbled?: boolean;
  role: Role;
  /** Inside quotation marks: "today" and "last week" are the speaker's, not the publication's. */
  quoted?: boolean;
}

/** What a parser returns; the pipeline adds parser, priority and role. */
export type Found = Pick<DateDraft, 'start' | 'end' | 'relation'> & Partial<Pick<DateDraft, 'qualifier' | 'garbled'>>;
