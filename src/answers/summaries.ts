import type { Language } from '../corpus/types.ts';
import type { TimelineEvent } from '../events/types.ts';
import type { CitationList } from './citations.ts';
import type { AnswerContext } from './context.ts';
import { quoteOf } from './quote.ts';
import type { Disagreement } from './schema.ts';

/** A cited passage quoted within the length limit. */
export function shortQuote(context: AnswerContext, passageId: string, quote: string): string {
  const passage = context.passage(passageId);
  return passage ? quoteOf(passage) : quote;
}

/** An event as an answer lists it, in the reader's language where the events give one, with its citations numbered in `citations`. */
export function eventSummary(context: AnswerContext, event: TimelineEvent, citations: CitationList, language: Language = 'en') {
  return {
    id: event.id,
    date: event.date,
    summary: event.summaries?.[language] ?? event.summary,
    citations: event.citations.map((c) => citations.cite({ ...c, quote: shortQuote(context, c.passageId, c.quote) })),
  };
}

/** The dates the sources give an event, each with its citation. */
export function disagreementOf(context: AnswerContext, event: TimelineEvent, citations: CitationList, language: Language): Disagreement {
  return {
    about: `${language === 'sv' ? 'datum för' : 'the date of'}: ${event.summary}`,
    claims: event.claims.map((claim) => ({
      value: claim.date,
      citation: citations.cite({ ...claim.citation, quote: shortQuote(context, claim.citation.passageId, claim.citation.quote) }),
    })),
  };
}
