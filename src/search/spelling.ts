import SearchableMap from 'minisearch/SearchableMap';
import type { Language } from '../corpus/types.ts';
import type { Analyzer } from '../text/analyzer.ts';
import { editDistance, oneEditFrom } from '../text/edit-distance.ts';
import { fold } from '../text/fold.ts';
import { detectLanguage } from '../text/language.ts';
import { isStopword } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';
import type { TermIndex } from './term-index.ts';

const LANGUAGES: readonly Language[] = ['en', 'sv'];
const LETTERS: Record<Language, string> = { en: 'abcdefghijklmnopqrstuvwxyz', sv: 'abcdefghijklmnopqrstuvwxyzåäö' };

/** Shortest word read as a near-spelling of a document's word, at one edit; from the second length, at two. */
const MIN_ONE_EDIT = 5;
const MIN_TWO_EDITS = 9;
/** Words of one text looked at: a pasted page is not worth spelling through. */
const MAX_WORDS = 64;
/** Words whose reading is remembered before the memory is cleared. */
const MAX_REMEMBERED = 20_000;

/** The words of a layer's sentences as they are written: how often, and whether as a name. */
interface Written {
  words: Map<string, WrittenWord>;
  tree: SearchableMap<true>;
}

/** A word of the documents by its folded form. */
interface WrittenWord {
  /** In lower case, unless it is a name (written capitalised inside a sentence). */
  written: string;
  /** Written in lower case somewhere: a common word, not a name. */
  common: boolean;
  count: number;
}

/** Each layer's written words, gathered at the first misspelling asked about: a layer never changes. */
const writtenOf = new WeakMap<TermIndex, Written>();

/**
 * Reads a question's misspelt words as the words they are near: a word that is no word of either
 * language and that no document uses, but is one edit away (two in a long word; a transposition is
 * one) from a name of the alias table or a word the documents use, is written as that word. Done
 * on the text, once, so that every stage after it (retrieval, support, the fact finders, the asked
 * detail) reads "pipline" as the documents' "pipeline" and "Turky" as "Turkey".
 */
