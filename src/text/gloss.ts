import { z } from 'zod';

export const glossFileSchema = z.object({ words: z.record(z.string(), z.string()) });

/**
 * A word-by-word English reading of Swedish text. It is rough by design and
 * always labelled as a gloss; unknown words (names, mostly) stay as written.
 */
export class SwedishGloss {
  private readonly words: Map<string, string>;

  constructor(words: Record<string, string>) {
    this.words = new Map(Object.entries(words).map(([sv, en]) => [sv.toLowerCase(), en]));
  }

  gloss(text: string): string {
    return text.replace(/[\p{L}:]+/gu, (word) => {
      // Acronyms (IS, USA) are names, not the Swedish words they spell.
      if (word.length > 1 && word === word.toUpperCase()) return word;
      const english = this.words.get(word.toLowerCase());
      if (english === undefined) return word;
      return /^\p{Lu}/u.test(word) ? english.charAt(0).toUpperCase() + english.slice(1) : english;
    });
  }
}
