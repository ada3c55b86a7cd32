import type { Dictionary } from './dictionary.ts';

/**
 * A word-by-word English reading of Swedish text from the dictionary. It is rough by design and
 * always labelled as a gloss; words no dictionary knows (names, mostly) stay as written, and a
 * compound reads as its parts (turkietambassadören → Turkey ambassador).
 */
export interface GlossSources {
  dictionary: Dictionary;
  /** Function words and their usual English ("i" → in): the dictionaries give their rarer senses first. */
  functionWords: ReadonlyMap<string, string>;
  /** Irregular forms to their base form (sköt → skjuta). */
  irregular: ReadonlyMap<string, string>;
  /** The English name of a name the alias table knows ("turkiet" → "Turkey"), if any. */
  nameOf: (word: string) => string | undefined;
}

/** Swedish endings and what their base form ends in instead, longest first. */
const INFLECTIONS: Array<[string, string]> = [
  ['ades', 'as'],
  ['ade', 'a'],
  ['des', 's'],
  ['de', ''],
  ['te', ''],
  ['at', 'a'],
  ['a', ''],
  ['t', ''],
  ['e', ''],
];

export class SwedishGloss {
  private readonly dictionary: Dictionary;
  private readonly nameOf: (word: string) => string | undefined;

  constructor(private readonly sources: GlossSources) {
    this.dictionary = sources.dictionary;
    this.nameOf = sources.nameOf;
  }

  /** The English for one Swedish word, or undefined when neither the dictionary nor its parts give one. */
  word(word: string, opensSentence = true): string | undefined {
    const written = opensSentence ? word.toLowerCase() : word;
    const functionWord = this.sources.functionWords.get(written.toLowerCase());
    if (functionWord !== undefined) return functionWord;
    const name = this.nameOf(written.toLowerCase());
    if (name !== undefined) return name;
    const lower = this.sources.irregular.get(written.toLowerCase()) ?? written;
    const direct = this.dictionary.translateWord(lower, 'sv')[0];
    if (direct !== undefined) return direct;
    const compound = this.dictionary.splitCompound(lower);
    if (compound) {
      const head = this.dictionary.translate(compound.head, 'sv')[0];
      const modifier = this.nameOf(compound.modifier) ?? this.dictionary.translate(compound.modifier, 'sv')[0];
      if (head !== undefined) return modifier !== undefined ? `${modifier} ${head}` : head;
    }
    return this.inflected(lower);
  }

  /**
   * A form the dictionary and the stemmer do not join to its headword, read through its base
   * form: a definite or plural adjective (gemensamma → gemensam), a past passive (enades → enas),
   * a past or a supine (undertecknade → underteckna).
   */
  private inflected(word: string): string | undefined {
    for (const [ending, base] of INFLECTIONS) {
      if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length) + base;
      // A short vowel's doubled consonant goes with the ending: gemensamma → gemensam.
      for (const form of [stem, stem.replace(/(\p{L})\1$/u, '$1')]) {
        const found = this.dictionary.translateWord(form, 'sv')[0];
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /** Whether a word is an irregular form the lemma table knows (sköt, kom): a finite verb, mostly. */
  isIrregularForm(word: string): boolean {
    return this.sources.irregular.has(word.toLowerCase());
  }

  gloss(text: string): string {
    return text.replace(/[\p{L}:]+/gu, (word, at: number) => {
      // Acronyms (IS, USA) are names, not the Swedish words they spell.
      if (word.length > 1 && word === word.toUpperCase()) return word;
      const english = this.word(word, at === 0 || /[.!?:]\s*["']?\s*$/u.test(text.slice(Math.max(0, at - 4), at)));
      if (english === undefined) return word;
      return /^\p{Lu}/u.test(word) ? english.charAt(0).toUpperCase() + english.slice(1) : english;
    });
  }
}
