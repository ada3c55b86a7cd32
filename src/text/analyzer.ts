import type { Language } from '../corpus/types.ts';
import type { AliasTable } from './aliases.ts';
import type { Glossary } from './glossary.ts';
import { isStopword, stem } from './stem.ts';
import { tokenize } from './tokenize.ts';

/**
 * Turns text into search terms: known names to their canonical alias,
 * other words stemmed by their language's Snowball stemmer and folded,
 * stop words dropped. `bridge` gives the same terms in the other language.
 */
export class Analyzer {
  constructor(
    private readonly aliases: AliasTable,
    private readonly glossary: Glossary,
    /** Irregular forms to their base form, per language, applied before stemming. */
    private readonly lemmas: Record<Language, ReadonlyMap<string, string>> = { en: new Map(), sv: new Map() },
  ) {}

  terms(text: string, language: Language): string[] {
    return this.analyze(text, language).map((item) => item.term);
  }

  /** The terms of a text with the span of text each stands for. */
  analyze(text: string, language: Language): Array<{ term: string; start: number; end: number }> {
    const tokens = tokenize(text);
    const items: Array<{ term: string; start: number; end: number }> = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as (typeof tokens)[number];
      const alias = this.aliases.match(tokens, i);
      if (alias) {
        items.push({ term: alias.canonical, start: token.start, end: tokens[i + alias.length - 1]?.end ?? token.end });
        i += alias.length - 1;
        continue;
      }
      if (isStopword(token.raw, language)) continue;
      const stemmed = stem(this.lemmas[language].get(token.raw.toLowerCase()) ?? token.raw, language);
      // "downing" stems to "down", which the index never holds.
      if (!isStopword(stemmed, language)) items.push({ term: stemmed, start: token.start, end: token.end });
    }
    return items;
  }

  /** Language-independent senses of a text's terms: `sköt ned` and `shot down` share theirs. */
  senses(text: string, language: Language): string[] {
    return this.terms(text, language).map((term) => this.sense(term, language));
  }

  /** The sense of one analysed term: the glossary's name for it, or the term itself. */
  sense(term: string, language: Language): string {
    return this.glossary.sense(term, language);
  }

  /** Glossary translations of already analysed terms into the other language. */
  bridge(terms: string[], language: Language): string[] {
    return terms.flatMap((term) => this.glossary.translate(term, language));
  }
}
