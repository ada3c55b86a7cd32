import type { Passage } from '../corpus/types.ts';
import { extractDates } from '../dates/index.ts';
import type { Citation } from '../events/types.ts';

/**
 * What proves a date in a reveal: a quote whose own sentence states it (its year may come from the
 * day its document was published: "On February 27"), or a sentence whose date counts from the one
 * before it ("Två dagar senare …", "The following month …") quoted together with that sentence, as
 * an answer may quote two adjacent sentences. A date the narrative carries from farther back is one
 * no reveal can show: such a quote proves what happened, not when.
 */

/** Whether `quote` is verbatim text of its passage, or the sentence before it in its paragraph and then the passage. */
export function isVerbatim(quote: string, passage: Passage, before: Passage | undefined): boolean {
  if (quote.trim() === '') return false;
  if (passage.text.includes(quote)) return true;
  if (!before || !quote.startsWith(before.text) || !quote.endsWith(passage.text)) return false;
  return /^\s+$/u.test(quote.slice(before.text.length, quote.length - passage.text.length));
}

/**
 * Whether a citation's own sentence states `date`, at least as precisely ("December 2017" states
 * 2017; "June 2016" does not state 27 June 2016), read alone or, when the quote carries it, after
 * the sentence before it. `published` resolves what the sentence leaves to its day of writing.
 */
export function statesDate(citation: Citation, passage: Passage, published: string, date: string): boolean {
  const { quote } = citation;
  // Where the cited passage's own sentence starts in the quote: a date of the sentence before proves nothing by itself.
  const own = quote.length > passage.text.length && quote.endsWith(passage.text) ? quote.length - passage.text.length : 0;
  return extractDates(quote, { reference: published, lang: citation.language }).some((m) => m.end > own && (m.value === date || m.value.startsWith(`${date}-`)));
}

/** Whether a quote's words state exactly `date`, not a day or month inside it: the sentence an undated one takes its date from. */
export function statesExactly(citation: Citation, published: string, date: string): boolean {
  return extractDates(citation.quote, { reference: published, lang: citation.language }).some((m) => m.value === date);
}

/** The citation's passage with the sentence before it, as one verbatim stretch of the document's clean text. */
export function withSentenceBefore(citation: Citation, passage: Passage, before: Passage, clean: string): Citation {
  return { ...citation, quote: clean.slice(before.cleanStart, passage.cleanEnd) };
}
