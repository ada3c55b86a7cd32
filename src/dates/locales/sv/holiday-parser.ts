/** Swedish named days, in their usual and definite forms: "julafton", "på nyårsaftonen", "midsommar 2019". */
import { holidayParser, type HolidayNames } from '../../common/holiday-parser.ts';

const NAMES: HolidayNames = [
  ['julafton(?:en)?', 'christmas-eve'],
  ['juldag(?:en)?', 'christmas'],
  ['annandag\\s+jul|annandagen', 'boxing-day'],
  ['nyårsafton(?:en)?', 'new-years-eve'],
  ['nyårsdag(?:en)?', 'new-years-day'],
  ['trettondedag\\s+jul|trettondagen', 'epiphany'],
  ['alla\\s+hjärtans\\s+dag', 'valentines'],
  ['valborgsmässoafton|valborg', 'walpurgis'],
  ['långfredag(?:en)?', 'good-friday'],
  ['påskafton(?:en)?', 'holy-saturday'],
  ['påskdag(?:en)?|påsk(?:en)?', 'easter'],
  ['annandag\\s+påsk', 'easter-monday'],
  ['kristi\\s+himmelsfärds(?:dag(?:en)?)?', 'ascension'],
  ['pingstdag(?:en)?|pingst(?:en)?', 'pentecost'],
  ['midsommarafton(?:en)?|midsommar(?:en)?', 'midsummer-eve'],
  ['midsommardag(?:en)?', 'midsummer-day'],
];

export const svHolidayParser = holidayParser('sv-holiday', NAMES, false);
