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
  ) {}

  terms(text: string, language: Language): string[] {
    const tokens = tokenize(text);
    const terms: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const alias = this.aliases.match(tokens, i);
      if (alias) {
        terms.push(alias.canonical);
        i += alias.length - 1;
        continue;
      }
      const raw = tokens[i]?.raw ?? '';
      if (isStopword(raw, language)) continue;
      terms.push(stem(raw, language));
    }
    return terms;
  }

  /** Language-independent senses of a text's terms: `sköt ned` and `shot down` share theirs. */
  senses(text: string, language: Language): string[] {
    return this.terms(text, language).map((term) => this.glossary.sense(term, language));
  }

  /** Glossary translations of already analysed terms into the other language. */
  bridge(terms: string[], language: Language): string[] {
    return terms.flatMap((term) => this.glossary.translate(term, language));
  }
}
