import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as swedishStopwords } from '@orama/stopwords/swedish';

const STOP = new Set([...englishStopwords, ...swedishStopwords].map((w) => w.toLowerCase()));

const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/** Words a text writes with a capital other than at its start: names. */
const namesIn = (text: string) => new Set(words(text).filter((w, i) => i > 0 && capitalised(w)).map((w) => w.toLowerCase()));

/**
 * The content words a paraphrase query shares with a passage it must find: the same word, case
 * aside, that is not a stop word, a single letter, a number, or a name (written with a capital
 * inside either text, or with a capital in both).
 */
export function sharedContentWords(query: string, passage: string): string[] {
  const inPassage = words(passage);
  const capitalInBoth = words(query).filter((w) => capitalised(w) && inPassage.includes(w)).map((w) => w.toLowerCase());
  const names = new Set([...namesIn(passage), ...namesIn(query), ...capitalInBoth]);
  const passageWords = new Set(inPassage.map((w) => w.toLowerCase()));
  const shared = words(query)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1 && !/\p{N}/u.test(w) && !STOP.has(w) && !names.has(w) && passageWords.has(w));
  return [...new Set(shared)];
}
