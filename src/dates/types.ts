/** Public types of the date layer. */
import type { Language } from '../corpus/types.ts';

export type Granularity = 'year' | 'season' | 'month' | 'week' | 'day';
export type Qualifier = 'early' | 'mid' | 'late' | 'end' | 'start';
export type Anchor = 'explicit' | 'narrative' | 'publication' | 'previous-event';
export type DateLanguage = Language;

/** TimeML's non-calendar values for "now", "in the past", "in the future". */
export type VagueValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

export interface DateMention {
  /** Offsets into the input text (end exclusive). */
  start: number;
  end: number;
  /** The input slice. */
  text: string;
  /**
   * TimeML value: a partial date ('2016', '2016-06', '2016-06-27', '2013-W11', '2012-SU',
   * '2012-Q3', '199' for the 1990s, '19' for the 20th century), or a VagueValue when
   * `ExtractOptions.vague` asked for those.
   */
  value: string;
  /** Decades and centuries report 'year', quarters 'season' (the nearest unit of this union). */
  granularity: Granularity;
  /** False when any component was implied (from the narrative, a weekday, a tense guess) or the input was garbled. */
  certain: boolean;
  qualifier?: Qualifier;
  /** Where the components the text does not state came from. */
  anchor: Anchor;
  /** The text looked damaged (e.g. machine-translated "In 29,"): the value is a best guess. */
  garbled?: boolean;
  /** The date is that of the clause after the mention, not of the one it stands in ("The meeting came a week after [soldiers were killed]"). */
  datesClause?: boolean;
}

export interface ExtractOptions {
  /** Publication date of the text: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  reference: string;
  lang: DateLanguage;
  /**
   * The running narrative date carried in from earlier text (a partial date), for callers
   * that extract passage by passage: "In July" then takes its year from it.
   */
  narrative?: string;
  /** Also report "now", "currently", "in the past"… as PRESENT_REF / PAST_REF / FUTURE_REF. Off by default: they are not calendar dates. */
  vague?: boolean;
}
