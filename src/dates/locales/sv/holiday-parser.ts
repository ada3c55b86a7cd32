/**
 * Swedish named days, in their usual and definite forms: "julafton", "på nyårsaftonen",
 * "midsommar 2019"; counted from publication after "förra" or "nästa" ("förra julen") and
 * in the adverbs of a past holiday ("i julas", "i påskas", "i midsomras").
 */
import { holidayParser, type HolidayNames } from '../../common/holiday-parser.ts';

const NAMES: HolidayNames = [
  ['julafton(?:en)?', 'christmas-eve'],
  ['juldag(?:en)?', 'christmas'],
  ['(?<=(?:förra|nästa)\\s+)jul(?:en)?', 'christmas'],
  ['i\\s+julas', 'christmas', 'last'],
  ['annandag\\s+jul|annandagen', 'boxing-day'],
  ['nyårsafton(?:en)?', 'new-years-eve'],
  ['nyårsdag(?:en)?', 'new-years-day'],
  ['trettondedag\\s+jul|trettondagen', 'epiphany'],
  ['alla\\s+hjärtans\\s+dag', 'valentines'],
  ['valborgsmässoafton|valborg', 'walpurgis'],
  ['långfredag(?:en)?', 'good-friday'],
  ['påskafton(?:en)?', 'holy-saturday'],
  ['i\\s+påskas', 'easter', 'last'],
  ['påskdag(?:en)?|påsk(?:en)?', 'easter'],
  ['annandag\\s+påsk', 'easter-monday'],
  ['kristi\\s+himmelsfärds(?:dag(?:en)?)?', 'ascension'],
  ['pingstdag(?:en)?|pingst(?:en)?', 'pentecost'],
  ['i\\s+midsomras', 'midsummer-eve', 'last'],
  ['midsommarafton(?:en)?|midsommar(?:en)?', 'midsummer-eve'],
  ['midsommardag(?:en)?', 'midsummer-day'],
];

export const svHolidayParser = holidayParser('sv-holiday', { names: NAMES, directions: { förra: 'last', nästa: 'next' }, caseSensitive: false });
