/**
 * Tense cues for the few cases where the calendar alone cannot pick the year or week:
 * "on Friday" in "said on Friday" is the last Friday, in "will meet on Friday" the next one.
 */
import { clauseBefore, wordsBefore } from './sentences.ts';
import type { DateLanguage } from './types.ts';

const FUTURE_CUES: Record<DateLanguage, RegExp> = {
  en: /(?<![\p{L}])(?:will|won't|shall|'ll|going to|due to|expected to|scheduled|slated|set to|plans? to|planned|upcoming|next)(?![\p{L}])/iu,
  sv: /(?<![\p{L}])(?:ska|skall|kommer att|planeras|väntas|nästa|kommande)(?![\p{L}])/iu,
};

const IRREGULAR_PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'sent', 'took', 'made', 'began', 'came', 'went', 'saw', 'got', 'led', 'won',
  'lost', 'sold', 'bought', 'held', 'left', 'spoke', 'wrote', 'gave', 'found', 'fell', 'rose', 'struck', 'shot', 'became', 'ran',
  'brought', 'thought', 'felt', 'kept', 'paid', 'quit', 'hit', 'ago', 'since', 'last',
]);
const NOT_PAST = new Set(['need', 'feed', 'speed', 'seed', 'indeed', 'bed', 'red', 'hundred', 'united', 'limited', 'proceed', 'exceed', 'succeed', 'breed', 'shed']);

/** A future-tense word earlier in the sentence. */
export function hasFutureCue(text: string, index: number, lang: DateLanguage): boolean {
  return FUTURE_CUES[lang].test(clauseBefore(text, index));
}

const TARGET_PREPOSITIONS = new Set(['to', 'until', 'till', 'by', 'through', 'before']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'is', 'are', 'be', 'been']);

/**
 * A past-tense verb among the few words right before the mention ("told CNN in August",
 * "fired from his job in July"). An -ed word after a determiner is an adjective ("the
 * reduced dividend is payable Jan. 2"), not a tense. English only.
 */
export function hasPastCue(text: string, index: number, lang: DateLanguage): boolean {
  if (lang !== 'en') return false;
  const words = wordsBefore(text, index, 6);
  // "extended to Nov. 20", "until mid-November": the date is a target, whatever the verb's tense.
  if (TARGET_PREPOSITIONS.has(words[words.length - 1] ?? '')) return false;
  return words.some((w, i) => {
    if (i === 0) return false;
    if (IRREGULAR_PAST.has(w)) return true;
    return w.length > 3 && w.endsWith('ed') && !NOT_PAST.has(w) && !DETERMINERS.has(words[i - 1] ?? '');
  });
}
