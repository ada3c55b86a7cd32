/**
 * "Who's", "what's", "where's": a question word's contracted "is", written out, so that question
 * analysis reads the casual form as the written one ("who's mikhail bogdanov" asks who he is), and so is
 * one typed without its apostrophe ("whats", "whos").
 */
const CONTRACTED_IS = /\b(who|what|where|when|why|how|which|there|that|it)['’]s\b/giu;
/** Typed without the apostrophe, as chat often is, at the question's start ("whos the russian president"): no other word is written so. */
const BARE_CONTRACTED_IS = /^(\W*)(who|what|where|when|how)s\b/iu;

export function expandContractions(question: string): string {
  return question.replace(CONTRACTED_IS, '$1 is').replace(BARE_CONTRACTED_IS, '$1$2 is');
}
