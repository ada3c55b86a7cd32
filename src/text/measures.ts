import type { Language } from '../corpus/types.ts';
import type { Dictionary } from './dictionary.ts';
import { isStopword } from './stem.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { WordNet } from './wordnet.ts';

/**
 * The term a passage that states a measured amount is indexed by ("1,200 megawatts", "20 billion
 * dollars", "31.5 billion cubic metres", "$2.5 billion", "six kilometres"), and that a query asking
 * for an amount ("how big", "how much", "the price of") searches for. No word is written so: the
 * tokenizer keeps letters and digits only, and it is too short to be within a word's edit distance.
 */
export const MEASURE_TERM = '#m#';

/** Cardinal numbers written as words (a closed class), in both languages; digits are numbers anyway. */
const NUMBER_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'half', 'dozen', 'dozens', 'hundreds', 'thousands']),
  sv: new Set(['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'hundra', 'halv', 'halvt', 'dussin', 'hundratals', 'tusentals']),
};
const NUMBER_WORD_PATTERN: Record<Language, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:${[...NUMBER_WORDS.en].join('|')})(?![\\p{L}])`, 'iu'),
  sv: new RegExp(`(?<![\\p{L}])(?:${[...NUMBER_WORDS.sv].join('|')})(?![\\p{L}])`, 'iu'),
};
/** Words of scale between a number and its unit ("20 billion dollars", "31,5 miljarder kubikmeter"). */
const SCALES: Record<Language, ReadonlySet<string>> = {
  en: new Set(['thousand', 'million', 'millions', 'billion', 'billions', 'trillion', 'bn', 'm', 'mn']),
  sv: new Set(['tusen', 'miljon', 'miljoner', 'miljard', 'miljarder', 'mdr', 'milj']),
};
/** Words between a number and its unit that measure the unit itself ("cubic metres", "square kilometres", "kvadratkilometer" is one word). */
const UNIT_MODIFIERS = new Set(['cubic', 'square', 'metric', 'nautical']);
/**
 * A part of a whole stated as a fraction or a percentage ("a tenth of", "two thirds of", "half of", "40 per cent",
 * "en tiondel av", "hälften av", "40 procent"): an amount, as a unit's measure is.
 */
const SHARE_OF: Record<Language, RegExp> = {
  en: /\b(?:(?:a|one|two|three)\s+(?:third|quarter|fifth|tenth)s?|half)\s+of\b|\d\s*(?:per\s?cent|percent)\b/iu,
  sv: /\b(?:(?:en|ett|två|tre)\s+(?:tredjedel|fjärdedel|femtedel|tiondel)(?:ar)?|hälften)\s+av\b|\d\s*procent\b/iu,
};
/** Nouns of a question after a part of a whole ("What share of …", "Hur stor andel …"). */
const SHARE_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['share', 'proportion', 'percentage', 'fraction']),
  sv: new Set(['andel', 'andelen', 'procent']),
};
/** Currency signs before a number, and the percent sign after one. */
const CURRENCY_SIGN = /[$€£₺₽¥]\s?$/u;
const PERCENT_SIGN = /^\s?%/u;
/**
 * What WordNet's hypernyms of a unit of measurement lead to, within `UNIT_DEPTH` steps: megawatt →
 * power unit → electromagnetic unit → unit of measurement; dollar → monetary unit → unit of measurement.
 * (A country's "political unit" leads only to the ambiguous "unit", which is not followed.)
 */
const MEASUREMENT = 'unit of measurement';
/** A hypernym not followed up: "unit" is any unit (a country is a political unit, a government an instrumentality's). */
const AMBIGUOUS_UNIT = 'unit';
const UNIT_DEPTH = 4;

/**
 * Words after "how" that ask for an amount ("how big", "how much", "how far"), in both languages:
 * the adjectives of size and degree, a closed class. "How many" asks for a count, which the counted
 * noun finds ("how many soldiers": 33 soldiers), so it is not among them.
 */
const AMOUNT_ADJECTIVES: Record<Language, ReadonlySet<string>> = {
  en: new Set(['much', 'big', 'large', 'long', 'far', 'high', 'heavy', 'tall', 'wide', 'deep', 'expensive', 'costly', 'powerful', 'fast', 'great', 'small']),
  sv: new Set(['mycket', 'stor', 'stort', 'stora', 'lång', 'långt', 'långa', 'hög', 'högt', 'tung', 'tungt', 'bred', 'brett', 'djup', 'djupt', 'dyr', 'dyrt', 'kraftig', 'kraftigt', 'snabb', 'snabbt', 'liten', 'litet']),
};
const HOW: Record<Language, string> = { en: 'how', sv: 'hur' };
/**
 * What WordNet relates a noun that names an amount to, as a synonym or hypernym: price and cost
 * (monetary value), size, amount, extent and volume (magnitude). A query asking for one asks for a
 * measured amount. (Wider ones, value, quantity and measure, take in importance, order and precaution.)
 */
const AMOUNT_SENSES = new Set(['monetary value', 'magnitude']);

export interface MeasureSources {
  wordnet: WordNet;
  dictionary: Dictionary;
}

/** Whether a word (as written) names a unit of measurement: by WordNet's hypernyms, for a Swedish word those of its translations or its own. */
function isUnit(word: string, language: Language, sources: MeasureSources): boolean {
  const key = `${language}${word}`;
  let found = units.get(key);
  if (found === undefined) {
    if (units.size >= MAX_REMEMBERED) units.clear();
    units.set(key, (found = unitOf(word, language, sources)));
  }
  return found;
}

/** Words already looked up as units (a passage's numbers are followed by the same few words), up to this many. */
const MAX_REMEMBERED = 20_000;
const units = new Map<string, boolean>();

function unitOf(word: string, language: Language, sources: MeasureSources): boolean {
  const lower = word.toLowerCase();
  // A name is no unit ("Turkish" is no lira), nor is a function word ("in" no inch).
  if (/^\p{Lu}/u.test(word) || isStopword(lower, language)) return false;
  // A Swedish unit by its translations, or as the international word it mostly is (dollar, megawatt).
  const english = language === 'en' ? [lower] : [...sources.dictionary.translate(lower, 'sv'), lower];
  return english.some((candidate) => singulars(candidate).some((form) => leadsToMeasurement(form, sources.wordnet)));
}

function leadsToMeasurement(word: string, wordnet: WordNet): boolean {
  let level = [word];
  const seen = new Set(level);
  for (let depth = 0; depth < UNIT_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const item of level) {
      for (const hypernym of wordnet.related(item, ['hypernym'])) {
        if (hypernym === MEASUREMENT) return true;
        if (hypernym !== AMBIGUOUS_UNIT && !seen.has(hypernym)) {
          seen.add(hypernym);
          next.push(hypernym);
        }
      }
    }
    level = next;
  }
  return false;
}

/** A word and its singular forms: WordNet lists some plurals as lemmas of their own ("hours" as work time). */
function singulars(word: string): string[] {
  const forms = [word];
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

function isNumber(token: Token, language: Language): boolean {
  return /^\d/u.test(token.raw) || NUMBER_WORDS[language].has(token.raw.toLowerCase());
}

/**
 * Whether a text states a measured amount: a number with a currency sign or a percent sign, or
 * followed (past words of scale and of the unit's dimension) by a unit of measurement.
 */
export function statesMeasure(text: string, language: Language, sources: MeasureSources): boolean {
  if (SHARE_OF[language].test(text)) return true;
  // Most sentences hold no number: they are not tokenized.
  if (!/\d/u.test(text) && !NUMBER_WORD_PATTERN[language].test(text)) return false;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!/^\d/u.test(token.raw)) {
      if (!isNumber(token, language)) continue;
    } else {
      if (CURRENCY_SIGN.test(text.slice(Math.max(0, token.start - 2), token.start))) return true;
      if (PERCENT_SIGN.test(text.slice(token.end, token.end + 2))) return true;
    }
    let j = i + 1;
    // A number written in parts ("1,200", "31.5") is one: its parts are digits too.
    while (j < tokens.length && /^\d/u.test((tokens[j] as Token).raw) && /^[.,]$/u.test(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start))) j++;
    while (j < tokens.length && (SCALES[language].has((tokens[j] as Token).raw.toLowerCase()) || UNIT_MODIFIERS.has((tokens[j] as Token).raw.toLowerCase()))) j++;
    const next = tokens[j];
    // The unit follows the number in the same phrase: "in 2015, two jets" measures nothing.
    if (!next || !/^[\s-]*$/u.test(text.slice((tokens[j - 1] as Token).end, next.start)) || isNumber(next, language)) continue;
    if (isUnit(next.raw, language, sources)) return true;
  }
  return false;
}

/** Whether a query asks for a measured amount: "how" with an adjective of size or degree, or a noun WordNet names an amount by. */
export function asksMeasure(text: string, language: Language, sources: MeasureSources): boolean {
  const tokens = tokenize(text);
  return tokens.some((token, i) => {
    const lower = token.raw.toLowerCase();
    if (lower === HOW[language]) return AMOUNT_ADJECTIVES[language].has(tokens[i + 1]?.raw.toLowerCase() ?? '');
    if (SHARE_WORDS[language].has(lower)) return true;
    if (language !== 'en' || isStopword(lower, language)) return false;
    return namesAmount(lower, sources.wordnet);
  });
}

/** Words already looked up as names of an amount: a question's words are the same few thousand. */
const amountNouns = new Map<string, boolean>();

function namesAmount(word: string, wordnet: WordNet): boolean {
  let found = amountNouns.get(word);
  if (found === undefined) {
    if (amountNouns.size >= MAX_REMEMBERED) amountNouns.clear();
    amountNouns.set(word, (found = singulars(word).some((form) => wordnet.related(form, ['synonym', 'hypernym']).some((h) => AMOUNT_SENSES.has(h)))));
  }
  return found;
}
