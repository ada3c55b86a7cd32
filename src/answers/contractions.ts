/**
 * "Who's", "what's", "where's": a question word's contracted "is", written out, so that question
 * analysis reads the casual form as the written one ("who's mikhail bogdanov" asks who he is).
 */
const CONTRACTED_IS = /\b(who|what|where|when|why|how|which|there|that|it)['’]s\b/giu;

export function expandContractions(question: string): string {
  return question.replace(CONTRACTED_IS, '$1 is');
}
