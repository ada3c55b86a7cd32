import type { CorpusDocument, Language } from '../corpus/types.ts';
import type { Citation } from '../events/types.ts';
import type { SwedishGloss } from '../text/gloss.ts';
import type { AnswerCitation } from './schema.ts';

/** Numbers citations in the order an answer first uses them; the same passage keeps its number. */
export class CitationList {
  readonly items: AnswerCitation[] = [];

  constructor(
    private readonly documents: ReadonlyMap<string, CorpusDocument>,
    private readonly gloss: SwedishGloss,
    private readonly language: Language,
  ) {}

  /** The citation's number, as the answer text writes it: `[n]`. */
  cite(citation: Citation): AnswerCitation {
    const existing = this.items.find((c) => c.passageId === citation.passageId && c.quote === citation.quote);
    if (existing) return existing;
    const meta = this.documents.get(citation.documentId)?.meta;
    const item: AnswerCitation = {
      n: this.items.length + 1,
      documentId: citation.documentId,
      title: meta?.title ?? citation.documentId,
      publisher: meta?.publisher ?? null,
      published: meta?.published.value ?? '',
      passageId: citation.passageId,
      quote: citation.quote,
      language: citation.language,
      ...(citation.language === 'sv' && this.language === 'en' ? { gloss: this.gloss.gloss(citation.quote) } : {}),
    };
    this.items.push(item);
    return item;
  }
}

export const mark = (citation: AnswerCitation) => `[${citation.n}]`;