export class Speller {
  private readonly remembered = new Map<string, string | null>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly layers: readonly TermIndex[],
  ) {}

  respell(text: string): string {
    const guess = detectLanguage(text);
    const languages: readonly Language[] = guess.confident ? [guess.language] : LANGUAGES;
    const tokens = tokenize(text);
    let out = '';
    let at = 0;
    for (let i = 0; i < Math.min(tokens.length, MAX_WORDS); i++) {
      const token = tokens[i] as (typeof tokens)[number];
      const alias = this.analyzer.lexicon.aliases.match(tokens, i);
      if (alias) {
        i += alias.length - 1;
        continue;
      }
      const written = this.spellingOf(token.raw, token.start > 0 && /^\p{Lu}/u.test(token.raw), languages);
      if (written === undefined) continue;
      out += text.slice(at, token.start) + written;
      at = token.end;
    }
    return at === 0 ? text : out + text.slice(at);
  }

  /** The word a misspelt word stands for, cased as the question has it (a name as the documents write it). */
  private spellingOf(word: string, named: boolean, languages: readonly Language[]): string | undefined {
    const key = `${languages.join('')}${named ? '+' : '-'}${word}`;
    let found = this.remembered.get(key);
    if (found === undefined) {
      if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
      this.remembered.set(key, (found = this.nearest(word, named, languages) ?? null));
    }
    if (found === null) return undefined;
    if (/^\p{Lu}/u.test(found) || !/^\p{Lu}/u.test(word)) return found;
    return found.charAt(0).toUpperCase() + found.slice(1);
  }

  private nearest(word: string, named: boolean, languages: readonly Language[]): string | undefined {
    const folded = fold(word);
    if (!/^\p{L}+$/u.test(word) || LANGUAGES.some((language) => isStopword(word, language)) || this.isKnown(word, folded, languages)) return undefined;
    const name = this.analyzer.lexicon.aliases.nearestVariant(word);
    if (name !== undefined) return name;
    if (folded.length < MIN_ONE_EDIT) return undefined;
    if (named) return this.nearestWritten(folded, named);
    const lower = word.toLowerCase();
    return nearestFunctionWord(lower, languages) ?? this.nearestWritten(folded, named) ?? this.nearestWord(lower, languages);
  }

  /** The documents' word nearest a misspelt one, within the edits its length allows. */
  private nearestWritten(folded: string, named: boolean): string | undefined {
    const allowed = folded.length >= MIN_TWO_EDITS ? 2 : 1;
    let best: { written: string; distance: number; sameStart: boolean; count: number } | undefined;
    const found = new Map<string, WrittenWord>();
    for (const layer of this.layers) {
      const { words, tree } = writtenWords(layer);
      // The tree counts a transposition as two edits: a swap of two letters is looked up on its own.
      const swapped = [...transpositions(folded)].filter((near) => words.has(near));
      for (const near of [...tree.fuzzyGet(folded, allowed).keys(), ...swapped]) found.set(near, merged(found.get(near), words.get(near) as WrittenWord));
    }
    for (const [near, { written, common, count }] of found) {
      // A capitalised word inside a question is a name: it is read as a name, never as a common word ("Biden" is no "bidden").
      if (named && common) continue;
      const distance = editDistance(folded, near, allowed);
      if (distance > allowed) continue;
      // A misspelling seldom changes the first letter; then the word the documents use more.
      const sameStart = near.charAt(0) === folded.charAt(0);
      if (!best || distance < best.distance || (distance === best.distance && (sameStart > best.sameStart || (sameStart === best.sameStart && count > best.count)))) {
        best = { written, distance, sameStart, count };
      }
    }
    return best?.written;
  }

  /**
   * The word of the question's language a letter away from a misspelt word that the documents do not
   * use ("dsecribe" → describe, "timelne" → timeline, "brjade" → började). Among several: the one the
   * documents use most in some form; else an English one among the commonest words of news text (those
   * with distributional neighbours: "penalites" is penalties, not penalises); else the one the bilingual
   * dictionary lists (a common word); none when that still leaves several.
   * Forms of one word count as one ("accuse", "accuses"): the one as long as the misspelling goes first.
   */
  private nearestWord(word: string, languages: readonly Language[]): string | undefined {
    const { wordnet, dictionary, neighbours } = this.analyzer.lexicon;
    const words = languages.flatMap((language) =>
      (language === 'en' ? wordnet.nearWords(word) : dictionary.nearSwedishWords(word)).map((near) => ({ near, language, term: this.analyzer.analyze(near, language)[0]?.term ?? near })),
    );
    words.sort((a, b) => Number(b.near.length === word.length) - Number(a.near.length === word.length));
    const one = (found: typeof words) => (new Set(found.map((w) => w.term)).size === 1 ? found[0]?.near : undefined);
    if (words.length <= 1 || one(words)) return words[0]?.near;
    const used = words.map((w) => ({ ...w, uses: this.uses(w.near, w.language) })).filter((w) => w.uses > 0);
    const most = Math.max(0, ...used.map((w) => w.uses));
    if (used.length > 0) return one(used.filter((w) => w.uses === most));
    const common = words.filter(({ near, language }) => language === 'en' && neighbours.of(near).length > 0);
    if (common.length > 0) return one(common);
    return one(words.filter(({ near, language }) => dictionary.translateWord(near, language).length > 0));
  }

  /**
   * Whether the word is a word of the question's language, or one the documents use (in this form or another).
   * One of the commonest words of English news text (those with distributional neighbours) is a word even where
   * WordNet lists none of its function words: "whenever" is no misspelt "wherever".
   */
  private isKnown(word: string, folded: string, languages: readonly Language[]): boolean {
    const { dictionary, neighbours } = this.analyzer.lexicon;
    if (languages.some((language) => this.analyzer.isWord(word, language) || dictionary.translateWord(word.toLowerCase(), language).length > 0)) return true;
    if (languages.includes('en') && neighbours.of(word.toLowerCase()).length > 0) return true;
    if (this.layers.some((layer) => writtenWords(layer).words.has(folded))) return true;
    return LANGUAGES.some((language) => this.uses(word, language) > 0);
  }

  /** In how many passages the documents use the word's own term (not only the parts a compound splits into). */
  private uses(word: string, language: Language): number {
    const term = this.analyzer.analyze(word, language)[0]?.term;
    return term === undefined ? 0 : this.layers.reduce((sum, layer) => sum + layer.passageFrequency(term), 0);
  }
}

/** The one function word a letter away from a word ("längge" → länge, "becuase" → because): the commonest words of all. */
function nearestFunctionWord(word: string, languages: readonly Language[]): string | undefined {
  const found = new Set(languages.flatMap((language) => oneEditFrom(word, LETTERS[language]).filter((near) => isStopword(near, language))));
  return found.size === 1 ? [...found][0] : undefined;
}

/** A word with each pair of adjacent letters swapped. */
function* transpositions(word: string): Generator<string> {
  for (let i = 0; i + 1 < word.length; i++) yield word.slice(0, i) + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2);
}

function writtenWords(layer: TermIndex): Written {
  let found = writtenOf.get(layer);
  if (found) return found;
  const words = new Map<string, WrittenWord>();
  for (const passage of layer.passages) {
    for (const { raw, start } of tokenize(passage.reading ?? passage.text)) {
      if (raw.length < MIN_ONE_EDIT - 1 || !/^\p{L}+$/u.test(raw)) continue;
      const folded = fold(raw);
      // A sentence's first word is capitalised whether or not it is a name.
      const name = start > 0 && /^\p{Lu}/u.test(raw);
      const common = /^\p{Ll}/u.test(raw);
      words.set(folded, merged(words.get(folded), { written: name ? raw : raw.toLowerCase(), common, count: 1 }));
    }
  }
  const tree = new SearchableMap<true>();
  for (const folded of words.keys()) tree.set(folded, true);
  writtenOf.set(layer, (found = { words, tree }));
  return found;
}

/** One word's record from two places: a common word once written in lower case stays common. */
function merged(known: WrittenWord | undefined, next: WrittenWord): WrittenWord {
  if (!known) return next;
  const common = known.common || next.common;
  const written = common ? known.written.toLowerCase() : /^\p{Lu}/u.test(known.written) ? known.written : next.written;
  return { written, common, count: known.count + next.count };
}
