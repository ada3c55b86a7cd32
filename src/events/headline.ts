/**
 * Shortening a sentence into a headline by its clause structure: appositions go, and what stands
 * between a verb of saying and what was said, then the sentence ends before a trailing participial, relative, purpose or adverbial clause, and a
 * long opening subordinate clause gives way to the main clause. Never a cut mid-phrase.
 */

/** The longest summary that still reads as a headline. */
export const MAX_HEADLINE = 160;

/** Fewest words a shortened headline keeps: who, did, what. */
const MIN_WORDS = 5;

/** An apposition of a name, between commas, of at most six words: "Turkey, a NATO member state, and …". */
const APPOSITION = /(?<=\p{Lu}[\p{L}-]*),\s+(?:a|an|the)\s(?:[^\s,"“”;]+\s){0,4}[^\s,"“”;]+,(?=\s)/gu;

/**
 * What stands between a verb of saying and its "that" clause ("SANA reported on Erdogan's visit to
 * Moscow that …"): where and about what it was said matters least to a headline of what was said.
 */
const REPORTING_ADJUNCT = /\b(said|says|reported|reports|announced|announces|stated|states|confirmed|confirms|wrote|writes|told\s+[\p{L}-]+)\s+(?:on|about|in|at|during|after|before|following|from)\s+[^,"“”;:]{2,60}?\s+(that\s)/gu;

/** Where a trailing clause or adjunct starts: a headline may end just before it. */
const TRAILING = [
  /,\s+(?:\p{Lu}[\p{L}-]*\s+)?\p{Ll}+ing\b/gu,
  /,\s+(?:which|who|whose|where|while|whereas|when|after|before|as|less\s+than|more\s+than|allegedly|reportedly|according\s+to|to)\b/gu,
  /\s+(?:despite|amid|following|in\s+a\s+bid\s+to|in\s+order\s+to|so\s+as\s+to|after|before)\b/gu,
  /;\s/gu,
  /\s[—–]\s/gu,
  // A second main clause after ", and" or ", but", not the last item of a list ("Russia, Turkey, and Iran"): the clause before it has four words or more.
  /(?<=(?:^|,)\s*(?:[^\s,]+\s+){3,}[^\s,]+),\s+(?:and|but)\s/gu,
];

/** An opening subordinate clause ("After the regime accused …, a convoy came under attack"). */
const OPENING_SUBORDINATE = /^(?:after|before|when|while|as|although|though|because|since|despite)\b[^,]*,\s+/iu;

const balanced = (text: string) => (text.match(/"/gu) ?? []).length % 2 === 0 && (text.match(/“/gu) ?? []).length === (text.match(/”/gu) ?? []).length;
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const closed = (text: string) => (/[.!?"”']$/u.test(text) ? text : `${text.replace(/[\s,;:]+$/u, '')}.`);

/** A headline of at most `MAX_HEADLINE` characters from a sentence, or the sentence when it is short enough or cannot be shortened by its clauses. */
export function shortenHeadline(sentence: string): string {
  if (sentence.length <= MAX_HEADLINE) return sentence;
  const withoutAppositions = sentence.replace(APPOSITION, (match, at: number) => (balanced(sentence.slice(0, at)) ? '' : match));
  if (withoutAppositions.length <= MAX_HEADLINE) return withoutAppositions;
  const said = withoutAppositions.replace(REPORTING_ADJUNCT, (match, verb: string, that: string, at: number) => (balanced(withoutAppositions.slice(0, at)) ? `${verb} ${that}` : match));
  if (said.length <= MAX_HEADLINE) return said;
  const ended = endBeforeTrailing(said);
  if (ended) return ended;
  const opening = OPENING_SUBORDINATE.exec(said);
  if (opening) {
    const main = capitalised(said.slice(opening[0].length));
    if (words(main) >= MIN_WORDS) return main.length <= MAX_HEADLINE ? main : (endBeforeTrailing(main) ?? sentence);
  }
  return sentence;
}

/** The sentence ended before the latest trailing clause that leaves it short enough, if any. */
function endBeforeTrailing(sentence: string): string | undefined {
  const cuts = TRAILING.flatMap((pattern) => [...sentence.matchAll(pattern)].map((m) => m.index));
  const kept = cuts
    .filter((at) => at > 0 && at < MAX_HEADLINE)
    .sort((a, b) => b - a)
    .map((at) => sentence.slice(0, at).replace(/[\s,;:]+$/u, ''))
    .find((head) => balanced(head) && words(head) >= MIN_WORDS);
  return kept === undefined ? undefined : closed(kept);
}
