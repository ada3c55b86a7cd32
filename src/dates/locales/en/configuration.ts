/**
 * English configuration. Parser order is priority on ties: the specific readings come
 * before chrono's general calendar parser and the bare-year parser.
 */
import { boundaryRefiner } from '../../common/boundary-refiner.ts';
import { chronoCalendarParser } from '../../common/chrono-calendar-parser.ts';
import { dottedDateParser, isoDateParser } from '../../common/numeric-date-parsers.ts';
import { appositionRefiner } from '../../common/apposition-refiner.ts';
import { overlapRefiner } from '../../common/overlap-refiner.ts';
import { qualifierRefiner } from '../../common/qualifier-refiner.ts';
import { quoteRefiner } from '../../common/quote-refiner.ts';
import { roleRefiner } from '../../common/role-refiner.ts';
import { yearParser } from '../../common/year-parser.ts';
import { weekdayDateRefiner } from '../../common/weekday-date-refiner.ts';
import { weekdayWeekRefiner } from '../../common/weekday-week-refiner.ts';
import { yearSuffixRefiner } from '../../common/year-suffix-refiner.ts';
import type { Configuration } from '../../pipeline.ts';
import { enCountedBeforeClauseParser, enCountedLaterParser, enNeighbourPeriodParser, enVaguelyCountedParser } from './anaphora-parser.ts';
import { enCenturyParser, enDecadeParser } from './decade-century-parser.ts';
import { enGarbledDayParser } from './garbled-day-parser.ts';
import { enMonthCaseRefiner } from './month-case-refiner.ts';
import { enHolidayParser, enMidsummerParser } from './holiday-parser.ts';
import { enPeriodOfContextParser, enYearTurnParser } from './period-of-context-parser.ts';
import { enQuarterParser } from './quarter-parser.ts';
import { enAgoParser, enAheadParser, enBeforeLastParser, enNeighbourDayParser, enRecurringPeriodParser, enRelativePeriodParser } from './relative-parsers.ts';
import { enSeasonYearParser, enYearlessSeasonParser } from './season-parser.ts';
import { enVagueParser } from './vague-parser.ts';
import { enWeekdayParser } from './weekday-parser.ts';

export function createEnglishConfiguration(): Configuration {
  return {
    parsers: [
      isoDateParser,
      dottedDateParser,
      enQuarterParser,
      enSeasonYearParser,
      enRecurringPeriodParser,
      enRelativePeriodParser,
      enAgoParser,
      enAheadParser,
      enBeforeLastParser,
      enCountedBeforeClauseParser,
      enCountedLaterParser,
      enNeighbourPeriodParser,
      enVaguelyCountedParser,
      enNeighbourDayParser,
      enPeriodOfContextParser,
      enYearTurnParser,
      enHolidayParser,
      enMidsummerParser,
      enDecadeParser,
      enCenturyParser,
      enWeekdayParser,
      enGarbledDayParser,
      chronoCalendarParser('en'),
      enYearlessSeasonParser,
      yearParser('en'),
      enVagueParser,
    ],
    refiners: [boundaryRefiner, enMonthCaseRefiner, overlapRefiner, yearSuffixRefiner, weekdayDateRefiner, weekdayWeekRefiner, appositionRefiner, qualifierRefiner, roleRefiner, quoteRefiner],
  };
}
