import type { PassageIndex } from './passage-index.ts';

/**
 * How much of a question a text supports: the share of the question's terms,
 * weighted by rarity, that the text contains (a near-spelling or a glossary
 * synonym counts). An answer that leaves the question's rarest words
 * unexplained is no answer.
 */
export function support(index: PassageIndex, questionTerms: string[], textTerms: ReadonlySet<string>): number {
  let total = 0;
  let found = 0;
  for (const term of new Set(questionTerms)) {
    const weight = index.idf(term);
    total += weight;
    if (index.senses(term).some((sense) => contains(textTerms, sense))) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

function contains(terms: ReadonlySet<string>, term: string): boolean {
  if (terms.has(term)) return true;
  for (const candidate of terms) {
    if (term.length >= 5 && candidate.startsWith(term)) return true;
    if (term.length >= 6 && withinOneEdit(term, candidate)) return true;
  }
  return false;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
