/** Swedish configuration; parser order is priority on ties, as in the English one. */
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
import { svCountedBeforeClauseParser, svCountedLaterParser, svNeighbourPeriodParser, svVaguelyCountedParser } from './anaphora-parser.ts';
import { svDecadeCenturyParser } from './decade-century-parser.ts';
import { svMonthNameParser } from './month-name-parser.ts';
import { svHolidayParser } from './holiday-parser.ts';
import { svPeriodOfContextParser, svYearTurnParser } from './period-of-context-parser.ts';
import { svAgoParser, svAheadParser, svRecurringSeasonParser, svRelativePeriodParser } from './relative-parsers.ts';
import { svSeasonParser } from './season-parser.ts';
import { svVagueParser } from './vague-parser.ts';
import { svWeekdayParser } from './weekday-parser.ts';

export function createSwedishConfiguration(): Configuration {
  return {
    parsers: [
      isoDateParser,
      dottedDateParser,
      svRecurringSeasonParser,
      svRelativePeriodParser,
      svAgoParser,
      svAheadParser,
      svCountedBeforeClauseParser,
      svCountedLaterParser,
      svNeighbourPeriodParser,
      svVaguelyCountedParser,
      svPeriodOfContextParser,
      svYearTurnParser,
      svHolidayParser,
      svDecadeCenturyParser,
      svWeekdayParser,
      chronoCalendarParser('sv'),
      svMonthNameParser,
      svSeasonParser,
      yearParser('sv'),
      svVagueParser,
    ],
    refiners: [boundaryRefiner, overlapRefiner, yearSuffixRefiner, weekdayDateRefiner, weekdayWeekRefiner, appositionRefiner, qualifierRefiner, roleRefiner, quoteRefiner],
  };
}
