import type { Passage } from '../corpus/types.ts';
import type { EventTypes } from '../events/lexicon.ts';
import type { Query } from '../search/query.ts';
import type { Analyzer } from '../text/analyzer.ts';
import { canBeVerb } from '../text/english-forms.ts';
import type { Expansion } from '../text/expansion.ts';
import { isStopword } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';

/**
 * The question's verbs that a sentence words as another deed of the same kind: a verb that names no kind of
 * happening itself, but whose other wordings do ("reach" is "arrive at", a delivery), is worded by the sentence's
 * word of that kind ("had been delivered"). Each is an expansion of the verb's term onto the sentence's term, at
 * `weight`, so that support counts it where that sentence is weighed. Worked out once per question, and per sentence.
 */
export class DeedRewordings {
  /** The question's verbs by term, with the kinds their rewordings name. */
  private readonly verbs = new Map<string, ReadonlySet<string>>();
  /** Every kind any of them names, to pass over a sentence that tells none with one look-up. */
  private readonly kinds = new Set<string>();
  private readonly bySentence = new Map<string, ReadonlyMap<string, readonly Expansion[]>>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly eventTypes: EventTypes,
    query: Query,
    private readonly weight: number,
  ) {
    if (query.guess.language !== 'en' || weight <= 0) return;
    const asked = new Set(query.terms);
    for (const span of query.spans) {
      if (span.name || !asked.has(span.term) || this.verbs.has(span.term)) continue;
      const kinds = kindsReworded(analyzer, eventTypes, query.text.slice(span.start, span.end).toLowerCase());
      if (kinds.size === 0) continue;
      this.verbs.set(span.term, kinds);
      for (const k of kinds) this.kinds.add(k);
    }
  }

  /** The query's rewordings with those a sentence holds (the query's own when it holds none). */
  expansionsIn(passage: Passage, expansions: Query['expansions']): Query['expansions'] {
    const more = this.in(passage);
    if (more.size === 0) return expansions;
    const merged = new Map(expansions);
    for (const [term, added] of more) merged.set(term, [...(merged.get(term) ?? []), ...added]);
    return merged;
  }

  private in(passage: Passage): ReadonlyMap<string, readonly Expansion[]> {
    if (this.kinds.size === 0) return NO_EXPANSIONS;
    let found = this.bySentence.get(passage.id);
    if (!found) {
      const told = this.eventTypes.typesOf(passage.text);
      const words = [...told].some((k) => this.kinds.has(k)) ? kindWords(this.analyzer, this.eventTypes, passage) : [];
      const map = new Map<string, Expansion[]>();
      for (const [term, kinds] of this.verbs) {
        const terms = words.filter((w) => w.term !== term && [...w.kinds].some((k) => kinds.has(k))).map((w) => ({ term: w.term, weight: this.weight }));
        if (terms.length > 0) map.set(term, terms);
      }
      this.bySentence.set(passage.id, (found = map));
    }
    return found;
  }
}

const NO_EXPANSIONS: ReadonlyMap<string, readonly Expansion[]> = new Map();

/**
 * The kinds of happening a verb's other wordings name (its WordNet synonyms, broader verbs and derivations,
 * and its neighbours in news text), when the verb names none itself: "reach" is "arrive at", a delivery.
 * A word that is no verb ("missile": launch) names no deed.
 */
export function kindsReworded(analyzer: Analyzer, eventTypes: EventTypes, word: string): ReadonlySet<string> {
  let remembered = rememberedKinds.get(eventTypes);
  if (!remembered) rememberedKinds.set(eventTypes, (remembered = new Map()));
  let kinds = remembered.get(word);
  if (!kinds) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(word, (kinds = kindsOf(analyzer, eventTypes, word)));
  }
  return kinds;
}

function kindsOf(analyzer: Analyzer, eventTypes: EventTypes, word: string): ReadonlySet<string> {
  if (!canBeVerb(word) || eventTypes.typesOf(word).size > 0) return NONE;
  const { wordnet, neighbours } = analyzer.lexicon;
  const rewordings = [...wordnet.related(word, ['synonym', 'hypernym', 'derivation']), ...neighbours.of(word).map((n) => n.word)];
  // One look-up for all of them: cues match at word starts, and the bars keep a cue from running across two.
  return eventTypes.typesOf(rewordings.join(' | '));
}

const NONE: ReadonlySet<string> = new Set();
/** The kinds of the words already looked up, per list of kinds (the language data's), before the memory is cleared: questions share their verbs. */
const rememberedKinds = new WeakMap<EventTypes, Map<string, ReadonlySet<string>>>();
const MAX_REMEMBERED = 20_000;

/** The words of a sentence that name a kind of happening, with their terms. */
function kindWords(analyzer: Analyzer, eventTypes: EventTypes, passage: Passage): Array<{ term: string; kinds: ReadonlySet<string> }> {
  return tokenize(passage.text).flatMap((token) => {
    if (isStopword(token.raw, passage.language)) return [];
    const kinds = eventTypes.typesOf(token.raw);
    const term = kinds.size > 0 ? analyzer.terms(token.raw, passage.language)[0] : undefined;
    return term === undefined ? [] : [{ term, kinds }];
  });
}
