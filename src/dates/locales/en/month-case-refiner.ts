/**
 * English month names are capitalised; lower-case "may" and "march" are a verb and a noun.
 * chrono's casual parser drops them in a refiner we do not run, so this one does.
 */
import type { DateRefiner } from '../../pipeline.ts';
import { LEXICONS } from '../../lexicon.ts';
import { alternation } from '../../patterns.ts';

const MONTH_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation(Object.keys(LEXICONS.en.months))})(?![\\p{L}])`, 'iu');

export const enMonthCaseRefiner: DateRefiner = {
  name: 'en-month-case',
  refine(drafts, { text }) {
    return drafts.filter((d) => {
      const m = MONTH_WORD.exec(text.slice(d.start, d.end));
      return !m || m[0][0] !== m[0][0]?.toLowerCase();
    });
  },
};
