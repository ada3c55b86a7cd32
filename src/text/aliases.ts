import { z } from 'zod';
import { editDistance } from './edit-distance.ts';
import { fold } from './fold.ts';
import { tokenize, type Token } from './tokenize.ts';

export const aliasFileSchema = z.object({
  groups: z.array(z.object({ canonical: z.string().regex(/^[a-z0-9]+$/u), variants: z.array(z.string().min(1)).min(1) })),
});

interface Variant {
  words: string[];
  canonical: string;
  /** Short capitalised variants (`IS`, `US`) only match as written, or every "is" would become Islamic State. */
  caseSensitive: boolean;
}

/** An English nationality adjective among a group's variants: one capitalised word with a demonym's ending. */
export const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ish|ian|ean|ese|ic|i)$/u;

/** Finds the names of the alias table in a token stream; the longest variant wins. */
export class AliasTable {
  private readonly byFirstWord = new Map<string, Variant[]>();
  /** One-word variants that are long enough to be recognised misspelt, as written and folded. */
  private readonly spellable: Array<{ folded: string; written: string }> = [];
  private readonly names = new Map<string, string>();
  /** Lower-case variants (Swedish nationality words: turkiska, ryska) and their group's English adjective (Turkish). */
  private readonly adjectives = new Map<string, string>();
  private readonly near = new Map<string, string | null>();

  constructor(groups: z.infer<typeof aliasFileSchema>['groups']) {
    for (const group of groups) {
      this.names.set(group.canonical, group.variants[0] as string);
      const adjective = group.variants.slice(1).find((v) => ADJECTIVE.test(v));
      if (adjective) for (const v of group.variants) if (/^\p{Ll}+$/u.test(v)) this.adjectives.set(fold(v), adjective);
      for (const text of group.variants) {
        const caseSensitive = /^[\p{Lu}.]{1,4}$/u.test(text);
        const words = tokenize(text).map((t) => (caseSensitive ? t.raw : fold(t.raw)));
        const first = words[0];
        if (first === undefined) continue;
        const list = this.byFirstWord.get(fold(first)) ?? [];
        list.push({ words, canonical: group.canonical, caseSensitive });
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirstWord.set(fold(first), list);
        if (words.length === 1 && !caseSensitive && first.length >= MIN_SPELLABLE) this.spellable.push({ folded: fold(first), written: text });
      }
    }
  }

  /** The canonical term of a one-word name ("Turkiet" → turkey), if the table has it. */
  canonicalOf(word: string): string | undefined {
    return this.byFirstWord.get(fold(word))?.find((v) => v.words.length === 1 && !v.caseSensitive)?.canonical;
  }

  /** The English adjective of a lower-case nationality word ("turkiska" → Turkish), if its group has one. */
  adjectiveOf(word: string): string | undefined {
    return this.adjectives.get(fold(word));
  }

  /** How the name of a canonical term is written in English (the group's first variant). */
  nameOf(canonical: string): string | undefined {
    return this.names.get(canonical);
  }

  /**
   * The variant, as written, of a name misspelt by a letter (two in a long name): Turky, Rusian, Erdogn.
   * Callers ask only for words that are no dictionary word, so "tuned" never becomes a name.
   */
  nearestVariant(word: string): string | undefined {
    const folded = fold(word);
    if (folded.length < MIN_SPELLABLE - 1) return undefined;
    const cached = this.near.get(folded);
    if (cached !== undefined) return cached ?? undefined;
    const allowed = folded.length >= 8 ? 2 : 1;
    let best: { written: string; distance: number } | undefined;
    for (const { folded: variant, written } of this.spellable) {
      if (Math.abs(variant.length - folded.length) > allowed) continue;
      const distance = editDistance(folded, variant, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { written, distance };
    }
    this.near.set(folded, best?.written ?? null);
    return best?.written;
  }

  /**
   * The alias at position `i` of `tokens`: its canonical term and how many tokens it spans. In Swedish
   * (`genitive`) the name's last word may carry the genitive -s: "Rysslands president", "Recep Tayyip Erdogans brev".
   */
  match(tokens: Token[], i: number, genitive = false): { canonical: string; length: number } | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    const opening = fold(first.raw);
    const variants = [...(this.byFirstWord.get(opening) ?? []), ...(genitive ? (this.byFirstWord.get(opening.slice(0, -1)) ?? []).filter((v) => v.words.length === 1) : [])];
    for (const variant of variants) {
      const matches = variant.words.every((word, k) => {
        const token = tokens[i + k];
        if (token === undefined) return false;
        const written = variant.caseSensitive ? token.raw : fold(token.raw);
        return written === word || (genitive && k === variant.words.length - 1 && takesGenitiveS(word) && written === `${word}s`);
      });
      if (matches) return { canonical: variant.canonical, length: variant.words.length };
    }
    return undefined;
  }
}

/** Whether a Swedish name takes a genitive -s of its own: one ending in s, x or z takes none ("Paris regering"), nor a short one. */
const takesGenitiveS = (word: string): boolean => word.length >= MIN_GENITIVE_NAME && !/[sxz]$/u.test(word);
/** Shortest name read with a genitive -s: "ISs" or "EUs" would be read into too many words. */
const MIN_GENITIVE_NAME = 3;

/** Shortest one-word name recognised misspelt. */
const MIN_SPELLABLE = 5;
