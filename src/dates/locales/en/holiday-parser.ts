/**
 * English named days, capitalised as names are ("christmas shopping" is no date). Bare
 * "Christmas" and "Easter" count only after a preposition of time: "at Christmas", "before Easter".
 */
import { holidayParser, type HolidayNames } from '../../common/holiday-parser.ts';

const APOSTROPHE = "['’]";
const TIME_PREPOSITION = '(?<=(?:on|at|over|before|after|until|since|by|for|around)\\s+)';

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

export const enHolidayParser = holidayParser('en-holiday', NAMES, true);
