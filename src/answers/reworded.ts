import type { Passage } from '../corpus/types.ts';
import type { EventTypes } from '../events/lexicon.ts';
import type { Query } from '../search/query.ts';
import type { Analyzer } from '../text/analyzer.ts';
import { canBeVerb } from '../text/english-forms.ts';
import type { Expansion } from '../text/expansion.ts';
import { isStopword } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';

/**
 * The question's verbs that the answer's sentence words as another deed of the same kind: a verb that
 * names no kind of happening itself, but whose other wordings do ("reach" is "arrive at", a delivery),
 * is worded by the sentence's word of that kind ("had been delivered"). Each becomes an expansion of the
 * verb's term onto the sentence's term, at `weight`, so that support counts it where that sentence is weighed.
 */
export function rewordedDeeds(analyzer: Analyzer, eventTypes: EventTypes, question: { text: string; language: string }, query: Query, told: Passage, weight: number): Map<string, Expansion[]> {
  const found = new Map<string, Expansion[]>();
  if (question.language !== 'en' || weight <= 0) return found;
  const asked = new Set(query.terms);
  let tellers: Array<{ term: string; kinds: ReadonlySet<string> }> | undefined;
  for (const item of analyzer.analyze(question.text, 'en')) {
    if (item.name || !asked.has(item.term) || found.has(item.term)) continue;
    const kinds = kindsReworded(analyzer, eventTypes, item.raw.toLowerCase());
    if (kinds.size === 0) continue;
    tellers ??= kindWords(analyzer, eventTypes, told);
    const terms = tellers.filter((w) => w.term !== item.term && [...w.kinds].some((k) => kinds.has(k))).map((w) => ({ term: w.term, weight }));
    if (terms.length > 0) found.set(item.term, terms);
  }
  return found;
}

/**
 * The kinds of happening a verb's other wordings name (its WordNet synonyms, broader verbs and derivations,
 * and its neighbours in news text), when the verb names none itself: "reach" is "arrive at", a delivery.
 * A word that is no verb ("missile": launch) names no deed.
 */
export function kindsReworded(analyzer: Analyzer, eventTypes: EventTypes, word: string): ReadonlySet<string> {
  if (!canBeVerb(word) || eventTypes.typesOf(word).size > 0) return NONE;
  const { wordnet, neighbours } = analyzer.lexicon;
  const rewordings = [...wordnet.related(word, ['synonym', 'hypernym', 'derivation']), ...neighbours.of(word).map((n) => n.word)];
  // One look-up for all of them: cues match at word starts, and the bars keep a cue from running across two.
  return eventTypes.typesOf(rewordings.join(' | '));
}

const NONE: ReadonlySet<string> = new Set();

/** The words of a sentence that name a kind of happening, with their terms. */
function kindWords(analyzer: Analyzer, eventTypes: EventTypes, passage: Passage): Array<{ term: string; kinds: ReadonlySet<string> }> {
  return tokenize(passage.text).flatMap((token) => {
    if (isStopword(token.raw, passage.language)) return [];
    const kinds = eventTypes.typesOf(token.raw);
    const term = kinds.size > 0 ? analyzer.terms(token.raw, passage.language)[0] : undefined;
    return term === undefined ? [] : [{ term, kinds }];
  });
}
