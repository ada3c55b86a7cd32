/**
 * The words each language needs beyond what chrono's locales parse: relative periods,
 * seasons, counts, qualifiers, and the prepositions that decide a mention's role.
 */
import type { Season } from './calendar.ts';
import type { RelativeUnit } from './draft.ts';
import type { DateLanguage, Qualifier } from './types.ts';

export interface Lexicon {
  /** Full month names (abbreviations are left to chrono, which knows when "Mar" is a month). */
  months: Record<string, number>;
  /** 0 = Sunday, like Date#getDay. */
  weekdays: Record<string, number>;
  seasons: Record<string, Season>;
  /** Small counts written as words: "two days later", "för två år sedan". */
  numbers: Record<string, number>;
  units: Record<string, RelativeUnit>;
  /** Phrases right before a date that qualify it: "the end of May", "i slutet av maj". */
  qualifiers: Array<[phrase: RegExp, qualifier: Qualifier]>;
  /** Words before a date that make it a limit, not a scene: "until 2020", "fram till 2020". */
  bounding: RegExp;
  /** Words before a date that make it the start of a state: "since December", "sedan december". */
  starting: RegExp;
  /** Words that may open a sentence before a scene-setting date: "In 2016, …", "I januari 2017 …". */
  framePrepositions: RegExp;
}

const EN_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

const SV_MONTHS: Record<string, number> = {
  januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8, september: 9, oktober: 10, november: 11, december: 12,
};

export const LEXICONS: Record<DateLanguage, Lexicon> = {
  en: {
    months: EN_MONTHS,
    weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
    seasons: { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' },
    numbers: {
      a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
      thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
    },
    units: { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year' },
    qualifiers: [
      [/(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\s+(?:the\s+)?$/iu, 'end'],
      [/(?:the\s+)?(?:start|beginning|outset)\s+of\s+(?:the\s+)?$/iu, 'start'],
      [/(?:the\s+)?middle\s+of\s+(?:the\s+)?$/iu, 'mid'],
      [/mid-?\s*$/iu, 'mid'],
      [/(?:the\s+)?early\s+$/iu, 'early'],
      [/(?:the\s+)?late\s+$/iu, 'late'],
    ],
    bounding: /(?:until|till|through|by|before|prior\s+to|up\s+to|no\s+later\s+than)\s+(?:the\s+)?$/iu,
    starting: /(?<![\p{L}])(?:since|ever\s+since)\s+(?:[\p{L}]+\s+){0,3}$/iu,
    framePrepositions: /^(?:(?:in|on|at|by|during|since|from|throughout|after|before|as\s+of)\s+)?(?:the\s+)?$/iu,
  },
  sv: {
    months: SV_MONTHS,
    weekdays: { söndag: 0, måndag: 1, tisdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lördag: 6 },
    seasons: { våren: 'SP', sommaren: 'SU', hösten: 'FA', vintern: 'WI' },
    numbers: { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12 },
    units: {
      dag: 'day', dagar: 'day', dagen: 'day', vecka: 'week', veckor: 'week', veckan: 'week', månad: 'month', månader: 'month',
      månaden: 'month', kvartal: 'quarter', kvartalet: 'quarter', år: 'year', året: 'year',
    },
    qualifiers: [
      [/slutet\s+av\s+$/iu, 'end'],
      [/(?:början|inledningen)\s+av\s+$/iu, 'start'],
      [/mitten\s+av\s+$/iu, 'mid'],
    ],
    bounding: /(?:till|tills|fram\s+till|före|innan|senast)\s+$/iu,
    starting: /(?<![\p{L}])(?:sedan|alltsedan|ända\s+sedan)\s+(?:[\p{L}]+\s+){0,2}$/iu,
    framePrepositions: /^(?:(?:i|under|sedan|vid|från|efter|före|den|på)\s+)?$/iu,
  },
};
