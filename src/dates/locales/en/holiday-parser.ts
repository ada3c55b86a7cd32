/**
 * English named days, capitalised as names are ("christmas shopping" is no date). Bare
 * "Christmas" and "Easter" count only after a preposition of time or a word of direction:
 * "at Christmas", "before Easter", "last Christmas". Midsummer is written either way and
 * is kept as Sweden and Finland keep it: the Eve on the Friday between 19 and 25 June.
 */
import { holidayParser, type HolidayNames } from '../../common/holiday-parser.ts';

const APOSTROPHE = "['’]";
const TIME_PREPOSITION = '(?<=(?:on|at|over|before|after|until|since|by|for|around|last|this|next|past|coming)\\s+)';
const DIRECTIONS = { last: 'last', 'this past': 'last', this: 'this', next: 'next', 'this coming': 'next' } as const;

const NAMES: HolidayNames = [
  ['Christmas\\s+Eve', 'christmas-eve'],
  ['Christmas\\s+Day', 'christmas'],
  [`${TIME_PREPOSITION}Christmas`, 'christmas'],
  ['Boxing\\s+Day', 'boxing-day'],
  [`New\\s+Year${APOSTROPHE}s\\s+Eve`, 'new-years-eve'],
  [`New\\s+Year${APOSTROPHE}s\\s+Day`, 'new-years-day'],
  ['Good\\s+Friday', 'good-friday'],
  ['Easter\\s+(?:Sunday|Day)', 'easter'],
  ['Easter\\s+Monday', 'easter-monday'],
  [`${TIME_PREPOSITION}Easter`, 'easter'],
  ['Ascension\\s+Day', 'ascension'],
  [`(?:St\\.?\\s+)?Valentine${APOSTROPHE}s\\s+Day`, 'valentines'],
  ['May\\s+Day', 'may-day'],
  ['Halloween', 'halloween'],
];

const MIDSUMMER: HolidayNames = [
  [`midsummer(?:${APOSTROPHE}s)?\\s+eve`, 'midsummer-eve'],
  [`midsummer(?:${APOSTROPHE}s)?\\s+day`, 'midsummer-day'],
  [`${TIME_PREPOSITION}midsummer`, 'midsummer-eve'],
];

export const enHolidayParser = holidayParser('en-holiday', { names: NAMES, directions: DIRECTIONS, caseSensitive: true });
export const enMidsummerParser = holidayParser('en-midsummer', { names: MIDSUMMER, directions: DIRECTIONS, caseSensitive: false });
