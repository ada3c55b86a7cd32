/**
 * English month names are capitalised; lower-case "may" and "march" are a verb and a noun, and "mar",
 * "jan" words of their own. chrono's casual parser drops lower-case months in a refiner we do not run, so this
 * one does, except where nothing else can be meant: next to a day or a year ("march 2020", "5 may"), a full
 * month name that is no other word ("in july"), or a month joined to another ("between march and may 2019"),
 * as students type them.
 */
import type { DateRefiner } from '../../pipeline.ts';
import { LEXICONS } from '../../lexicon.ts';
import { alternation } from '../../patterns.ts';

const MONTH_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation(Object.keys(LEXICONS.en.months))})(?![\\p{L}])`, 'iu');

/** Full month names that are no other English word. */
const UNAMBIGUOUS = new Set(['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const MONTHS = alternation(Object.keys(LEXICONS.en.months));
/** A month the words join to another: "march and may 2019", "between may and july", "from june to march". */
const JOINED_AFTER = new RegExp(`^\\s*(?:and|to|until|till|through|-|–)\\s+(?:the\\s+end\\s+of\\s+)?(?:${MONTHS})(?![\\p{L}])`, 'iu');
const JOINED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTHS})\\s*(?:and|to|until|till|through|-|–)\\s*$`, 'iu');

export const enMonthCaseRefiner: DateRefiner = {
  name: 'en-month-case',
  refine(drafts, { text }) {
    return drafts.filter((d) => {
      const written = text.slice(d.start, d.end);
      const m = MONTH_WORD.exec(written);
      if (!m || m[0][0] !== m[0][0]?.toLowerCase()) return true;
      return /\d/u.test(written) || UNAMBIGUOUS.has(m[0].toLowerCase()) || JOINED_AFTER.test(text.slice(d.end)) || JOINED_BEFORE.test(text.slice(0, d.start));
    });
  },
};
