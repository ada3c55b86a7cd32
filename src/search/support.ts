import { editDistance } from '../text/edit-distance.ts';
import { stem } from '../text/stem.ts';
import type { Expansion } from '../text/expansion.ts';
import type { PassageIndex } from './passage-index.ts';

/** The terms a text must support, and their other wordings. */
export interface SupportQuery {
  terms: readonly string[];
  expansions?: ReadonlyMap<string, readonly Expansion[]>;
}

/** How much of its weight another wording gives support (tuned on the dev halves). */
export const EXPANSION_SHARE = 0.5;

/**
 * Light verbs, which lend their noun the verb it needs ("say sorry", "take place", "hold talks", "göra upp",
 * "ta emot"): they tell little of what happened, and a text that words the deed otherwise ("apologised")
 * need not hold them. They weigh this share of their rarity.
 */
const LIGHT_VERBS = new Set([
  ...['make', 'take', 'give', 'get', 'have', 'do', 'say', 'hold', 'put', 'go', 'come', 'keep'].map((w) => stem(w, 'en')),
  // Not those whose stem is also an English word's: "ta", "ge", "få", "gå" ("gas" is "ga"), "hålla" ("hall").
  ...['göra', 'säga', 'sätta', 'komma'].map((w) => stem(w, 'sv')),
]);
const LIGHT_SHARE = 0.5;

/**
 * A question word that no document uses, nor any of its other wordings ("ramp up", "go quiet", "exactly"), is the
 * asker's, not the story's: every passage lacks it alike, so it weighs this share of the rarity that would otherwise
 * make it the heaviest term. Dev accuracy is the same from 0 to a fourth and lower at a half; the upper end keeps
 * most of the evidence that the documents do not know what an off-topic question asks.
 */
const UNHEARD_SHARE = 0.25;

/** Shortest term matched by a longer one it begins ("sanction" in "sanctioned"). */
const MIN_PREFIX = 5;
/** Shortest term matched at one edit; two edits from this length. */
const MIN_ONE_EDIT = 5;
const MIN_TWO_EDITS = 9;

/**
 * How much of a question a text supports: the share of the question's terms,
 * weighted by rarity, that the text contains. A near-spelling or a dictionary
 * sense counts in full, another wording (a WordNet synonym, a translation) at
 * its weight. An answer that leaves the question's rarest words unexplained is
 * no answer.
 */
export function support(index: PassageIndex, query: SupportQuery, textTerms: ReadonlySet<string>): number {
  const { terms, total } = weighed(index, query);
  let found = 0;
  // Loops, not closures: support runs for every candidate of every question.
  terms: for (const { weight, senses, expansions } of terms) {
    for (const sense of senses) {
      if (contains(textTerms, sense)) {
        found += weight;
        continue terms;
      }
    }
    // The first wording held weighs most, the wordings being by weight.
    for (const expansion of expansions) {
      if (textTerms.has(expansion.term) || holdsNoun(textTerms, expansion.term)) {
        found += weight * Math.max(0, expansion.weight) * EXPANSION_SHARE;
        break;
      }
    }
  }
  return total === 0 ? 0 : found / total;
}

/** A query's terms as support weighs them: each once, with its weight, its senses and its other wordings. */
interface Weighed {
  index: PassageIndex;
  of: SupportQuery['terms'];
  expansions: SupportQuery['expansions'];
  /** Each term once, its other wordings heaviest first. */
  terms: Array<{ weight: number; senses: readonly string[]; expansions: readonly Expansion[] }>;
  total: number;
}

/** Worked out once per query and index: a question weighs hundreds of candidate texts against the same terms. */
const weighings = new WeakMap<SupportQuery, Weighed>();

function weighed(index: PassageIndex, query: SupportQuery): Weighed {
  const known = weighings.get(query);
  if (known && known.index === index && known.of === query.terms && known.expansions === query.expansions) return known;
  const found: Weighed = { index, of: query.terms, expansions: query.expansions, terms: [], total: 0 };
  const unheard = new Set(index.unheardTerms(query).filter((term) => !(query.expansions?.get(term) ?? []).some((e) => index.uses(e.term))));
  for (const term of new Set(query.terms)) {
    const weight = index.idf(term) * (LIGHT_VERBS.has(term) ? LIGHT_SHARE : 1) * (unheard.has(term) ? UNHEARD_SHARE : 1);
    found.total += weight;
    const given = query.expansions?.get(term) ?? [];
    const expansions = given.every((e, i) => i === 0 || (given[i - 1] as Expansion).weight >= e.weight) ? given : [...given].sort((a, b) => b.weight - a.weight);
    found.terms.push({ weight, senses: index.senses(term), expansions });
  }
  weighings.set(query, found);
  return found;
}

