/**
 * Named days of the Western and Swedish calendars and their date in a given year: fixed
 * days, the days counted from Easter (Gregorian computus) and Midsummer, which Sweden keeps
 * on the Friday (Eve) and Saturday between 19 and 26 June.
 */
import { addDays, weekdayOf, type Day } from './calendar.ts';

const FIXED = {
  'new-years-day': [1, 1],
  epiphany: [1, 6],
  valentines: [2, 14],
  walpurgis: [4, 30],
  'may-day': [5, 1],
  halloween: [10, 31],
  'christmas-eve': [12, 24],
  christmas: [12, 25],
  'boxing-day': [12, 26],
  'new-years-eve': [12, 31],
} as const satisfies Record<string, readonly [month: number, day: number]>;

/** Days from Easter Sunday. */
const FROM_EASTER = { 'good-friday': -2, 'holy-saturday': -1, easter: 0, 'easter-monday': 1, ascension: 39, pentecost: 49 } as const;

/** First day of the week-long window the holiday's weekday falls in. */
const MIDSUMMER = { 'midsummer-eve': [5, 19], 'midsummer-day': [6, 20] } as const satisfies Record<string, readonly [weekday: number, firstDay: number]>;

export type Holiday = keyof typeof FIXED | keyof typeof FROM_EASTER | keyof typeof MIDSUMMER;

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

export function holidayIn(holiday: Holiday, year: number): Day {
  if (holiday in FIXED) {
    const [month, day] = FIXED[holiday as keyof typeof FIXED];
    return { year, month, day };
  }
  if (holiday in FROM_EASTER) return addDays(easterSunday(year), FROM_EASTER[holiday as keyof typeof FROM_EASTER]);
  const [weekday, firstDay] = MIDSUMMER[holiday as keyof typeof MIDSUMMER];
  const first = { year, month: 6, day: firstDay };
  return addDays(first, (weekday - weekdayOf(first) + 7) % 7);
}
