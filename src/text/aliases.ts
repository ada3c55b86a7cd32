import { z } from 'zod';
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

/** Finds the names of the alias table in a token stream; the longest variant wins. */
export class AliasTable {
  private readonly byFirstWord = new Map<string, Variant[]>();

  constructor(groups: z.infer<typeof aliasFileSchema>['groups']) {
    for (const group of groups) {
      for (const text of group.variants) {
        const caseSensitive = /^[\p{Lu}.]{1,4}$/u.test(text);
        const words = tokenize(text).map((t) => (caseSensitive ? t.raw : fold(t.raw)));
        const first = words[0];
        if (first === undefined) continue;
        const list = this.byFirstWord.get(fold(first)) ?? [];
        list.push({ words, canonical: group.canonical, caseSensitive });
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirstWord.set(fold(first), list);
      }
    }
  }

  /** The alias at position `i` of `tokens`: its canonical term and how many tokens it spans. */
  match(tokens: Token[], i: number): { canonical: string; length: number } | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    for (const variant of this.byFirstWord.get(fold(first.raw)) ?? []) {
      const matches = variant.words.every((word, k) => {
        const token = tokens[i + k];
        return token !== undefined && (variant.caseSensitive ? token.raw === word : fold(token.raw) === word);
      });
      if (matches) return { canonical: variant.canonical, length: variant.words.length };
    }
    return undefined;
  }
}