/**
 * Whether a text holds the noun in -nse or -nce that English makes of a verb in -nd (defend → defense, defence;
 * respond → response; offend → offence; expend → expense), as stems: another wording ("shield": defend) is found
 * in its noun as the question's own words are found in their near-spellings.
 */
function holdsNoun(terms: ReadonlySet<string>, term: string): boolean {
  if (!term.endsWith('nd')) return false;
  const verb = term.slice(0, -1);
  return terms.has(`${verb}s`) || terms.has(`${verb}c`);
}

function contains(terms: ReadonlySet<string>, term: string): boolean {
  if (terms.has(term)) return true;
  if (term.length < MIN_ONE_EDIT) return false;
  const spelt = spellingsOf(terms);
  let held = spelt.held.get(term);
  if (held === undefined) {
    spelt.held.set(term, (held = nearIn(spelt, term)));
    heldCount++;
  }
  return held;
}

function nearIn({ sorted, byLength }: Spellings, term: string): boolean {
  if (term.length >= MIN_PREFIX) {
    // The terms that begin with it follow it in code-unit order.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as string) < term) low = middle + 1;
      else high = middle;
    }
    if (sorted[low]?.startsWith(term)) return true;
  }
  if (remembered >= MAX_REMEMBERED_PAIRS) {
    nearPairs.clear();
    remembered = 0;
  }
  let known = nearPairs.get(term);
  if (!known) nearPairs.set(term, (known = new Map()));
  const allowed = allowedEdits(term);
  // Only a term within the edits in length can be within them.
  for (let length = Math.max(0, term.length - allowed); length <= term.length + allowed; length++) {
    for (const candidate of byLength[length] ?? []) {
      let near = known.get(candidate);
      if (near === undefined) {
        known.set(candidate, (near = isNear(term, candidate)));
        remembered++;
      }
      if (near) return true;
    }
  }
  return false;
}

/** A text's terms in code-unit order (for the terms a question term begins) and by length (for those within its edits). */
interface Spellings {
  size: number;
  sorted: readonly string[];
  byLength: ReadonlyArray<readonly string[] | undefined>;
  /** Question terms (not in the set) already looked for, and whether a near spelling was found. */
  held: Map<string, boolean>;
}

/**
 * By term set: the sets support reads most (a passage's terms, a claim's story) are made once and read for every
 * candidate of every question, each against every question term; and questions share their terms (Putin, Erdogan,
 * the S-400), which are looked for in the same sets question after question.
 */
let spellings = new WeakMap<ReadonlySet<string>, Spellings>();
/** Terms looked for in sets before the memory is let go (some 30 MB at most). */
const MAX_HELD = 500_000;
let heldCount = 0;

function spellingsOf(terms: ReadonlySet<string>): Spellings {
  if (heldCount >= MAX_HELD) {
    spellings = new WeakMap();
    heldCount = 0;
  }
  let found = spellings.get(terms);
  // A set that grew since is read again.
  if (!found || found.size !== terms.size) {
    const byLength: string[][] = [];
    for (const term of terms) (byLength[term.length] ??= []).push(term);
    spellings.set(terms, (found = { size: terms.size, sorted: [...terms].sort(), byLength, held: new Map() }));
  }
  return found;
}

/**
 * Whether a text term matches a question term it is not: begins with it, or is within its edits.
 * Remembered per pair: every candidate sentence of every question is weighed against the same
 * question terms, and its words recur from sentence to sentence.
 */
const nearPairs = new Map<string, Map<string, boolean>>();
/** Pairs remembered before the memory is cleared (some 30 MB at most). */
const MAX_REMEMBERED_PAIRS = 500_000;
let remembered = 0;

function allowedEdits(term: string): number {
  return term.length >= MIN_TWO_EDITS ? 2 : 1;
}

function isNear(term: string, candidate: string): boolean {
  const allowed = allowedEdits(term);
  if (term.length >= MIN_PREFIX && candidate.startsWith(term)) return true;
  return Math.abs(candidate.length - term.length) <= allowed && editDistance(term, candidate, allowed) <= allowed;
}
