import { z } from 'zod';
import type { Language } from '../corpus/types.ts';
import { stem } from './stem.ts';
import { tokenize } from './tokenize.ts';

export const glossaryFileSchema = z.object({
  entries: z.array(z.object({ en: z.array(z.string().min(1)).min(1), sv: z.array(z.string().min(1)).min(1) })),
});

/** Stems of one language mapped to the stems of the same senses in the other, for cross-lingual search. */
export class Glossary {
  private readonly bridges: Record<Language, Map<string, Set<string>>> = { en: new Map(), sv: new Map() };
  private readonly senses: Record<Language, Map<string, string>> = { en: new Map(), sv: new Map() };

  constructor(entries: z.infer<typeof glossaryFileSchema>['entries']) {
    for (const entry of entries) {
      const en = stems(entry.en, 'en');
      const sv = stems(entry.sv, 'sv');
      link(this.bridges.en, en, sv);
      link(this.bridges.sv, sv, en);
      const sense = en[0] ?? '';
      for (const term of en) if (!this.senses.en.has(term)) this.senses.en.set(term, sense);
      for (const term of sv) if (!this.senses.sv.has(term)) this.senses.sv.set(term, sense);
    }
  }

  /** One name for all the words of a sense, in either language: for comparing what two texts are about. */
  sense(stemmed: string, language: Language): string {
    return this.senses[language].get(stemmed) ?? stemmed;
  }

  /** The other language's stems for a stem of `language`. */
  translate(stemmed: string, language: Language): string[] {
    return [...(this.bridges[language].get(stemmed) ?? [])];
  }
}

function stems(words: string[], language: Language): string[] {
  return words.flatMap((phrase) => tokenize(phrase).map((token) => stem(token.raw, language)));
}

function link(map: Map<string, Set<string>>, from: string[], to: string[]): void {
  for (const term of from) {
    const set = map.get(term) ?? new Set<string>();
    for (const target of to) set.add(target);
    map.set(term, set);
  }
}
