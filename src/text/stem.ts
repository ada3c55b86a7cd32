import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as swedishStemmer } from '@orama/stemmers/swedish';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as swedishStopwords } from '@orama/stopwords/swedish';
import type { Language } from '../corpus/types.ts';
import { fold } from './fold.ts';

const STEMMERS: Record<Language, (word: string) => string> = { en: englishStemmer, sv: swedishStemmer };

/** Words that carry no topic in questions, besides the usual function words. */
const QUESTION_WORDS: Record<Language, string[]> = {
  en: ['happen', 'happened', 'happens', 'many', 'much', 'also', 'would', 'could', 'tell', 'get', 'got', 'date', 'year', 'exact', 'exactly', 'according', 'source', 'sources', 'document', 'documents', 'article', 'articles'],
  sv: ['hände', 'händer', 'hänt', 'många', 'mycket', 'också', 'berätta', 'när', 'vem', 'vad', 'hur', 'var', 'varifrån', 'vilken', 'vilket', 'vilka', 'datum', 'år', 'året', 'enligt', 'ligger', 'källa', 'källorna', 'dokumenten', 'artikel', 'artikeln', 'artiklar', 'artiklarna'],
};

/** Function words a language's stop-word list lacks: the article "a"; Swedish words whose English like it has (sitt as its, före as before, annan as other, mest as most, ska as shall, gjorde as did, in as in, ur as out of, bland as among). */
const MISSING_FUNCTION_WORDS: Record<Language, string[]> = {
  en: ['a', 's', 't', 'upon', 'via', 'per', 'among', 'amid', 'toward', 'towards'],
  sv: ['sitt', 'före', 'innan', 'genom', 'hos', 'bara', 'även', 'annan', 'annat', 'mest', 'mesta', 'mer', 'mera', 'fler', 'egen', 'eget', 'egna', 'både', 'inget', 'inga', 'endast', 'igen', 'ska', 'skall', 'måste', 'vill', 'ville', 'bör', 'borde', 'gör', 'gjorde', 'finns', 'fanns', 'in', 'ur', 'bland', 'samt', 'medan', 'eftersom', 'via', 'per', 'gentemot', 'emot', 'emellan', 'tills', 'vissa'],
};

const STOPWORDS: Record<Language, Set<string>> = {
  en: new Set([...englishStopwords, ...QUESTION_WORDS.en, ...MISSING_FUNCTION_WORDS.en].map(fold)),
  sv: new Set([...swedishStopwords, ...QUESTION_WORDS.sv, ...MISSING_FUNCTION_WORDS.sv].map(fold)),
};

/**
 * Word-level results are remembered: the same few thousand words are stemmed and looked up over
 * and over (every passage at indexing, every candidate at each question), and folding and Snowball
 * cost far more than a look-up. The caches are cleared when they grow past this many words, so a
 * stream of new words never holds memory.
 */
const MAX_REMEMBERED = 200_000;

function remembering<T>(compute: (word: string, language: Language) => T): (word: string, language: Language) => T {
  const caches: Record<Language, Map<string, T>> = { en: new Map(), sv: new Map() };
  return (word, language) => {
    const cache = caches[language];
    let found = cache.get(word);
    if (found === undefined) {
      if (cache.size >= MAX_REMEMBERED) cache.clear();
      cache.set(word, (found = compute(word, language)));
    }
    return found;
  };
}

const stopword = remembering((word, language) => STOPWORDS[language].has(fold(word)));
const stemmed = remembering((word, language) => fold(STEMMERS[language](word.toLowerCase().replace(/’/gu, "'"))));

export function isStopword(word: string, language: Language): boolean {
  return stopword(word, language);
}

/** The stop words as written: a stem is compared before folding, as "möt" (meet) is no "mot" (against). */
const WRITTEN_STOPWORDS: Record<Language, Set<string>> = {
  en: new Set([...englishStopwords, ...QUESTION_WORDS.en, ...MISSING_FUNCTION_WORDS.en]),
  sv: new Set([...swedishStopwords, ...QUESTION_WORDS.sv, ...MISSING_FUNCTION_WORDS.sv]),
};

// Remembered as stems are: the analyser asks it of every word it reads.
const writtenStemIsStopword = remembering((word, language) => WRITTEN_STOPWORDS[language].has(STEMMERS[language](word.toLowerCase().replace(/’/gu, "'"))));

/** Whether a word's Snowball stem is a stop word ("downing" → "down"): the word then carries little of its own. */
export function stemIsStopword(word: string, language: Language): boolean {
  return writtenStemIsStopword(word, language);
}

/** The Snowball stem of a word, then folded: stemming needs the language's own letters (å, ä, ö). */
export function stem(word: string, language: Language): string {
  return stemmed(word, language);
}
