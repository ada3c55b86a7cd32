/**
 * Tense cues for the few cases where the calendar alone cannot pick the year or week:
 * "on Friday" in "said on Friday" is the last Friday, in "will meet on Friday" the next one.
 */
import { clauseBefore, wordsAfter, wordsBefore } from './sentences.ts';
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

/**
 * A future-tense word earlier in the sentence, or, in Swedish, where its verb-second order puts the verb:
 * right after a mention that opens the sentence ("Från den 15 mars ska soldaterna patrullera vägen").
 */
export function hasFutureCue(text: string, index: number, lang: DateLanguage, end = index): boolean {
  if (FUTURE_CUES[lang].test(clauseBefore(text, index))) return true;
  return lang === 'sv' && wordsBefore(text, index, 3).length <= 2 && FUTURE_CUES.sv.test(wordsAfter(text, end, 2).join(' '));
}

const TARGET_PREPOSITIONS = new Set(['to', 'until', 'till', 'by', 'through', 'before']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'is', 'are', 'be', 'been']);

/**
 * Swedish preterites: strong verbs by form, weak ones by ending (-ade, -dde, -de after g or l,
 * -te after p, k, t or s, and their passives in -s). Present participles and nouns in -ande/-ende,
 * and ordinals ("femte", "tionde"), end alike and are no tense.
 */
const SV_IRREGULAR_PAST = new Set([
  'var', 'hade', 'sa', 'sade', 'kom', 'gick', 'fick', 'tog', 'gav', 'blev', 'såg', 'skrev', 'slog', 'drog', 'höll', 'stod', 'låg', 'bröt',
  'föll', 'sköt', 'sköts', 'angrep', 'angreps', 'dog', 'satt', 'for', 'flög', 'bad', 'vann', 'gjorde', 'gjordes', 'sågs', 'hölls', 'togs', 'gavs', 'sedan',
]);
const SV_WEAK_PAST = /(?:ade|ades|dde|ddes|gde|gdes|lde|ldes|pte|ptes|kte|ktes|tte|ttes|ste|stes)$/u;
const SV_NOT_PAST = /(?:ande|ende|femte|sjätte|elfte|tolfte|sista|bäste|näste|största|äldste|yngste)$/u;

/** Whether a Swedish word is a strong verb's preterite ("sköt", "kom"), which no ending gives away. */
export function isSwedishStrongPreterite(word: string): boolean {
  return SV_IRREGULAR_PAST.has(word.toLowerCase());
}

function swedishPast(word: string): boolean {
  return SV_IRREGULAR_PAST.has(word) || (word.length > 4 && SV_WEAK_PAST.test(word) && !SV_NOT_PAST.test(word));
}

/**
 * A past-tense verb among the few words right before the mention ("told CNN in August",
 * "fired from his job in July"), or, in Swedish, where its verb-second order puts the verb,
 * right after a mention that opens the sentence ("I juli ringde Putin"). An -ed word after a
 * determiner is an adjective ("the reduced dividend is payable Jan. 2"), not a tense.
 */
export function hasPastCue(text: string, index: number, lang: DateLanguage, end = index): boolean {
  const words = wordsBefore(text, index, 6);
  // "extended to Nov. 20", "until mid-November": the date is a target, whatever the verb's tense.
  if (TARGET_PREPOSITIONS.has(words[words.length - 1] ?? '')) return false;
  if (lang === 'sv') return [...words, ...(words.length <= 1 ? wordsAfter(text, end, 1) : [])].some(swedishPast);
  const past = (list: string[], from: number) =>
    list.some((w, i) => {
      if (i < from) return false;
      if (IRREGULAR_PAST.has(w)) return true;
      return w.length > 3 && w.endsWith('ed') && !NOT_PAST.has(w) && !DETERMINERS.has(list[i - 1] ?? '');
    });
  // A date that opens the sentence ("On New Year's Eve, a gunman attacked …") is told by the verb after its subject.
  return past(words, 1) || (words.length <= 1 && past(['', ...wordsAfter(text, end, 4)], 1));
}
