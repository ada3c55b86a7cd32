/**
 * The date layer: finds date mentions in English and Swedish news text and resolves them
 * to TimeML partial dates, telling what the text states from what had to be implied.
 */
export type { Anchor, DateLanguage, DateMention, ExtractOptions, Granularity, Qualifier, VagueValue } from './types.ts';
export { extractDates, narrativeAfter } from './extract-dates.ts';
export { comparePartialDates, isCalendarDate, isPartialDate, partialDateRange, type PartialDateRange } from './partial-date.ts';
export { formatMonth, formatPartialDate } from './format-partial-date.ts';
export { DateRanges, type DayRange } from './date-ranges.ts';
export { isSwedishStrongPreterite } from './tense.ts';
export { APPROXIMATE, approximately } from './common/counts.ts';
export { isYearModifier } from './year-modifier.ts';
